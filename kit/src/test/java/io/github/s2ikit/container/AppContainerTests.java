package io.github.s2ikit.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.s2ikit.docker.Engine;
import io.github.s2ikit.http.HttpNotReadyException;
import io.github.s2ikit.image.BuildContext;
import io.github.s2ikit.image.BuiltImage;
import io.github.s2ikit.image.ImageBuild;
import io.github.s2ikit.image.ImageBuilder;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AppContainerTests {

    private static BuiltImage crashingApp;

    @BeforeAll
    static void buildCrashingApp() {
        // An app that prints a line, fails a few seconds after it started, and never listens.
        String dockerfile = String.join("\n",
                "FROM debian:bookworm-slim",
                "EXPOSE 8080",
                "CMD [\"/bin/sh\", \"-c\", \"echo app is starting; sleep 3; echo cannot bind port 8080 >&2; exit 3\"]",
                "");
        crashingApp = ImageBuilder.build(ImageBuild.of("s2ikit/test-crashing-app", "an app that exits at start",
                        BuildContext.empty().withText("Dockerfile", dockerfile))
                .withBaseImages("debian:bookworm-slim"));
    }

    @AfterAll
    static void removeImage() {
        if (crashingApp != null) {
            Engine.client().removeImageCmd(crashingApp.name()).withForce(true).exec();
        }
    }

    @Test
    void awaitHttp_fails_when_app_exits() {
        try (AppContainer app = AppContainer.of(crashingApp.name()).start()) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> app.awaitHttp("/", 200, Duration.ofMinutes(3)))
                    .isInstanceOf(HttpNotReadyException.class)
                    .hasMessageContaining("the container exited with status 3")
                    .hasMessageContaining("cannot bind port 8080");

            // The wait ended because the container stopped, long before the three-minute timeout.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
        }
    }
}
