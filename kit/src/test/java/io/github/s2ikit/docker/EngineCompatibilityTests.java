package io.github.s2ikit.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.Container;
import io.github.s2ikit.container.ContainerRun;
import io.github.s2ikit.container.ImageContainer;
import io.github.s2ikit.facts.ImageConfig;
import io.github.s2ikit.image.BuildContext;
import io.github.s2ikit.image.BuiltImage;
import io.github.s2ikit.image.ImageBuild;
import io.github.s2ikit.image.ImageBuilder;
import io.github.s2ikit.image.Images;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What differs between Docker and Podman's compatible API, checked on whichever engine
 * {@code DOCKER_HOST} names. CI runs these tests on both.
 */
class EngineCompatibilityTests {

    private static BuiltImage image;

    @BeforeAll
    static void buildMultiStageImage() {
        // A multi-stage build with COPY --from, a label, a user and an exposed port; the marker
        // makes every run build it anew.
        String dockerfile = String.join("\n",
                "FROM debian:bookworm-slim AS builder",
                "RUN mkdir /out && echo built-in-builder > /out/result",
                "FROM debian:bookworm-slim",
                "COPY --from=builder --chown=1001:0 /out /opt/out",
                "COPY marker /marker",
                "LABEL io.github.s2ikit.test=compat",
                "EXPOSE 8080",
                "USER 1001",
                "");
        image = ImageBuilder.build(ImageBuild.of("s2ikit/test-engine-compat", "an engine compatibility image",
                        BuildContext.empty().withText("Dockerfile", dockerfile)
                                .withText("marker", UUID.randomUUID().toString()))
                .withBaseImages("debian:bookworm-slim"));
    }

    @AfterAll
    static void removeImage() {
        if (image != null) {
            Engine.client().removeImageCmd(image.name()).withForce(true).exec();
        }
    }

    @Test
    void image_is_found_by_the_name_given() {
        ImageConfig config = ImageConfig.inspect(image.name());

        // Podman stores the image as localhost/<name>; the kit keeps the name it was given.
        assertThat(config.name()).isEqualTo(image.name());
        assertThat(config.id()).isEqualTo(image.id());
        assertThat(Images.inspect(image.name())).isPresent();
    }

    @Test
    void inspection_reads_size_user_labels_and_ports() {
        ImageConfig config = ImageConfig.inspect(image.name());

        assertThat(config.sizeBytes()).isGreaterThan(10_000_000L);
        assertThat(config.user()).isEqualTo("1001");
        assertThat(config.labels()).containsEntry("io.github.s2ikit.test", "compat");
        assertThat(config.exposedPorts()).contains("8080/tcp");
    }

    @Test
    void entrypoint_takes_command_as_arguments() {
        ContainerRun.Result run = ContainerRun.of(image.name())
                .withEntrypoint("/bin/echo", "from-entrypoint")
                .withCommand("from-command")
                .run();

        assertThat(run.exitCode()).isZero();
        assertThat(run.output().strip()).isEqualTo("from-entrypoint from-command");
    }

    @Test
    void copy_from_builder_stage_keeps_owner() {
        ContainerRun.Result run = ContainerRun.of(image.name())
                .withCommand("/bin/sh", "-c", "cat /opt/out/result; stat -c '%u:%g' /opt/out/result")
                .run();

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("built-in-builder").contains("1001:0");
    }

    @Test
    void exec_and_run_report_exit_codes() {
        try (ImageContainer container = ImageContainer.start(image.name())) {
            ExecResult exec = container.exec("/bin/sh", "-c", "echo out; echo err >&2; exit 3");

            assertThat(exec.exitCode()).isEqualTo(3);
            assertThat(exec.stdout()).isEqualTo("out\n");
            assertThat(exec.stderr()).isEqualTo("err\n");
        }
        assertThat(ContainerRun.of(image.name()).withCommand("/bin/sh", "-c", "exit 7").run().exitCode()).isEqualTo(7);
    }

    @Test
    void session_cleanup_removes_containers_and_networks() {
        // given: a container and a network left behind, as a test that failed half-way leaves them
        String containerId = Engine.client().createContainerCmd(image.name())
                .withLabels(KitLabels.session()).withCmd("true").exec().getId();
        String network = "s2ikit-test-" + UUID.randomUUID().toString().substring(0, 8);
        Engine.client().createNetworkCmd().withName(network).withLabels(KitLabels.session()).exec();

        // when
        int removed = SessionCleanup.removeAll();

        // then
        assertThat(removed).isGreaterThanOrEqualTo(2);
        List<Container> left = Engine.client().listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(KitLabels.SESSION, KitLabels.SESSION_ID)).exec();
        assertThat(left).extracting(Container::getId).doesNotContain(containerId);
        assertThat(Engine.client().listNetworksCmd().withNameFilter(network).exec()).isEmpty();
    }
}
