package io.github.s2ikit.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImageBuildTests {

    private static final BuildContext CONTEXT = BuildContext.empty()
            .withText("Dockerfile", "FROM base\n")
            .withText("app.py", "print('hi')\n");

    @Test
    void same_inputs_give_the_same_hash() {
        ImageBuild one = ImageBuild.of("s2ikit/test", "test", CONTEXT);
        ImageBuild two = ImageBuild.of("s2ikit/test", "test", CONTEXT);

        assertThat(one.inputHash(List.of("sha256:a"))).isEqualTo(two.inputHash(List.of("sha256:a")));
    }

    @Test
    void every_input_changes_the_hash() {
        ImageBuild build = ImageBuild.of("s2ikit/test", "test", CONTEXT);
        String hash = build.inputHash(List.of("sha256:a"));

        assertThat(build.inputHash(List.of("sha256:b"))).as("base image id").isNotEqualTo(hash);
        assertThat(build.withBuildArg("X", "1").inputHash(List.of("sha256:a"))).as("build argument").isNotEqualTo(hash);
        assertThat(ImageBuild.of("s2ikit/test", "test", CONTEXT.withText("app.py", "print('ho')\n"))
                .inputHash(List.of("sha256:a"))).as("file content").isNotEqualTo(hash);
        assertThat(ImageBuild.of("s2ikit/test", "test",
                        CONTEXT.withFile("app.py", new ContextFile("print('hi')\n".getBytes(), ContextFile.EXECUTABLE)))
                .inputHash(List.of("sha256:a"))).as("file mode").isNotEqualTo(hash);
    }

    @Test
    void missing_dockerfile_is_rejected() {
        assertThatThrownBy(() -> ImageBuild.of("s2ikit/test", "the test app", BuildContext.empty().withText("a", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the test app has no Dockerfile");
    }

    @Test
    void invalid_repository_is_rejected() {
        assertThatThrownBy(() -> ImageBuild.of("Bad Name", "test", CONTEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid image repository name 'Bad Name'");
    }

    @Test
    void context_paths_may_not_leave_the_context() {
        assertThatThrownBy(() -> BuildContext.empty().withText("../etc/passwd", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(BuildContext.empty().withText("./a/b..c", "").contains("a/b..c")).isTrue();
    }
}
