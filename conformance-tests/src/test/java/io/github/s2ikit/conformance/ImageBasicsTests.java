package io.github.s2ikit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.s2ikit.assertions.S2iSoftAssertions;
import io.github.s2ikit.container.AppContainer;
import io.github.s2ikit.container.ContainerRun;
import io.github.s2ikit.container.ImageContainer;
import io.github.s2ikit.docker.ExecResult;
import io.github.s2ikit.facts.ContainerFacts;
import io.github.s2ikit.facts.ImageConfig;
import io.github.s2ikit.image.BuiltImage;
import io.github.s2ikit.junit.Claim;
import io.github.s2ikit.junit.ClaimEvidence;
import io.github.s2ikit.junit.Full;
import io.github.s2ikit.junit.ImageConformance;
import io.github.s2ikit.junit.Minimal;
import io.github.s2ikit.platform.Platform;
import io.github.s2ikit.platform.PlatformImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Image basics: what the minimal and the full image both promise.
 */
@ImageConformance
class ImageBasicsTests {

    /** The labels that IMG-LABELS checks on both images. */
    private static final List<String> IMAGE_LABELS = List.of("summary", "io.k8s.description", "io.k8s.display-name",
            "io.openshift.expose-services", "io.openshift.tags");

    /** The labels that IMG-LABELS checks on the full image, which must also name its S2I scripts. */
    private static final List<String> FULL_IMAGE_LABELS = List.of("summary", "io.k8s.description",
            "io.k8s.display-name", "io.openshift.expose-services", "io.openshift.tags", "io.openshift.s2i.scripts-url");

    private static final String APP_ROOT = "/opt/app-root";
    private static final String HOME = "/opt/app-root/src";

    @Test
    @Claim("IMG-USER-1001")
    void userIs1001(@Minimal ImageConfig minimalConfig, @Full ImageConfig fullConfig,
            @Minimal ContainerFacts minimal, @Full ContainerFacts full, ClaimEvidence evidence) {
        for (ContainerFacts facts : List.of(minimal, full)) {
            evidence.record(facts.image(), "uid " + facts.uid() + ", gid " + facts.gid()
                    + ", user " + facts.userName().orElse("(no passwd entry)"));
        }
        evidence.record("configured users", minimalConfig.user() + " (minimal), " + fullConfig.user() + " (full)");

        S2iSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(minimalConfig).hasUser("1001");
            softly.assertThat(fullConfig).hasUser("1001");
            softly.assertThat(minimal).runsAsUid(1001).runsAsGid(0).doesNotRunAsRoot();
            softly.assertThat(full).runsAsUid(1001).runsAsGid(0).doesNotRunAsRoot();
        });
    }

    @Test
    @Claim("IMG-ARBITRARY-UID")
    void runsUnderArbitraryUid(@Minimal PlatformImage minimal, @Full PlatformImage full, ClaimEvidence evidence) {
        S2iSoftAssertions.assertSoftly(softly -> {
            for (PlatformImage image : List.of(minimal, full)) {
                BuiltImage app = SampleApps.s2iBuild("app-file", image);
                for (String user : List.of("100001:0", "12345:0")) {
                    try (AppContainer container = AppContainer.of(app.name()).withUser(user).start()) {
                        String body = container.awaitHttp("/", 200, Duration.ofSeconds(60)).body();
                        Map<String, String> whoami = SampleApps.whoami(container);
                        evidence.record(image.name() + " as " + user, "GET / -> 200, uid " + whoami.get("uid")
                                + ", gid " + whoami.get("gid") + ", user name '" + whoami.get("user") + "'");
                        String uid = user.substring(0, user.indexOf(':'));
                        softly.assertThat(body).as("body from %s as %s", image.name(), user).contains("Hello from app.py");
                        softly.assertThat(whoami).as("the serving process of %s started as %s; its log:%n%s",
                                image.name(), user, container.logs())
                                .containsEntry("uid", uid)
                                .containsEntry("gid", "0");
                        softly.assertThat(whoami.getOrDefault("user", "")).as(
                                "the name uid %s resolves to inside run on %s", uid, image.name()).isNotBlank();
                    }
                }
            }
        });
    }

    @Test
    @Claim("IMG-APP-ROOT")
    void appRootIsTheVirtualEnvironment(@Minimal ImageConfig minimalConfig, @Full ImageConfig fullConfig,
            @Minimal ContainerFacts minimal, @Full ContainerFacts full,
            @Minimal PlatformImage minimalImage, @Full PlatformImage fullImage, ClaimEvidence evidence) {
        Map<String, String> runMinimal = whoamiUnderRun(minimalImage);
        Map<String, String> runFull = whoamiUnderRun(fullImage);
        for (ContainerFacts facts : List.of(minimal, full)) {
            evidence.record(facts.image(), "APP_ROOT=" + facts.env().get("APP_ROOT") + ", HOME=" + facts.env().get("HOME")
                    + ", sys.prefix=" + facts.python().prefix() + ", bash: VIRTUAL_ENV=" + facts.bash().virtualEnv()
                    + " python=" + facts.bash().pythonPath() + ", PATH=" + facts.env().get("PATH"));
        }
        evidence.record("under run (minimal)", runMinimal);
        evidence.record("under run (full)", runFull);

        S2iSoftAssertions.assertSoftly(softly -> {
            for (ImageConfig config : List.of(minimalConfig, fullConfig)) {
                softly.assertThat(config).hasEnv("APP_ROOT", APP_ROOT).hasEnv("HOME", HOME).hasWorkingDir(HOME);
            }
            for (ContainerFacts facts : List.of(minimal, full)) {
                softly.assertThat(facts).hasPythonPrefix(APP_ROOT);
                softly.assertThat(firstPathEntry(facts)).as("first PATH entry outside HOME in %s (PATH=%s)",
                        facts.image(), facts.env().get("PATH")).isEqualTo(APP_ROOT + "/bin");
                softly.assertThat(facts.bash().virtualEnv()).as("VIRTUAL_ENV in a bash -c exec shell of %s", facts.image())
                        .isEqualTo(APP_ROOT);
                softly.assertThat(facts.bash().pythonPath()).as("python in a bash -c exec shell of %s", facts.image())
                        .isEqualTo(APP_ROOT + "/bin/python");
            }
            for (Map<String, String> run : List.of(runMinimal, runFull)) {
                softly.assertThat(run).as("the app's environment under the run script")
                        .containsEntry("virtual_env", APP_ROOT)
                        .containsEntry("prefix", APP_ROOT)
                        .containsEntry("cwd", HOME);
            }
        });
    }

    @Test
    @Claim("IMG-PYTHON-VERSION")
    void pythonVersionOfThePlatform(Platform platform, @Minimal ImageContainer minimal, @Full ImageContainer full,
            @Minimal PlatformImage minimalImage, @Full PlatformImage fullImage, ClaimEvidence evidence) {
        String expected = "Python " + platform.pythonVersion() + ".";

        S2iSoftAssertions.assertSoftly(softly -> {
            for (ImageContainer container : List.of(minimal, full)) {
                for (List<String> shell : List.of(List.of("bash", "-c"), List.of("sh", "-ic"))) {
                    ExecResult result = container.exec(shell.get(0), shell.get(1), "python --version");
                    String output = (result.stdout() + result.stderr()).strip();
                    evidence.record(container.image() + ", " + String.join(" ", shell), output);
                    softly.assertThat(output).as("python --version through %s in %s", shell, container.image())
                            .contains(expected);
                }
            }
            for (PlatformImage image : List.of(minimalImage, fullImage)) {
                String line = runScriptLogLine(image);
                evidence.record(image.name() + ", run script", line);
                softly.assertThat(line).as("python --version under the run script of %s", image.name()).contains(expected);
            }
        });
    }

    @Test
    @Claim("IMG-EXPOSE-8080")
    void exposesPort8080(@Minimal ImageConfig minimal, @Full ImageConfig full, ClaimEvidence evidence) {
        evidence.record(minimal.name(), minimal.exposedPorts());
        evidence.record(full.name(), full.exposedPorts());

        S2iSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(minimal).exposesPort("8080/tcp");
            softly.assertThat(full).exposesPort("8080/tcp");
        });
    }

    @Test
    @Claim("IMG-USAGE")
    void defaultCommandPrintsUsage(@Minimal ImageContainer minimal, @Full ImageContainer full, ClaimEvidence evidence) {
        S2iSoftAssertions.assertSoftly(softly -> {
            for (ImageContainer container : List.of(minimal, full)) {
                ContainerRun.Result run = ContainerRun.of(container.image()).run();
                evidence.record(container.image() + ", default command", "exit " + run.exitCode() + ", "
                        + firstLine(run.output()));
                softly.assertThat(run.exitCode()).as("exit status of the default command of %s, output:%n%s",
                        container.image(), run.output()).isZero();
                softly.assertThat(run.output()).as("output of the default command of %s", container.image())
                        .containsIgnoringCase("s2i");

                ExecResult usage = container.exec("/usr/libexec/s2i/usage");
                evidence.record(container.image() + ", /usr/libexec/s2i/usage", "exit " + usage.exitCode());
                softly.assertThat(usage.exitCode()).as("exit status of /usr/libexec/s2i/usage in %s, %s",
                        container.image(), usage.tail(5)).isZero();
            }
        });
    }

    @Test
    @Claim("IMG-S2I-SCRIPTS")
    void s2iScriptsAreExecutable(@Minimal ContainerFacts minimal, @Full ContainerFacts full, ClaimEvidence evidence) {
        List<String> scripts = List.of("/usr/libexec/s2i/assemble", "/usr/libexec/s2i/run", "/usr/libexec/s2i/usage");
        S2iSoftAssertions.assertSoftly(softly -> {
            for (ContainerFacts facts : List.of(minimal, full)) {
                for (String script : scripts) {
                    evidence.record(facts.image(), facts.file(script));
                    softly.assertThat(facts).hasExecutableFile(script);
                }
            }
        });
    }

    @Test
    @Claim("IMG-FIX-PERMISSIONS")
    void fixPermissionsMakesGroupWritable(@Minimal ImageContainer minimal, @Full ImageContainer full,
            @Minimal ContainerFacts minimalFacts, @Full ContainerFacts fullFacts, ClaimEvidence evidence) {
        // A scratch folder with a private file, folder and script; fix-permissions must open them to group 0.
        String script = String.join("\n",
                "dir=$(mktemp -d)",
                "mkdir \"$dir/sub\" && echo data > \"$dir/sub/file\" && printf '#!/bin/sh\\n' > \"$dir/tool\"",
                "chmod 0600 \"$dir/sub/file\" && chmod 0700 \"$dir/sub\" \"$dir/tool\" \"$dir\"",
                "/usr/bin/fix-permissions \"$dir\"",
                "echo \"exit=$?\"",
                "find \"$dir\" -exec stat -c '%n %a %g %F' {} +",
                "rm -rf \"$dir\"");

        S2iSoftAssertions.assertSoftly(softly -> {
            for (ImageContainer container : List.of(minimal, full)) {
                ContainerFacts facts = container == minimal ? minimalFacts : fullFacts;
                softly.assertThat(facts).hasExecutableFile("/usr/bin/fix-permissions");

                ExecResult result = container.execAs("1001:0", "/bin/sh", "-c", script);
                evidence.record(container.image(), result.stdout().strip().replace('\n', ';'));
                softly.assertThat(result.stdout()).as("fix-permissions exit status in %s (%s)", container.image(),
                        result.tail(10)).contains("exit=0");
                for (String line : result.stdout().split("\n")) {
                    if (!line.startsWith("/")) {
                        continue;
                    }
                    String[] parts = line.split(" ", 4);
                    int mode = Integer.parseInt(parts[1], 8);
                    boolean folder = parts[3].equals("directory");
                    softly.assertThat(parts[2]).as("group of %s in %s", parts[0], container.image()).isEqualTo("0");
                    softly.assertThat(mode & 060).as("group read and write bits of %s (mode %s) in %s",
                            parts[0], parts[1], container.image()).isEqualTo(060);
                    if (folder || parts[0].endsWith("/tool")) {
                        softly.assertThat(mode & 010).as("group execute bit of %s (mode %s) in %s",
                                parts[0], parts[1], container.image()).isEqualTo(010);
                    }
                }
            }
        });
    }

    @Test
    @Claim("IMG-LOCALE")
    void utf8Locale(@Minimal ContainerFacts minimal, @Full ContainerFacts full, ClaimEvidence evidence) {
        S2iSoftAssertions.assertSoftly(softly -> {
            for (ContainerFacts facts : List.of(minimal, full)) {
                evidence.record(facts.image(), "LANG=" + facts.env().get("LANG") + ", LC_ALL=" + facts.env().get("LC_ALL")
                        + ", preferred encoding " + facts.python().preferredEncoding()
                        + ", setlocale: " + facts.python().locale());
                softly.assertThat(facts)
                        .hasEnv("PYTHONUNBUFFERED", "1")
                        .hasEnv("PYTHONIOENCODING", "UTF-8")
                        .hasEnv("LC_ALL", "en_US.UTF-8")
                        .hasEnv("LANG", "en_US.UTF-8")
                        .hasWorkingLocale("UTF-8");
            }
        });
    }

    @Test
    @Claim("IMG-LABELS")
    void openShiftLabels(@Minimal ImageConfig minimal, @Full ImageConfig full, ClaimEvidence evidence) {
        S2iSoftAssertions.assertSoftly(softly -> {
            for (ImageConfig config : List.of(minimal, full)) {
                List<String> checked = config == full ? FULL_IMAGE_LABELS : IMAGE_LABELS;
                evidence.record(config.name(), labelValues(config, checked));
                softly.assertThat(config)
                        .hasLabel("summary")
                        .hasLabel("io.k8s.description")
                        .hasLabel("io.k8s.display-name")
                        .hasLabel("io.openshift.expose-services", "8080:http")
                        .hasLabelListing("io.openshift.tags", "python");
                // An image built on another cannot remove a label, only set it to an empty value.
                for (String label : List.of("summary", "io.k8s.description", "io.k8s.display-name")) {
                    softly.assertThat(config.labels().getOrDefault(label, "")).as("label %s of %s", label, config.name())
                            .isNotBlank();
                }
            }
            // The minimal image is allowed to lack the scripts URL; the full one must have it.
            softly.assertThat(full).hasLabel("io.openshift.s2i.scripts-url", "image:///usr/libexec/s2i");
        });
    }

    /**
     * Returns the values of the labels as {@code name=value} pairs in the given order, with
     * {@code name absent} for a label the image does not have. Semicolons separate the pairs,
     * because label values such as descriptions and tag lists contain commas.
     */
    private static String labelValues(ImageConfig config, List<String> labels) {
        List<String> pairs = new ArrayList<>();
        for (String label : labels) {
            String value = config.labels().get(label);
            pairs.add(value == null ? label + " absent" : label + "=" + value);
        }
        return String.join("; ", pairs);
    }

    /**
     * Builds the app-script sample on the image and returns the line its app.sh logs under run.
     */
    private static String runScriptLogLine(PlatformImage image) {
        BuiltImage app = SampleApps.s2iBuild("app-script", image);
        try (AppContainer container = AppContainer.of(app.name()).start()) {
            container.awaitHttp("/", 200, Duration.ofSeconds(60));
            return container.logs().lines().filter(line -> line.startsWith("app.sh:")).findFirst()
                    .orElse("(no app.sh line in the log:\n" + container.logs() + ")");
        }
    }

    /**
     * Builds the app-file sample on the image and returns what its /whoami reports under run.
     */
    private static Map<String, String> whoamiUnderRun(PlatformImage image) {
        BuiltImage app = SampleApps.s2iBuild("app-file", image);
        try (AppContainer container = AppContainer.of(app.name()).start()) {
            container.awaitHttp("/", 200, Duration.ofSeconds(60));
            Map<String, String> facts = SampleApps.whoami(container);
            assertThat(facts).as("the /whoami answer of %s", app.name()).isNotEmpty();
            return facts;
        }
    }

    /**
     * Returns the first PATH entry outside HOME. The full image puts HOME's own bin folders
     * ({@code .local/bin}, {@code bin}) ahead of the virtual environment, for scripts the user
     * installs; what matters is that the virtual environment comes before every system folder.
     */
    private static String firstPathEntry(ContainerFacts facts) {
        for (String entry : facts.env().getOrDefault("PATH", "").split(":")) {
            if (!entry.startsWith(HOME + "/")) {
                return entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
            }
        }
        return "";
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("(no output)");
    }
}
