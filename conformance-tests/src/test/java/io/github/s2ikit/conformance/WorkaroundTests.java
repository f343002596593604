package io.github.s2ikit.conformance;

import io.github.s2ikit.assertions.S2iSoftAssertions;
import io.github.s2ikit.assertions.Sizes;
import io.github.s2ikit.container.AppContainer;
import io.github.s2ikit.container.ImageContainer;
import io.github.s2ikit.container.ProcessInfo;
import io.github.s2ikit.docker.Engine;
import io.github.s2ikit.docker.ExecResult;
import io.github.s2ikit.facts.ContainerFacts;
import io.github.s2ikit.facts.ImageConfig;
import io.github.s2ikit.facts.ProbeRequest;
import io.github.s2ikit.image.BuiltImage;
import io.github.s2ikit.junit.Claim;
import io.github.s2ikit.junit.ClaimEvidence;
import io.github.s2ikit.junit.Full;
import io.github.s2ikit.junit.ImageConformance;
import io.github.s2ikit.junit.Minimal;
import io.github.s2ikit.platform.Platform;
import io.github.s2ikit.platform.PlatformImage;
import io.github.s2ikit.variant.ExtendedMinimalBuild;
import io.github.s2ikit.variant.JibMultiStageBuild;
import io.github.s2ikit.variant.MultiStageBuild;
import io.github.s2ikit.variant.S2iBuild;
import io.github.s2ikit.variant.Variant;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The three documented workarounds for what the minimal image cannot build: use the full image,
 * extend the minimal image with a compiler, or build on the full image and run on the minimal one
 * (with a Dockerfile or with Jib).
 */
@ImageConformance
@ExtendWith(PackageIndexes.Resolver.class)
class WorkaroundTests {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    private static final String UWSGI_BODY = "Hello World from uWSGI hosted WSGI application!";
    private static final String MOD_WSGI_BODY = "Hello World from mod_wsgi hosted WSGI application!";

    /**
     * The standard probe, searching for {@code Python.h} in the virtual environment too: the
     * multi-stage result takes {@code $APP_ROOT} from the builder as a whole, with any headers in it.
     */
    private static final ProbeRequest LEAN_PROBE = new ProbeRequest(ProbeRequest.standard().executables(),
            ProbeRequest.standard().paths(), ProbeRequest.standard().fileNames(),
            List.of("/usr/include", "/usr/local/include", "/opt/app-root"));

    @Test
    @Claim("WA-FULL-IMAGE")
    void fullImageBuildsWhatNeedsCompiling(@Full PlatformImage full, PackageIndexes indexes, ClaimEvidence evidence,
            TestReporter reporter) {
        S2iBuild build = S2iBuild.of(SampleApps.app("uwsgi-app")).on(full.name()).withPipIndex(indexes.full());
        BuiltImage app = SampleApps.buildAsClaimed(build::build);
        VariantImages.report(reporter, Variant.S2I_FULL, app);

        assertServesAs1001(app, UWSGI_BODY, "uwsgi", evidence);
    }

    @Test
    @Claim("WA-EXTEND-MINIMAL")
    void extendedMinimalCompilesUwsgi(Platform platform, @Minimal PlatformImage minimal, PackageIndexes indexes,
            ClaimEvidence evidence, TestReporter reporter) {
        ExtendedMinimalBuild build = ExtendedMinimalBuild.of(SampleApps.app("uwsgi-app"), platform, minimal.name())
                .withPipIndex(indexes.full());
        evidence.record("packages added to " + minimal.name(), build.packages());
        BuiltImage app = SampleApps.buildAsClaimed(build::build);
        VariantImages.report(reporter, Variant.EXTENDED_MINIMAL, app);

        assertServesAs1001(app, UWSGI_BODY, "uwsgi", evidence);
    }

    @Test
    @Claim("WA-MULTISTAGE")
    void multiStageServesModWsgi(Platform platform, @Minimal PlatformImage minimal, @Full PlatformImage full,
            PackageIndexes indexes, ClaimEvidence evidence, TestReporter reporter) {
        BuiltImage app = SampleApps.buildAsClaimed(multiStage(platform, minimal, full, indexes)::build);
        VariantImages.report(reporter, Variant.MULTI_STAGE, app);

        assertServesAs1001(app, MOD_WSGI_BODY, "mod_wsgi-express", evidence);
    }

    @Test
    @Claim("WA-MULTISTAGE-LEAN")
    void multiStageResultIsLean(Platform platform, @Minimal PlatformImage minimal, @Full PlatformImage full,
            PackageIndexes indexes, ClaimEvidence evidence, TestReporter reporter) {
        BuiltImage app = SampleApps.buildAsClaimed(multiStage(platform, minimal, full, indexes)::build);
        BuiltImage jib = SampleApps.buildAsClaimed(jibMultiStage(platform, minimal, full, indexes)::build);
        VariantImages.report(reporter, Variant.MULTI_STAGE, app);
        VariantImages.report(reporter, Variant.MULTI_STAGE_JIB, jib);
        ImageConfig appConfig = ImageConfig.inspect(app.name());
        ImageConfig jibConfig = ImageConfig.inspect(jib.name());
        evidence.record("sizes", Sizes.megabytes(appConfig.sizeBytes()) + " (multi-stage), "
                + Sizes.megabytes(jibConfig.sizeBytes()) + " (multi-stage by Jib), "
                + Sizes.megabytes(minimal.config().sizeBytes()) + " (minimal), "
                + Sizes.megabytes(full.config().sizeBytes()) + " (full)");

        S2iSoftAssertions.assertSoftly(softly -> {
            for (ImageConfig config : List.of(appConfig, jibConfig)) {
                try (ImageContainer container = ImageContainer.start(config.name())) {
                    ContainerFacts facts = container.probe(LEAN_PROBE);
                    evidence.record(config.name(), MinimalImageTests.foundOrAbsent(facts, ProbeRequest.COMPILERS)
                            + "; Python.h: " + facts.foundFiles().getOrDefault("Python.h", List.of())
                            + "; " + facts.file("/usr/include/stdio.h"));
                    softly.assertThat(facts).hasNoExecutables(ProbeRequest.COMPILERS)
                            .hasNoFileNamed("Python.h")
                            .doesNotHaveFile("/usr/include/stdio.h");
                }
                // "Much smaller": at most half the full image, the same bar as the minimal image itself.
                softly.assertThat(config).isAtMostFractionOfSize(full.config(), 0.5);
            }
        });
    }

    @Test
    @Claim("WA-MULTISTAGE-JIB")
    void jibAssemblesTheSameRuntimeImage(Platform platform, @Minimal PlatformImage minimal, @Full PlatformImage full,
            PackageIndexes indexes, ClaimEvidence evidence, TestReporter reporter) {
        JibMultiStageBuild build = jibMultiStage(platform, minimal, full, indexes);
        BuiltImage app = SampleApps.buildAsClaimed(build::build);
        VariantImages.report(reporter, Variant.MULTI_STAGE_JIB, app);

        assertServesAs1001(app, MOD_WSGI_BODY, "mod_wsgi-express", evidence);

        S2iSoftAssertions.assertSoftly(softly -> {
            try (ImageContainer container = ImageContainer.start(app.name())) {
                ExecResult folders = container.exec("/bin/sh", "-c", "echo checked $(find /opt/app-root -type d | wc -l);"
                        + " find /opt/app-root -type d \\( ! -group 0 -o ! -perm -g=rwx \\) -print | head -20");
                evidence.record("folders under /opt/app-root", folders.stdout().strip().replace('\n', ' '));
                softly.assertThat(folders.stdout().lines().skip(1).toList())
                        .as("folders under /opt/app-root not group 0 with g+rwx in %s", app.name()).isEmpty();
            }

            String again = "s2ikit/jib-digest-check:" + Long.toHexString(System.nanoTime());
            try {
                BuiltImage second = build.containerizeTo(again);
                evidence.record("image ids of two builds", app.id() + ", " + second.id());
                softly.assertThat(second.id()).as("image id of a second Jib build of the same inputs").isEqualTo(app.id());
            } finally {
                Engine.client().removeImageCmd(again).withForce(true).exec();
            }
        });
    }

    private static MultiStageBuild multiStage(Platform platform, PlatformImage minimal, PlatformImage full,
            PackageIndexes indexes) {
        return MultiStageBuild.of(SampleApps.app("mod-wsgi-app"), platform, full.name(), minimal.name())
                .withPipIndex(indexes.full());
    }

    private static JibMultiStageBuild jibMultiStage(Platform platform, PlatformImage minimal, PlatformImage full,
            PackageIndexes indexes) {
        return JibMultiStageBuild.of(SampleApps.app("mod-wsgi-app"), platform, full.name(), minimal.name())
                .withPipIndex(indexes.full());
    }

    /**
     * Starts the image as its own user and checks the body, that the expected server answered
     * (its process is PID 1) and that it runs as uid 1001.
     */
    private static void assertServesAs1001(BuiltImage image, String body, String server, ClaimEvidence evidence) {
        try (AppContainer container = AppContainer.of(image.name()).start()) {
            HttpResponse<String> response = container.awaitHttp("/", 200, STARTUP);
            ProcessInfo process = container.process(1);
            String banner = response.headers().firstValue("Server").orElse("(none)");
            evidence.record(image.name(), "GET / -> 200 \"" + response.body().strip() + "\", Server: " + banner
                    + "; " + process);
            S2iSoftAssertions.assertSoftly(softly -> {
                softly.assertThat(response.body()).as("body from %s; log:%n%s", image.name(), container.logs())
                        .contains(body);
                softly.assertThat(process.commandLineContains(server)).as("PID 1 of %s is %s: %s", image.name(), server,
                        process).isTrue();
                softly.assertThat(process.uid()).as("uid of the server in %s", image.name()).isEqualTo(1001);
            });
        }
    }
}
