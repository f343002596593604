package io.github.s2ikit.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.s2ikit.image.BuildContext;
import org.junit.jupiter.api.Test;

class S2iBuildTests {

    @Test
    void dockerfile_follows_the_s2i_steps() {
        S2iBuild build = S2iBuild.of("app", BuildContext.empty().withText("app.py", "print()")).on("builder:1");

        String dockerfile = build.dockerfile("1001");

        assertThat(dockerfile).isEqualTo("""
                FROM builder:1
                USER root
                COPY src /tmp/src
                RUN chown -R 1001:0 /tmp/src
                USER 1001
                RUN /usr/libexec/s2i/assemble
                CMD ["/usr/libexec/s2i/run"]
                """);
    }

    @Test
    void s2i_environment_becomes_env_lines() {
        BuildContext source = BuildContext.empty()
                .withText("app.py", "print()")
                .withText(".s2i/environment", "# a comment\n\nAPP_MODULE=app:application\nMESSAGE=say \"hi\" $HOME\n");
        S2iBuild build = S2iBuild.of("app", source).on("builder:1").withEnv("EXTRA", "1");

        String dockerfile = build.dockerfile("1001");

        assertThat(dockerfile)
                .contains("ENV APP_MODULE=\"app:application\"\n")
                .contains("ENV MESSAGE=\"say \\\"hi\\\" \\$HOME\"\n")
                .contains("ENV EXTRA=\"1\"\n");
    }

    @Test
    void own_assemble_script_replaces_the_image_one() {
        BuildContext source = BuildContext.empty().withText("app.py", "").withText(".s2i/bin/assemble", "#!/bin/sh\n");

        String dockerfile = S2iBuild.of("app", source).on("builder:1").dockerfile("1001");

        assertThat(dockerfile).contains("RUN /tmp/src/.s2i/bin/assemble\n");
    }

    @Test
    void invalid_environment_line_names_the_app() {
        BuildContext source = BuildContext.empty().withText(".s2i/environment", "NOT A SETTING\n");

        assertThatThrownBy(() -> S2iBuild.of("shop", source).on("builder:1").dockerfile("1001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("app 'shop'")
                .hasMessageContaining("NOT A SETTING");
    }

    @Test
    void empty_source_is_rejected() {
        assertThatThrownBy(() -> S2iBuild.of("empty", BuildContext.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("app 'empty' has no files");
    }

    @Test
    void missing_builder_is_reported() {
        S2iBuild build = S2iBuild.of("app", BuildContext.empty().withText("app.py", ""));

        assertThatThrownBy(build::toImageBuild)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("call on(image) first");
    }
}
