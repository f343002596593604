package io.github.s2ikit.conformance.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the built runner jar as a user does, with {@code java -jar} in a process of its own.
 *
 * <p>Failsafe runs this class after the package phase and sets {@value #JAR_PROPERTY} to the jar
 * and {@value #WORK_DIR_PROPERTY} to a folder that keeps each run's output and report for a
 * reader of a failure. The real run checks only claims that need no app build, so that it takes
 * seconds once the reference images are built.
 */
class RunnerJarIT {

    /** The system property with the path of the runner jar. */
    static final String JAR_PROPERTY = "conformance.runner.jar";

    /** The system property with the folder for the runs' output and reports. */
    static final String WORK_DIR_PROPERTY = "conformance.runner.work.dir";

    /**
     * How long a run may take. NOTE: an estimate with room to spare for a cold run, which builds
     * both reference images and takes a few minutes. A warm run takes seconds.
     */
    private static final Duration TIMEOUT = Duration.ofMinutes(20);

    private static final String PREFIX = RunnerCommand.NAME + ": ";

    private static Path jar;
    private static Path workDir;

    @BeforeAll
    static void findJar() throws IOException {
        String jarPath = System.getProperty(JAR_PROPERTY);
        assertThat(jarPath).as("system property %s, which the Failsafe configuration in conformance-tests/pom.xml "
                + "sets; run this test with ./mvnw verify", JAR_PROPERTY).isNotBlank();
        jar = Path.of(jarPath);
        assertThat(jar).as("the runner jar, which the package phase builds").isRegularFile();
        workDir = Files.createDirectories(Path.of(System.getProperty(WORK_DIR_PROPERTY, "target/runner-it")));
    }

    @Test
    void help_exits_zero(TestInfo test) throws Exception {
        Run run = runJar(test, "--help");

        assertThat(run.status()).as("exit status, stderr:%n%s", run.err()).isEqualTo(ExitStatus.PASSED);
        assertThat(run.out()).startsWith("Usage: s2ikit-conformance");
        assertThat(run.out()).contains("--claims=ID|GLOB", "Exit status:");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void version_comes_from_manifest(TestInfo test) throws Exception {
        Run run = runJar(test, "--version");

        assertThat(run.status()).isEqualTo(ExitStatus.PASSED);
        assertThat(run.out().strip()).matches("s2ikit-conformance \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void unknown_claim_exits_two(TestInfo test) throws Exception {
        Run run = runJar(test, "--claims", "IMG-LABELS,NOT-A-CLAIM", "--report", reportDir(test).toString());

        assertThat(run.status()).as("exit status, stderr:%n%s", run.err()).isEqualTo(ExitStatus.INVALID);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(PREFIX + "Unknown claim 'NOT-A-CLAIM' in --claims: it matches no claim of the catalogue. "
                        + "Valid ids: IMG-USER-1001, ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missing_image_exits_two(TestInfo test) throws Exception {
        String image = "s2ikit/no-such-image:missing";

        Run run = runJar(test, "--minimal-image", image, "--claims", "IMG-LABELS", "--report",
                reportDir(test).toString());

        assertThat(run.status()).as("exit status, stderr:%n%s", run.err()).isEqualTo(ExitStatus.INVALID);
        // Testcontainers may log a warning about the engine before the runner's own line.
        assertThat(run.errLines()).filteredOn(line -> line.startsWith(PREFIX)).containsExactly(PREFIX + "Image "
                + image + " (--minimal-image) not found in the container engine. Pull or load it first "
                + "('docker pull " + image + "' or 'docker load'), or give the name of an image that 'docker images' "
                + "lists.");
        assertThat(run.errLines()).last().asString().startsWith(PREFIX);
        assertThat(run.err()).as("stack traces on stderr").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void static_claims_pass_and_write_report(TestInfo test) throws Exception {
        Path reportDir = reportDir(test);

        Run run = runJar(test, "--claims", "IMG-LABELS,IMG-EXPOSE-8080,IMG-USER-1001,MIN-NO-NODE", "--report",
                reportDir.toString());

        assertThat(run.status()).as("exit status, stdout:%n%s%nstderr:%n%s", run.out(), run.err())
                .isEqualTo(ExitStatus.PASSED);
        JsonNode report = new ObjectMapper().readTree(reportDir.resolve("report.json").toFile());
        List<String> verdicts = new ArrayList<>();
        for (JsonNode claim : report.get("claims")) {
            verdicts.add(claim.get("id").asText() + " " + claim.get("verdict").asText());
        }
        assertThat(verdicts).containsExactly("IMG-USER-1001 passed", "IMG-EXPOSE-8080 passed", "IMG-LABELS passed",
                "MIN-NO-NODE passed");
        assertThat(run.err()).contains("Checking 4 of ", "ImageBasicsTests started: 3 claims",
                "MinimalImageTests finished in ");
        assertThat(run.err()).as("Testcontainers' banner about the disabled reaper").doesNotContain("Ryuk");
        assertThat(run.outLines()).last().asString()
                .startsWith("Conformance run finished in ")
                .contains(": 4 of 4 claims passed, 0 failed, 0 error (exit status 0). Report: " + reportDir);
    }

    private static Path reportDir(TestInfo test) {
        return workDir.resolve(test.getTestMethod().orElseThrow().getName()).resolve("report");
    }

    /**
     * Runs the jar with the arguments in the test's own folder under the work folder, and returns
     * its exit status and output. The process gets this JVM's environment without the
     * Testcontainers settings that Failsafe adds, as in a user's shell, so the runner must start
     * its child JVM with them.
     */
    private static Run runJar(TestInfo test, String... args) throws IOException, InterruptedException {
        Path folder = Files.createDirectories(workDir.resolve(test.getTestMethod().orElseThrow().getName()));
        Path stdout = folder.resolve("stdout.txt");
        Path stderr = folder.resolve("stderr.txt");

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove(ChildRunner.RYUK_DISABLED);
        builder.environment().remove(ChildRunner.HOST_OVERRIDE);
        Process process = builder
                .directory(folder.toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();

        if (!process.waitFor(TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
            // SIGTERM first, so that the kit's shutdown hook removes the run's containers.
            process.destroy();
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
            throw new AssertionError("The runner did not finish within " + TIMEOUT.toMinutes() + " minutes: "
                    + command + "; its output is in " + folder);
        }
        return new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    /**
     * The exit status and output of one run of the jar.
     */
    private record Run(int status, String out, String err) {

        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }
}
