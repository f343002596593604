package io.github.s2ikit.conformance.benchmark;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.github.dockerjava.api.model.Event;
import io.github.s2ikit.container.ImageContainer;
import io.github.s2ikit.docker.KitLabels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the static facts of {@link StaticFacts} checked by the kit and by pytest-testinfra on the
 * same image, each as a whole process, and counts each side's containers and execs from the
 * engine's events. Three sides run in turn, in alternating order, each once untimed and then
 * {@code runs} times:
 *
 * <ul>
 *   <li>{@code kit}: {@link StaticClaimsBenchmark}, which starts and removes its own container;
 *   <li>{@code testinfra}: {@code pytest --hosts=docker://ID} on a container that is already
 *       running, since testinfra's docker backend only connects to a running container;
 *   <li>{@code testinfra-with-container}: the same, with {@code docker run} and {@code docker rm}
 *       around it in one shell, so that it does the kit's whole work.
 * </ul>
 *
 * <p>{@link #crossCheck(String)} runs both sides once more on an image that breaks some of the
 * facts, to show that both find the same ones.
 */
final class ComparisonWithTestinfra {

    /** Marks the containers that the {@code testinfra-with-container} side starts. */
    private static final String SIDE_LABEL = "io.github.s2ikit.benchmark.side";

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

    private static final Pattern PYTEST_SUMMARY = Pattern.compile("(\\d+) passed");

    /** A line of pytest's short summary, such as {@code FAILED path::test_x[docker://ID-gcc] - ...}. */
    private static final Pattern PYTEST_FAILED = Pattern.compile("(?m)^FAILED \\S*?::(\\w+)(?:\\[([^\\]]*)\\])?");

    private final String image;
    private final String python;
    private final Path module;
    private final Path workingDir;
    private final Path outDir;
    private final List<String> failures = new ArrayList<>();

    ComparisonWithTestinfra(String image, String python, Path module, Path workingDir, Path outDir) {
        this.image = image;
        this.python = python;
        this.module = module;
        this.workingDir = workingDir;
        this.outDir = outDir;
    }

    /** Runs each side once untimed and then {@code runs} times. */
    Result run(int runs) {
        List<Sample> kit = new ArrayList<>();
        List<Sample> testinfra = new ArrayList<>();
        List<Sample> testinfraWithContainer = new ArrayList<>();
        try (ImageContainer target = ImageContainer.start(image);
                EngineEvents events = EngineEvents.ofAllContainers()) {
            for (int round = 0; round <= runs; round++) {
                boolean kitFirst = round % 2 == 0;
                List<Runnable> order = new ArrayList<>();
                int number = round;
                String name = String.valueOf(round);
                order.add(() -> add(kit, number, runKit(image, name, events)));
                order.add(() -> add(testinfra, number, runTestinfra(name, events, target.containerId())));
                order.add(() -> add(testinfraWithContainer, number, runTestinfraWithContainer(name, events)));
                if (!kitFirst) {
                    Collections.reverse(order);
                }
                order.forEach(Runnable::run);
                System.out.printf("  comparison round %d of %d done%s%n", round, runs, round == 0 ? " (untimed)" : "");
            }
        }
        return new Result(StaticFacts.checks().size(), kit, testinfra, testinfraWithContainer, List.copyOf(failures));
    }

    private void add(List<Sample> samples, int round, Sample sample) {
        if (!sample.passed()) {
            failures.add("round " + round + ", " + sample.side() + ": " + sample.factsPassed() + " of "
                    + StaticFacts.checks().size() + " facts passed, " + sample.detail());
        }
        // Round 0 warms the page cache and the engine. It is checked but not counted.
        if (round > 0) {
            samples.add(sample);
        }
    }

    /**
     * Runs both sides once on another image, on which some facts fail, and returns the facts that
     * fail on each side. The same facts must fail on both: that shows that the two sides check the
     * same facts, which passing runs alone cannot show.
     */
    CrossCheck crossCheck(String otherImage) {
        Sample kit;
        Sample testinfra;
        try (ImageContainer target = ImageContainer.start(otherImage);
                EngineEvents events = EngineEvents.ofAllContainers()) {
            kit = runKit(otherImage, "cross-check", events);
            testinfra = runTestinfra("cross-check", events, target.containerId());
        }
        List<String> kitFailed = kit.kitRun() == null ? List.of("(no result: " + kit.detail() + ")")
                : kit.kitRun().failures().keySet().stream().sorted().toList();
        List<String> testinfraFailed = failedTests(testinfra.output()).stream().sorted().toList();
        return new CrossCheck(otherImage, kitFailed, testinfraFailed, kit.exitCode(), testinfra.exitCode());
    }

    private Sample runKit(String target, String name, EngineEvents events) {
        Path resultFile = outDir.resolve("compare/kit-" + name + ".json");
        int mark = events.mark();
        ChildProcess.Outcome outcome = ChildProcess.java(StaticClaimsBenchmark.class, List.of(),
                List.of(target, resultFile.toString()), workingDir, outDir.resolve("logs/compare-kit-" + name + ".log"),
                RUN_TIMEOUT);
        events.awaitQuiet();
        if (outcome.timedOut() || !Files.isRegularFile(resultFile)) {
            return Sample.failed("kit", outcome);
        }
        Results.StaticClaimsRun run = Results.read(resultFile, Results.StaticClaimsRun.class);
        EngineEvents.Counts counts = EngineEvents.count(events.since(mark),
                event -> run.sessionId().equals(EngineEvents.attributes(event).get(KitLabels.SESSION)));
        int passed = run.facts() - run.failures().size();
        return new Sample("kit", outcome.wallMillis(), outcome.exitCode(), passed, counts,
                run.failures().isEmpty() ? outcome.describe() : "failed " + run.failures().keySet() + ", "
                        + outcome.describe(), run, "");
    }

    private Sample runTestinfra(String name, EngineEvents events, String containerId) {
        int mark = events.mark();
        ChildProcess.Outcome outcome = ChildProcess.run(pytest("docker://" + containerId), workingDir,
                outDir.resolve("logs/compare-testinfra-" + name + ".log"), RUN_TIMEOUT);
        events.awaitQuiet();
        EngineEvents.Counts counts = EngineEvents.count(events.since(mark),
                event -> containerId.equals(EngineEvents.containerId(event)));
        return new Sample("testinfra", outcome.wallMillis(), outcome.exitCode(), passedTests(outcome), counts,
                outcome.describe(), null, outcome.output());
    }

    private Sample runTestinfraWithContainer(String name, EngineEvents events) {
        String side = "testinfra-with-container-" + KitLabels.SESSION_ID;
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c",
                "id=$(docker run -d --label \"$1\" --label \"$2\" \"$3\" sleep infinity) || exit 2; shift 3; "
                        + "\"$@\" --hosts=\"docker://$id\"; status=$?; docker rm -f \"$id\" >/dev/null; exit $status",
                "sh", KitLabels.SESSION + "=" + KitLabels.SESSION_ID, SIDE_LABEL + "=" + side, image));
        command.addAll(pytestWithoutHosts());
        int mark = events.mark();
        ChildProcess.Outcome outcome = ChildProcess.run(command, workingDir,
                outDir.resolve("logs/compare-testinfra-with-container-" + name + ".log"), RUN_TIMEOUT);
        events.awaitQuiet();
        Predicate<Event> ofSide = event -> side.equals(EngineEvents.attributes(event).get(SIDE_LABEL));
        EngineEvents.Counts counts = EngineEvents.count(events.since(mark), ofSide);
        return new Sample("testinfra-with-container", outcome.wallMillis(), outcome.exitCode(), passedTests(outcome),
                counts, outcome.describe(), null, outcome.output());
    }

    private List<String> pytest(String hosts) {
        List<String> command = new ArrayList<>(pytestWithoutHosts());
        command.add("--hosts=" + hosts);
        return command;
    }

    private List<String> pytestWithoutHosts() {
        // No cache folder and no bytecode, so pytest writes nothing next to the module.
        return List.of(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", module.toString());
    }

    /** Returns how many tests pytest reports as passed, 0 when it printed no summary. */
    private static int passedTests(ChildProcess.Outcome outcome) {
        Matcher matcher = PYTEST_SUMMARY.matcher(outcome.output());
        int passed = 0;
        while (matcher.find()) {
            passed = Integer.parseInt(matcher.group(1));
        }
        return passed;
    }

    /**
     * Returns the ids of the tests that pytest reports as failed, without the host: pytest's
     * {@code FAILED path::test_x[docker://ID-gcc]} gives {@code test_x[gcc]}.
     */
    static List<String> failedTests(String output) {
        List<String> failed = new ArrayList<>();
        Matcher matcher = PYTEST_FAILED.matcher(output);
        while (matcher.find()) {
            String parameter = matcher.group(2);
            if (parameter == null) {
                failed.add(matcher.group(1));
                continue;
            }
            // The host comes first in the parameter id, and a container id has no '-'.
            int dash = parameter.indexOf('-');
            failed.add(dash < 0 ? matcher.group(1) : matcher.group(1) + "[" + parameter.substring(dash + 1) + "]");
        }
        return failed;
    }

    /**
     * One timed process of one side.
     *
     * @param side {@code kit}, {@code testinfra} or {@code testinfra-with-container}
     * @param wallMillis the whole process's wall time
     * @param exitCode its exit status
     * @param factsPassed how many facts it reported as passed
     * @param engine its containers and execs
     * @param detail the exit status and log file, and any failures
     * @param kitRun the kit's own timings, for the kit side
     * @param output pytest's output, for the testinfra sides; left out of the JSON
     */
    record Sample(String side, double wallMillis, int exitCode, int factsPassed, EngineEvents.Counts engine,
            String detail, Results.StaticClaimsRun kitRun, @JsonIgnore String output) {

        static Sample failed(String side, ChildProcess.Outcome outcome) {
            return new Sample(side, outcome.wallMillis(), outcome.exitCode(), 0,
                    new EngineEvents.Counts(0, 0, Map.of(), Map.of()), outcome.describe(), null, "");
        }

        boolean passed() {
            return exitCode == 0 && factsPassed == StaticFacts.checks().size();
        }
    }

    /**
     * The facts that fail on each side on an image that breaks some of them.
     *
     * @param image the image
     * @param kitFailed the ids of the facts that failed on the kit's side
     * @param testinfraFailed the ids of the tests that failed on testinfra's side
     * @param kitExitCode the kit's exit status, 1 when a fact failed
     * @param testinfraExitCode pytest's exit status, 1 when a test failed
     */
    record CrossCheck(String image, List<String> kitFailed, List<String> testinfraFailed, int kitExitCode,
            int testinfraExitCode) {

        /** Tells whether at least one fact failed, and the same facts failed on both sides. */
        boolean sameFailures() {
            return !kitFailed.isEmpty() && kitFailed.equals(testinfraFailed);
        }
    }

    /**
     * The samples of the three sides.
     *
     * @param facts how many facts each side checks
     * @param failures each run, timed or not, in which a side did not pass every fact
     */
    record Result(int facts, List<Sample> kit, List<Sample> testinfra, List<Sample> testinfraWithContainer,
            List<String> failures) {

        /** Tells whether every run of every side passed every fact. */
        boolean allPassed() {
            return failures.isEmpty();
        }

        /** Returns the median whole-process time of a side's samples. */
        static double medianMillis(List<Sample> samples) {
            return Stats.median(samples.stream().map(Sample::wallMillis).toList());
        }
    }
}
