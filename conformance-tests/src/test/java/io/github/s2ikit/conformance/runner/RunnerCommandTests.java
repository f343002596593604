package io.github.s2ikit.conformance.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.s2ikit.conformance.report.ClaimCatalogue;
import io.github.s2ikit.conformance.report.ConformanceReportListener;
import io.github.s2ikit.conformance.runner.RunnerFixtureTestCases.NotPassingTestCases;
import io.github.s2ikit.conformance.runner.RunnerFixtureTestCases.PassingTestCases;
import io.github.s2ikit.junit.Claim;
import io.github.s2ikit.junit.ConformanceSettings;
import io.github.s2ikit.junit.ImageConformance;
import io.github.s2ikit.platform.Platform;
import io.github.s2ikit.platform.Platforms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RunnerCommandTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

    private static final String PASSING = PassingTestCases.class.getName();
    private static final String NOT_PASSING = NotPassingTestCases.class.getName();

    private static final int CATALOGUE_SIZE = ClaimCatalogue.load().claims().size();

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tempDir;

    private final FakeEngine engine = new FakeEngine();
    private final Map<String, String> systemProperties = new HashMap<>();
    private final AtomicInteger launches = new AtomicInteger();
    private List<String> claimClasses = List.of(PASSING, NOT_PASSING);

    // Options and help

    @Test
    void help_lists_options_and_statuses() {
        Execution run = execute("--help");

        assertThat(run.status()).isEqualTo(ExitStatus.PASSED);
        assertThat(run.out()).contains("Usage: s2ikit-conformance", "--platform=ID", "--minimal-image=IMAGE",
                "--full-image=IMAGE", "--report=DIR", "--claims=ID|GLOB", "--baseline=REPORT.json", "--help",
                "--version");
        assertThat(run.out()).contains("Default: conformance-report.");
        assertThat(run.out()).contains("Exit status:", "0   Every selected claim passed.",
                "1   A selected claim failed or ended with an error.", "2   The run did not start");
        for (Platform platform : Platforms.all()) {
            assertThat(run.out()).as("platform %s in the help", platform.id()).contains(platform.id());
        }
        assertThat(run.err()).isEmpty();
        assertThat(launches).hasValue(0);
    }

    @Test
    void version_names_command() {
        Execution run = execute("--version");

        assertThat(run.status()).isEqualTo(ExitStatus.PASSED);
        assertThat(run.out()).startsWith("s2ikit-conformance ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void unknown_option_is_usage_error() {
        Execution run = execute("--bogus");

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
        assertThat(run.errLines()).containsExactly(
                "s2ikit-conformance: Unknown option: '--bogus'. Run with --help to see the options.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void option_without_value_is_usage_error() {
        Execution run = execute("--claims", "IMG-LABELS", "--platform");

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
        assertThat(run.errLines()).containsExactly("s2ikit-conformance: Missing required parameter for option "
                + "'--platform' (ID). Run with --help to see the options.");
    }

    // Checks before the run

    @Test
    void unknown_claim_is_usage_error() {
        engine.reason = "No container engine responds.";

        Execution run = execute("--claims", "IMG-LABELS,NOT-A-CLAIM", "--report", reportDir().toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("s2ikit-conformance: Unknown claim 'NOT-A-CLAIM' in --claims: "
                + "it matches no claim of the catalogue. Valid ids: IMG-USER-1001, IMG-ARBITRARY-UID,");
        assertThat(engine.checks).as("engine checks before the options are valid").isZero();
        assertThat(launches).hasValue(0);
    }

    @Test
    void unknown_platform_names_valid_ones() {
        Execution run = execute("--platform", "solaris", "--report", reportDir().toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
        assertThat(run.errLines()).containsExactly("s2ikit-conformance: Unknown platform 'solaris' in --platform. "
                + "Valid platforms: reference, c9s-3.11, c9s-3.12, el8-3.11 (c9s and el8 are short for c9s-3.11 and "
                + "el8-3.11).");
        assertThat(launches).hasValue(0);
    }

    @Test
    void platform_property_is_checked() {
        systemProperties.put(ConformanceSettings.PLATFORM, "solaris");

        Execution run = execute("--report", reportDir().toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("s2ikit-conformance: Unknown platform 'solaris' in system property conformance.platform.");
    }

    @Test
    void empty_platform_is_usage_error() {
        Execution run = execute("--platform", " ", "--report", reportDir().toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
        assertThat(run.errLines()).containsExactly("s2ikit-conformance: Invalid --platform: the platform id is empty. "
                + "Give one of reference, c9s-3.11, c9s-3.12, el8-3.11, or leave the option out for the reference "
                + "platform.");
    }

    @Test
    void image_with_space_is_usage_error() {
        Execution run = execute("--full-image", "my image:1", "--report", reportDir().toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
        assertThat(run.errLines()).containsExactly("s2ikit-conformance: Invalid image name 'my image:1' in "
                + "--full-image: it contains a space. Give a name such as localhost/candidate-minimal:1.");
    }

    @Test
    void empty_image_is_usage_error() {
        Execution run = execute("--minimal-image=", "--report", reportDir().toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
        assertThat(run.errLines()).containsExactly("s2ikit-conformance: Invalid --minimal-image: the image name is "
                + "empty. Give a name such as localhost/candidate-minimal:1, or leave the option out to use the "
                + "platform's image.");
    }

    @Test
    void report_file_is_usage_error() throws IOException {
        Path file = Files.writeString(tempDir.resolve("report.txt"), "not a folder");

        Execution run = execute("--report", file.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
        assertThat(run.errLines()).containsExactly("s2ikit-conformance: Invalid --report " + file
                + ": it is a file, not a folder. Give a folder path, or remove the file.");
    }

    @Test
    void report_below_file_is_usage_error() throws IOException {
        Path file = Files.writeString(tempDir.resolve("report.txt"), "not a folder");

        Execution run = execute("--report", file.resolve("conformance").toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("s2ikit-conformance: Invalid --report " + file.resolve("conformance")
                        + ": the folder could not be created (")
                .endsWith("). Give a folder you can write to.");
    }

    @Test
    void missing_report_folder_is_created() {
        Path reportDir = tempDir.resolve("a/b/report");

        Execution run = execute("--claims", "IMG-LABELS", "--report", reportDir.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.PASSED);
        assertThat(reportDir.resolve(ConformanceReportListener.JSON_FILE)).isRegularFile();
    }

    @Test
    void extra_argument_is_usage_error() {
        Execution run = execute("--claims", "IMG-LABELS", "extra-arg");

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
        assertThat(run.errLines()).containsExactly(
                "s2ikit-conformance: Unexpected argument extra-arg. Run with --help to see the options.");
    }

    @Test
    void list_claims_prints_catalogue() {
        ClaimCatalogue catalogue = ClaimCatalogue.load();

        Execution run = execute("--list-claims");

        assertThat(run.status()).isEqualTo(ExitStatus.PASSED);
        assertThat(run.outLines()).hasSize(catalogue.claims().size() + catalogue.groups().size());
        assertThat(run.outLines()).first().asString().isEqualTo(catalogue.groups().get(0));
        assertThat(run.out()).contains("\n  IMG-LABELS  Labels ");
        assertThat(launches).hasValue(0);
    }

    @Test
    void missing_baseline_is_usage_error() {
        Path baseline = tempDir.resolve("old/report.json");

        Execution run = execute("--baseline", baseline.toString(), "--report", reportDir().toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
        assertThat(run.errLines()).containsExactly("s2ikit-conformance: Baseline report " + baseline
                + " not found: there is no such file. Give the report.json of an earlier run, or leave out --baseline.");
    }

    @Test
    void baseline_folder_is_usage_error() {
        Execution run = execute("--baseline", tempDir.toString(), "--report", reportDir().toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
        assertThat(run.errLines()).containsExactly("s2ikit-conformance: Invalid --baseline " + tempDir
                + ": it is a folder, not a file. Give the report.json in it, such as --baseline "
                + tempDir.resolve("report.json") + ".");
    }

    @Test
    void baseline_without_claims_is_usage_error() throws IOException {
        Path baseline = Files.writeString(tempDir.resolve("other.json"), "{\"foo\": 1}");

        Execution run = execute("--baseline", baseline.toString(), "--report", reportDir().toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
        assertThat(run.errLines()).containsExactly("s2ikit-conformance: Invalid baseline report " + baseline
                + ": it has no \"claims\" array, so it is not the report.json of a conformance run. Give the "
                + "report.json of an earlier run.");
    }

    @Test
    void baseline_in_report_folder_is_usage_error() throws IOException {
        Path baseline = Files.writeString(Files.createDirectories(reportDir()).resolve("report.json"),
                "{\"claims\": []}");

        Execution run = execute("--baseline", baseline.toString(), "--report", reportDir().toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("s2ikit-conformance: Invalid --baseline " + baseline + ": this run writes its own "
                        + "report.json there and would overwrite the baseline.");
        assertThat(baseline).hasContent("{\"claims\": []}");
    }

    @Test
    void failed_preflight_creates_no_report_folder() {
        Path reportDir = tempDir.resolve("never/created");

        Execution run = execute("--baseline", tempDir.resolve("missing.json").toString(), "--report",
                reportDir.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
        assertThat(reportDir).doesNotExist();
        assertThat(tempDir.resolve("never")).doesNotExist();
    }

    @Test
    void invalid_baseline_json_is_usage_error() throws IOException {
        Path baseline = Files.writeString(tempDir.resolve("report.json"), "{\"claims\": [\n");

        Execution run = execute("--baseline", baseline.toString(), "--report", reportDir().toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("s2ikit-conformance: Invalid baseline report " + baseline + ": it is not valid JSON (")
                .endsWith("). Give the report.json of an earlier run.");
    }

    @Test
    void baseline_array_is_usage_error() throws IOException {
        Path baseline = Files.writeString(tempDir.resolve("report.json"), "[1, 2]");

        Execution run = execute("--baseline", baseline.toString(), "--report", reportDir().toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
        assertThat(run.errLines()).containsExactly("s2ikit-conformance: Invalid baseline report " + baseline
                + ": expected a JSON object, as in the report.json of an earlier run.");
    }

    @Test
    void missing_claim_class_is_environment_error() {
        claimClasses = List.of(PASSING, "io.github.s2ikit.conformance.NoSuchTests");

        Execution run = execute("--report", reportDir().toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
        assertThat(run.errLines()).containsExactly("s2ikit-conformance: Claim class "
                + "io.github.s2ikit.conformance.NoSuchTests not found on the class path. Run the jar that the package "
                + "phase of conformance-tests builds, conformance-tests/target/s2ikit-conformance-runner.jar, which "
                + "contains the claim classes.");
        assertThat(launches).hasValue(0);
    }

    @Test
    void no_engine_is_environment_error() {
        engine.reason = "No container engine responds at the default Docker socket. Start Docker or Podman.";

        Execution run = execute("--claims", "IMG-LABELS", "--report", reportDir().toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
        assertThat(run.errLines()).containsExactly("s2ikit-conformance: No container engine responds at the default "
                + "Docker socket. Start Docker or Podman.");
        assertThat(launches).hasValue(0);
    }

    @Test
    void missing_image_is_environment_error() {
        engine.images.add("localhost/full:1");

        Execution run = execute("--minimal-image", "localhost/minimal:1", "--full-image", "localhost/full:1",
                "--report", reportDir().toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
        assertThat(run.errLines()).containsExactly("s2ikit-conformance: Image localhost/minimal:1 (--minimal-image) "
                + "not found in the container engine. Pull or load it first ('docker pull localhost/minimal:1' or "
                + "'docker load'), or give the name of an image that 'docker images' lists.");
        assertThat(launches).hasValue(0);
    }

    @Test
    void image_property_is_checked() {
        systemProperties.put(ConformanceSettings.FULL_IMAGE, "localhost/full:2");

        Execution run = execute("--report", reportDir().toString());

        assertThat(run.status()).isEqualTo(ExitStatus.INVALID);
        assertThat(run.errLines()).singleElement().asString().startsWith("s2ikit-conformance: Image localhost/full:2 "
                + "(system property conformance.full.image) not found in the container engine.");
    }

    // Runs

    @Test
    void passing_claims_exit_zero() {
        Path reportDir = reportDir();

        Execution run = execute("--claims", "IMG-LABELS,img-expose-*", "--report", reportDir.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.PASSED);
        // Jupiter's default method order is fixed but not the order of declaration.
        assertThat(RunnerFixtureTestCases.EXECUTED).containsExactlyInAnyOrder("PassingTestCases.labels",
                "PassingTestCases.exposedPort");
        assertThat(run.err()).as("progress of a class without selected claims").doesNotContain("NotPassingTestCases");
        JsonNode report = readReport(reportDir);
        assertThat(report.get("claims")).extracting(claim -> claim.get("id").asText() + " " + claim.get("verdict")
                .asText()).containsExactly("IMG-EXPOSE-8080 passed", "IMG-LABELS passed");
        assertThat(run.outLines()).last().isEqualTo("Conformance run finished in 0 ms: 2 of 2 claims passed, "
                + "0 failed, 0 error (exit status 0). Report: " + reportDir);
    }

    @Test
    void failed_claim_exits_one() {
        Execution run = execute("--claims", "MIN-NO-NODE", "--report", reportDir().toString());

        assertThat(run.status()).isEqualTo(ExitStatus.NOT_PASSED);
        assertThat(run.errLines()).contains(
                "03:04:05 MIN-NO-NODE failed: Claim MIN-NO-NODE is not met: found node at /usr/bin/node");
        assertThat(readReport(reportDir()).at("/claims/0/verdict").asText()).isEqualTo("failed");
        assertThat(run.outLines()).last().asString()
                .startsWith("Conformance run finished in 0 ms: 0 of 1 claim passed, 1 failed, 0 error (exit status 1).");
    }

    @Test
    void claim_with_error_exits_one() {
        Execution run = execute("--claims", "MIN-NO-HEADERS", "--report", reportDir().toString());

        assertThat(run.status()).isEqualTo(ExitStatus.NOT_PASSED);
        assertThat(run.errLines()).contains("03:04:05 MIN-NO-HEADERS ended with an error: IllegalStateException: "
                + "the probe container exited with status 137");
        assertThat(run.outLines()).last().asString().contains("0 of 1 claim passed, 0 failed, 1 error (exit status 1)");
    }

    @Test
    void selected_claim_without_test_exits_one() {
        Path reportDir = reportDir();

        Execution run = execute("--claims", "IMG-LABELS,IMG-USAGE", "--report", reportDir.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.NOT_PASSED);
        JsonNode report = readReport(reportDir);
        assertThat(report.get("claims")).extracting(claim -> claim.get("id").asText() + " " + claim.get("verdict")
                .asText()).containsExactly("IMG-USAGE error", "IMG-LABELS passed");
        assertThat(run.outLines()).last().asString().contains("1 of 2 claims passed, 0 failed, 1 error (exit status 1)");
    }

    @Test
    void long_failure_takes_one_line() {
        Execution run = execute("--claims", "MIN-NO-COMPILERS", "--report", reportDir().toString());

        String prefix = "03:04:05 MIN-NO-COMPILERS failed: ";
        String line = run.errLines().stream().filter(candidate -> candidate.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no failure line in:\n" + run.err()));
        String message = line.substring(prefix.length());
        assertThat(message).hasSize(ProgressListener.MESSAGE_WIDTH);
        assertThat(message).endsWith("...");
        assertThat(NotPassingTestCases.LONG_MESSAGE).startsWith(message.substring(0, message.length() - 3));
    }

    @Test
    void progress_shows_plan_and_groups() {
        Path reportDir = reportDir();

        Execution run = execute("--claims", "IMG-LABELS,IMG-EXPOSE-8080,MIN-NO-NODE", "--report", reportDir.toString());

        assertThat(run.errLines()).containsExactly(
                "03:04:05 Checking 3 of " + CATALOGUE_SIZE + " claims on platform reference; report folder "
                        + reportDir,
                "03:04:05 RunnerFixtureTestCases$PassingTestCases started: 2 claims",
                "03:04:05 RunnerFixtureTestCases$PassingTestCases finished in 0 ms: 2 passed, 0 failed, 0 error",
                "03:04:05 RunnerFixtureTestCases$NotPassingTestCases started: 1 claim",
                "03:04:05 MIN-NO-NODE failed: Claim MIN-NO-NODE is not met: found node at /usr/bin/node",
                "03:04:05 RunnerFixtureTestCases$NotPassingTestCases finished in 0 ms: 0 passed, 1 failed, 0 error");
    }

    @Test
    void options_reach_kit_and_report() throws IOException {
        engine.images.addAll(List.of("localhost/minimal:1", "localhost/full:1"));
        Path baseline = Files.writeString(tempDir.resolve("baseline.json"), "{\"claims\": []}");
        String platformBefore = System.getProperty(ConformanceSettings.PLATFORM);

        Execution run = execute("--platform", "c9s", "--minimal-image", "localhost/minimal:1", "--full-image",
                "localhost/full:1", "--baseline", baseline.toString(), "--claims", "IMG-LABELS",
                "--report", reportDir().toString());

        assertThat(run.status()).isEqualTo(ExitStatus.PASSED);
        assertThat(RunnerFixtureTestCases.SETTINGS_SEEN).containsExactlyInAnyOrderEntriesOf(Map.of(
                ConformanceSettings.PLATFORM, "c9s",
                ConformanceSettings.MINIMAL_IMAGE, "localhost/minimal:1",
                ConformanceSettings.FULL_IMAGE, "localhost/full:1",
                RunRequest.BASELINE_PARAMETER, baseline.toString(),
                RunRequest.PACKAGES_DIR_PROPERTY, userPackagesDir()));
        assertThat(run.errLines().get(0)).isEqualTo("03:04:05 Checking 1 of " + CATALOGUE_SIZE + " claims on platform "
                + "c9s-3.11, minimal image localhost/minimal:1, full image localhost/full:1, baseline " + baseline
                + "; report folder " + reportDir());
        assertThat(System.getProperty(ConformanceSettings.PLATFORM)).as("platform after the run")
                .isEqualTo(platformBefore);
        assertThat(System.getProperty(ConformanceSettings.MINIMAL_IMAGE)).as("minimal image after the run").isNull();
    }

    @Test
    void packages_dir_property_is_kept() {
        systemProperties.put(RunRequest.PACKAGES_DIR_PROPERTY, "/somewhere/packages");
        String before = System.getProperty(RunRequest.PACKAGES_DIR_PROPERTY);

        Execution run = execute("--claims", "IMG-LABELS", "--report", reportDir().toString());

        assertThat(run.status()).isEqualTo(ExitStatus.PASSED);
        assertThat(RunnerFixtureTestCases.SETTINGS_SEEN.get(RunRequest.PACKAGES_DIR_PROPERTY))
                .as("the packages folder the claims saw, which the runner must leave as the JVM has it")
                .isEqualTo(before);
    }

    /** Returns the per-user packages folder the runner chooses, computed as the runner does. */
    private static String userPackagesDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("s2ikit").resolve("python-packages").toString();
    }

    @Test
    void without_claims_option_runs_everything() {
        Path reportDir = reportDir();

        Execution run = execute("--report", reportDir.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.NOT_PASSED);
        assertThat(RunnerFixtureTestCases.EXECUTED).contains("PassingTestCases.withoutClaim");
        assertThat(readReport(reportDir).get("claims")).hasSize(CATALOGUE_SIZE);
        assertThat(run.errLines().get(0)).startsWith("03:04:05 Checking all " + CATALOGUE_SIZE + " claims");
    }

    @Test
    void claim_classes_are_the_suite() {
        String suitePackage = "io.github.s2ikit.conformance";
        List<Class<?>> classes = ReflectionSupport.findAllClassesInPackage(suitePackage,
                type -> type.getPackageName().equals(suitePackage)
                        && AnnotationSupport.isAnnotated(type, ImageConformance.class)
                        && !AnnotationSupport.findAnnotatedMethods(type, Claim.class,
                                HierarchyTraversalMode.TOP_DOWN).isEmpty(),
                name -> true);

        assertThat(RunnerCommand.CLAIM_CLASSES).containsExactlyInAnyOrderElementsOf(
                classes.stream().map(Class::getName).toList());
    }

    @Test
    void durations_read_as_people_write_them() {
        assertThat(ProgressListener.format(Duration.ofMillis(350))).isEqualTo("350 ms");
        assertThat(ProgressListener.format(Duration.ofMillis(4_240))).isEqualTo("4.2 s");
        assertThat(ProgressListener.format(Duration.ofSeconds(185))).isEqualTo("3 min 05 s");
    }

    private Path reportDir() {
        return tempDir.resolve("report");
    }

    private static JsonNode readReport(Path reportDir) {
        try {
            return JSON.readTree(reportDir.resolve(ConformanceReportListener.JSON_FILE).toFile());
        } catch (IOException e) {
            throw new AssertionError("Failed to read the report in " + reportDir, e);
        }
    }

    /**
     * Runs a new command in this JVM with the fixture classes enabled, and captures what it prints.
     */
    private Execution execute(String... args) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        RunnerFixtureTestCases.reset();
        RunnerCommand command = new RunnerCommand(out, err, engine, systemProperties::get, () -> {
            launches.incrementAndGet();
            return LauncherFactory.create();
        }, CLOCK, claimClasses);

        // JUnit reads configuration parameters that the request lacks from system properties.
        System.setProperty(RunnerFixtureTestCases.ENABLED, "true");
        System.setProperty(ConformanceReportListener.CONSOLE_PROPERTY, "false");
        try {
            int status = command.execute(args);
            return new Execution(status, outBytes.toString(StandardCharsets.UTF_8),
                    errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.clearProperty(RunnerFixtureTestCases.ENABLED);
            System.clearProperty(ConformanceReportListener.CONSOLE_PROPERTY);
        }
    }

    /**
     * What one command returned and printed.
     */
    private record Execution(int status, String out, String err) {

        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    /**
     * A container engine that responds unless {@link #reason} is set, and has the {@link #images}.
     */
    private static final class FakeEngine implements ContainerEngine {

        String reason;
        final Set<String> images = new HashSet<>();
        int checks;

        @Override
        public Optional<String> unavailableReason() {
            checks++;
            return Optional.ofNullable(reason);
        }

        @Override
        public boolean hasImage(String name) {
            return images.contains(name);
        }
    }
}
