package io.github.s2ikit.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.s2ikit.docker.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ImageBuilderTests {

    private final List<String> built = new ArrayList<>();

    @AfterEach
    void removeBuiltImages() {
        for (String image : built) {
            Engine.client().removeImageCmd(image).withForce(true).exec();
        }
    }

    @Test
    void second_build_of_same_inputs_is_cached() {
        // given: a unique file, so no earlier run left this image behind
        ImageBuild build = ImageBuild.of("s2ikit/test-cache", "a cache test image", BuildContext.empty()
                        .withText("Dockerfile", "FROM debian:bookworm-slim\nCOPY marker /marker\n")
                        .withText("marker", UUID.randomUUID().toString()))
                .withBaseImages("debian:bookworm-slim");

        // when
        BuiltImage first = ImageBuilder.build(build);
        built.add(first.name());
        BuiltImage second = ImageBuilder.build(build);

        // then
        assertThat(first.cached()).isFalse();
        assertThat(second.cached()).isTrue();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(first.name()).startsWith("s2ikit/test-cache:");
        assertThat(Images.inspect(first.name()).orElseThrow().getConfig().getLabels())
                .containsKey("io.github.s2ikit.cache");
    }

    @Test
    void extra_host_resolves_in_run_steps() {
        // given: a unique marker, so the build runs its RUN step instead of finding a cached image
        ImageBuild build = ImageBuild.of("s2ikit/test-extra-host", "an image that resolves an extra host",
                        BuildContext.empty().withText("Dockerfile", "FROM debian:bookworm-slim\n"
                                + "COPY marker /marker\n"
                                + "RUN getent hosts s2ikit-test-host | grep -q '^10.1.2.3 '\n")
                                .withText("marker", UUID.randomUUID().toString()))
                .withBaseImages("debian:bookworm-slim")
                .withExtraHost("s2ikit-test-host", "10.1.2.3");

        // when
        BuiltImage image = ImageBuilder.build(build);
        built.add(image.name());

        // then
        assertThat(image.cached()).isFalse();
    }

    @Test
    void failed_build_names_the_step_and_output() {
        ImageBuild build = ImageBuild.of("s2ikit/test-failure", "a failing test image", BuildContext.empty()
                .withText("Dockerfile", "FROM debian:bookworm-slim\nRUN echo 'about to fail' && exit 3\n"))
                .withBaseImages("debian:bookworm-slim");

        assertThatThrownBy(() -> ImageBuilder.build(build))
                .isInstanceOf(ImageBuildException.class)
                .hasMessageContaining("Build of a failing test image")
                .hasMessageContaining("failed with exit status 3")
                .hasMessageContainingAll("Failed step: ", "2/", "RUN echo 'about to fail' && exit 3")
                .hasMessageContaining("about to fail");
    }

    @Test
    void remembered_failure_is_not_rebuilt() {
        // given: a unique marker, so no earlier run remembered this failure
        ImageBuild build = ImageBuild.of("s2ikit/test-remembered-failure", "a failure to remember",
                        BuildContext.empty()
                                .withText("Dockerfile", "FROM debian:bookworm-slim\nCOPY marker /marker\n"
                                        + "RUN echo 'no compiler here' && exit 4\n")
                                .withText("marker", UUID.randomUUID().toString()))
                .withBaseImages("debian:bookworm-slim")
                .withFailureRemembered();
        ImageBuildException first = catchThrowableOfType(ImageBuildException.class, () -> ImageBuilder.build(build));
        String failureImage = first.getMessage().replaceAll("(?s).*\\((s2ikit/test-remembered-failure:\\w+)\\).*", "$1")
                + "-failed";
        built.add(failureImage);

        // when
        ImageBuildException second = catchThrowableOfType(ImageBuildException.class, () -> ImageBuilder.build(build));

        // then
        assertThat(Images.inspect(failureImage)).isPresent();
        assertThat(first.getMessage()).contains("failed with exit status 4").contains("no compiler here");
        assertThat(second.getMessage()).startsWith(first.getMessage());
        assertThat(second.getMessage()).contains("remembered").contains("Remove the image " + failureImage);
        assertThat(second.outputTail()).isEqualTo(first.outputTail());
    }

    @Test
    void missing_base_image_says_what_to_do() {
        ImageBuild build = ImageBuild.of("s2ikit/test-missing", "an image on a missing base", BuildContext.empty()
                .withText("Dockerfile", "FROM s2ikit/no-such-image:1\n"))
                .withBaseImages("s2ikit/no-such-image:1");

        assertThatThrownBy(() -> ImageBuilder.build(build))
                .isInstanceOf(ImageNotFoundException.class)
                .hasMessageContaining("Image s2ikit/no-such-image:1 is not in the container engine and could not be pulled")
                .hasMessageContaining("docker pull s2ikit/no-such-image:1");
    }
}
