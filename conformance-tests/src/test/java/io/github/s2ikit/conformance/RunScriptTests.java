package io.github.s2ikit.conformance;

import io.github.s2ikit.assertions.S2iSoftAssertions;
import io.github.s2ikit.container.AppContainer;
import io.github.s2ikit.container.ContainerRun;
import io.github.s2ikit.image.BuiltImage;
import io.github.s2ikit.junit.Claim;
import io.github.s2ikit.junit.ClaimEvidence;
import io.github.s2ikit.junit.Full;
import io.github.s2ikit.junit.ImageConformance;
import io.github.s2ikit.junit.Minimal;
import io.github.s2ikit.platform.PlatformImage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The s2i {@code run} script: which entry point of an app it starts, on both images.
 */
@ImageConformance
class RunScriptTests {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    @Test
    @Claim("RUN-APP-FILE")
    void startsAppPy(@Minimal PlatformImage minimal, @Full PlatformImage full, ClaimEvidence evidence) {
        assertServes("app-file", "Hello from app.py", List.of(minimal, full), evidence);
    }

    @Test
    @Claim("RUN-APP-SCRIPT")
    void prefersAppShOverAppPy(@Minimal PlatformImage minimal, @Full PlatformImage full, ClaimEvidence evidence) {
        assertServes("app-script", "Hello from app.sh", List.of(minimal, full), evidence);
    }

    @Test
    @Claim("RUN-NOTHING-TO-RUN")
    void failsWithAdviceWhenNothingToRun(@Minimal PlatformImage minimal, @Full PlatformImage full,
            ClaimEvidence evidence) {
        S2iSoftAssertions.assertSoftly(softly -> {
            for (PlatformImage image : List.of(minimal, full)) {
                BuiltImage app = SampleApps.s2iBuild("nothing-to-run", image);
                ContainerRun.Result run = ContainerRun.of(app.name()).run();
                evidence.record(image.name(), "exit " + run.exitCode() + ", " + run.output().strip().replace('\n', ' '));
                softly.assertThat(run.exitCode()).as("exit status of run with nothing to run on %s", image.name())
                        .isNotZero();
                softly.assertThat(run.output()).as("what run prints with nothing to run on %s", image.name())
                        .contains("APP_MODULE", "APP_FILE", "APP_SCRIPT");
            }
        });
    }

    private static void assertServes(String app, String body, List<PlatformImage> images, ClaimEvidence evidence) {
        S2iSoftAssertions.assertSoftly(softly -> {
            for (PlatformImage image : images) {
                BuiltImage built = SampleApps.s2iBuild(app, image);
                try (AppContainer container = AppContainer.of(built.name()).start()) {
                    String answer = container.awaitHttp("/", 200, STARTUP).body();
                    evidence.record(image.name(), "GET / -> 200 \"" + answer.strip() + "\"");
                    softly.assertThat(answer).as("body of GET / from app %s on %s; the app's log:%n%s",
                            app, image.name(), container.logs()).contains(body);
                }
            }
        });
    }
}
