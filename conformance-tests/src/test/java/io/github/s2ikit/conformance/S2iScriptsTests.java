package io.github.s2ikit.conformance;

import io.github.s2ikit.assertions.S2iSoftAssertions;
import io.github.s2ikit.container.AppContainer;
import io.github.s2ikit.container.ContainerRun;
import io.github.s2ikit.container.ProcessInfo;
import io.github.s2ikit.docker.ExecResult;
import io.github.s2ikit.image.BuiltImage;
import io.github.s2ikit.image.ImageBuildException;
import io.github.s2ikit.junit.Claim;
import io.github.s2ikit.junit.ClaimEvidence;
import io.github.s2ikit.junit.Full;
import io.github.s2ikit.junit.ImageConformance;
import io.github.s2ikit.junit.Minimal;
import io.github.s2ikit.platform.PlatformImage;
import io.github.s2ikit.variant.S2iBuild;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The s2i scripts: what {@code assemble} installs and how, and which entry point of an app
 * {@code run} starts, on both images.
 */
@ImageConformance
@ExtendWith(PackageIndexes.Resolver.class)
class S2iScriptsTests {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    @Test
    @Claim("ASM-REQUIREMENTS")
    void installsRequirementsIntoTheVirtualEnvironment(@Minimal PlatformImage minimal, @Full PlatformImage full,
            PackageIndexes indexes, ClaimEvidence evidence) {
        S2iSoftAssertions.assertSoftly(softly -> {
            for (PlatformImage image : List.of(minimal, full)) {
                S2iBuild build = S2iBuild.of(SampleApps.app("requirements-app")).on(image.name())
                        .withPipIndex(indexes.full());
                BuiltImage app = SampleApps.buildAsClaimed(build::build);
                try (AppContainer container = AppContainer.of(app.name()).start()) {
                    String body = container.awaitHttp("/", 200, STARTUP).body();
                    ExecResult sources = container.exec("/bin/sh", "-c",
                            "ls -A /tmp/src 2>/dev/null | wc -l; ls /opt/app-root/src");
                    evidence.record(image.name(), body.strip().replace('\n', ' ') + "; /tmp/src entries and $HOME: "
                            + sources.stdout().strip().replace('\n', ' '));
                    softly.assertThat(body).as("body of requirements-app on %s", image.name())
                            .contains("Hello, requirements-app!")
                            .contains("greeting_file=/opt/app-root/lib/python")
                            .contains("cwd=/opt/app-root/src");
                    softly.assertThat(sources.stdout().lines().findFirst().orElse("")).as(
                            "entries left in /tmp/src on %s", image.name()).isEqualTo("0");
                    softly.assertThat(sources.stdout()).as("files in $HOME on %s", image.name())
                            .contains("requirements.txt").contains("app.py");
                }
            }
        });
    }

    @Test
    @Claim("ASM-SETUP-PY")
    void installsSetupPyProjectUnlessDisabled(@Minimal PlatformImage minimal, @Full PlatformImage full,
            PackageIndexes indexes, ClaimEvidence evidence) {
        S2iSoftAssertions.assertSoftly(softly -> {
            for (PlatformImage image : List.of(minimal, full)) {
                S2iBuild build = S2iBuild.of(SampleApps.app("setup-py-app")).on(image.name()).withPipIndex(indexes.full());
                String installed = body(SampleApps.buildAsClaimed(build::build));
                S2iBuild disabledBuild = build.withEnv("DISABLE_SETUP_PY_PROCESSING", "1");
                String disabled = body(SampleApps.buildAsClaimed(disabledBuild::build));
                evidence.record(image.name(), "as is: " + installed.strip() + "; with DISABLE_SETUP_PY_PROCESSING=1: "
                        + disabled.strip());
                softly.assertThat(installed).as("setup-py-app built as is on %s", image.name())
                        .contains("setup-py-app installed: 1.0.0");
                softly.assertThat(disabled).as("setup-py-app built with DISABLE_SETUP_PY_PROCESSING on %s", image.name())
                        .contains("setup-py-app not installed");
            }
        });
    }

    @Test
    @Claim("ASM-PIP-INDEX-URL")
    void installsFromTheIndexTheAppNames(@Minimal PlatformImage minimal, @Full PlatformImage full,
            PackageIndexes indexes, ClaimEvidence evidence) {
        S2iSoftAssertions.assertSoftly(softly -> {
            for (PlatformImage image : List.of(minimal, full)) {
                // The build may reach the suite's index but is not told about it: only the app's own
                // PIP_INDEX_URL in .s2i/environment can lead pip there.
                S2iBuild build = S2iBuild.of(SampleApps.app("pip-index-app")).on(image.name())
                        .withPipIndexReachable(indexes.full());
                BuiltImage app = SampleApps.buildAsClaimed(build::build);
                try (AppContainer container = AppContainer.of(app.name()).start()) {
                    String body = container.awaitHttp("/", 200, STARTUP).body();
                    String pipIni = container.exec("cat", "/opt/app-root/src/pip.ini").stdout();
                    evidence.record(image.name(), body.strip().replace('\n', ' ') + "; pip.ini: "
                            + pipIni.strip().replace('\n', ' '));
                    softly.assertThat(body).as("body of pip-index-app on %s", image.name())
                            .contains("greeting_version=1.0.0");
                    softly.assertThat(pipIni).as("pip.ini that assemble wrote on %s", image.name())
                            .contains("index-url = http://s2ikit-index:8080/simple/");
                }
            }
        });
    }

    @Test
    @Claim("ASM-TOOL-CONFLICT")
    void rejectsPipenvWithMicropipenv(@Minimal PlatformImage minimal, @Full PlatformImage full,
            ClaimEvidence evidence) {
        S2iSoftAssertions.assertSoftly(softly -> {
            for (PlatformImage image : List.of(minimal, full)) {
                S2iBuild build = S2iBuild.of(SampleApps.app("pipenv-conflict-app")).on(image.name());
                ImageBuildException failure = SampleApps.buildFailure(build);
                String output = failure == null ? "(the build succeeded)" : failure.getMessage();
                evidence.record(image.name(), failure == null ? "assemble succeeded" : output.lines()
                        .filter(line -> line.contains("ERROR") || line.contains("exit status"))
                        .collect(java.util.stream.Collectors.joining(" | ")));
                softly.assertThat(failure).as("assemble with ENABLE_PIPENV and ENABLE_MICROPIPENV on %s", image.name())
                        .isNotNull();
                softly.assertThat(output).as("assemble output on %s", image.name())
                        .contains("cannot be enabled at the same time")
                        .containsPattern("failed with exit status [1-9]");
            }
        });
    }

    @Test
    @Claim("ASM-PERMISSIONS")
    void appRootIsGroupWritableAfterAssemble(@Minimal PlatformImage minimal, @Full PlatformImage full,
            PackageIndexes indexes, ClaimEvidence evidence) {
        S2iSoftAssertions.assertSoftly(softly -> {
            for (PlatformImage image : List.of(minimal, full)) {
                S2iBuild build = S2iBuild.of(SampleApps.app("requirements-app")).on(image.name())
                        .withPipIndex(indexes.full());
                BuiltImage app = SampleApps.buildAsClaimed(build::build);
                ContainerRun.Result find = ContainerRun.of(app.name()).withCommand("/bin/sh", "-c",
                        "echo checked $(find /opt/app-root ! -type l | wc -l);"
                                + " find /opt/app-root ! -type l \\( ! -group 0 -o ! -perm -g=rw \\) -print | head -20")
                        .run();
                evidence.record(image.name(), find.output().strip().replace('\n', ' '));
                softly.assertThat(find.output().lines().skip(1).toList())
                        .as("paths under /opt/app-root not group 0 with g+rw after assemble on %s", image.name())
                        .isEmpty();
            }
        });
    }

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
    @Claim("RUN-APP-MODULE")
    void servesAppModuleWithGunicorn(@Minimal PlatformImage minimal, @Full PlatformImage full,
            PackageIndexes indexes, ClaimEvidence evidence) {
        S2iSoftAssertions.assertSoftly(softly -> {
            for (PlatformImage image : List.of(minimal, full)) {
                BuiltImage app = S2iBuild.of(SampleApps.app("gunicorn-app")).on(image.name())
                        .withPipIndex(indexes.full()).build();
                try (AppContainer container = AppContainer.of(app.name()).start()) {
                    HttpResponse<String> response = container.awaitHttp("/", 200, STARTUP);
                    ProcessInfo server = container.process(1);
                    String banner = response.headers().firstValue("Server").orElse("(none)");
                    evidence.record(image.name(), "GET / -> \"" + response.body().strip() + "\", Server: " + banner
                            + ", " + server);
                    softly.assertThat(response.body()).as("body from gunicorn-app on %s; log:%n%s", image.name(),
                            container.logs()).contains("Hello from gunicorn");
                    softly.assertThat(banner).as("Server header on %s", image.name()).containsIgnoringCase("gunicorn");
                    softly.assertThat(server.commandLineContains("gunicorn")).as("PID 1 is gunicorn on %s: %s",
                            image.name(), server).isTrue();
                    softly.assertThat(server.uid()).as("uid of gunicorn on %s", image.name()).isEqualTo(1001);
                }
            }
        });
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

    @Test
    @Claim("RUN-INIT-WRAPPER")
    void initWrapperForwardsSigterm(@Minimal PlatformImage minimal, @Full PlatformImage full, ClaimEvidence evidence) {
        S2iSoftAssertions.assertSoftly(softly -> {
            for (PlatformImage image : List.of(minimal, full)) {
                BuiltImage app = SampleApps.s2iBuild("init-wrapper-app", image);
                try (AppContainer container = AppContainer.of(app.name()).withEnv("ENABLE_INIT_WRAPPER", "true").start()) {
                    container.awaitHttp("/", 200, STARTUP);
                    ProcessInfo first = container.process(1);
                    AppContainer.Stopped stopped = container.stop(Duration.ofSeconds(10));
                    evidence.record(image.name(), "PID 1 " + first + "; docker stop took " + stopped.took().toMillis()
                            + " ms, exit status " + stopped.exitCode());
                    softly.assertThat(first.commandLineContains("init-wrapper")).as("PID 1 under ENABLE_INIT_WRAPPER on %s: %s",
                            image.name(), first).isTrue();
                    softly.assertThat(stopped.took()).as("time from SIGTERM to the end on %s", image.name())
                            .isLessThan(Duration.ofSeconds(5));
                    softly.assertThat(stopped.exitCode()).as("exit status on %s (the app exits 7 on SIGTERM); log:%n%s",
                            image.name(), stopped.logs()).isEqualTo(7);
                }
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

    private static String body(BuiltImage image) {
        try (AppContainer container = AppContainer.of(image.name()).start()) {
            return container.awaitHttp("/", 200, STARTUP).body();
        }
    }


}
