package io.github.s2ikit.conformance.benchmark;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The figures of one benchmark run, the targets judged from them, and their output as a table and
 * as JSON. A figure whose phase failed or was left out is reported as not measured, and so is
 * every target that depends on it.
 */
final class BenchmarkReport {

    /** The warm run of the whole suite must take less than this, as a whole process. */
    static final double WARM_RUN_LIMIT_MILLIS = 180_000;

    /** One more static check must cost less than this. */
    static final double MARGINAL_CHECK_LIMIT_MILLIS = 5;

    private final Instant date;
    private final Map<String, Object> machine;
    private final String image;
    private final int runs;
    private SuitePhase cold;
    private SuitePhase warm;
    private SuitePhase staticSuite;
    private ChildProcess.Outcome costOutcome;
    private Results.StaticCheckCost cost;
    private ComparisonWithTestinfra.Result comparison;
    private ComparisonWithTestinfra.CrossCheck crossCheck;

    BenchmarkReport(Instant date, Map<String, Object> machine, String image, int runs) {
        this.date = date;
        this.machine = machine;
        this.image = image;
        this.runs = runs;
    }

    void cold(SuitePhase phase) {
        this.cold = phase;
    }

    void warm(SuitePhase phase) {
        this.warm = phase;
    }

    void staticSuite(SuitePhase phase) {
        this.staticSuite = phase;
    }

    void staticCheckCost(ChildProcess.Outcome outcome, Results.StaticCheckCost result) {
        this.costOutcome = outcome;
        this.cost = result;
    }

    void comparison(ComparisonWithTestinfra.Result result) {
        this.comparison = result;
    }

    void crossCheck(ComparisonWithTestinfra.CrossCheck result) {
        this.crossCheck = result;
    }

    /** Tells whether both sides passed every run and failed the same facts in the cross-check. */
    boolean comparisonValid() {
        return comparison != null && comparison.allPassed() && crossCheck != null && crossCheck.sameFailures();
    }

    /**
     * Returns the probe's cost of one more path, in milliseconds: the difference of the median
     * probe times with many and with few extra paths, divided by the difference in paths. Returns
     * null when not measured.
     */
    Double probeMillisPerPath() {
        if (cost == null) {
            return null;
        }
        return (Stats.median(cost.probeMillisManyPaths()) - Stats.median(cost.probeMillisFewPaths()))
                / (StaticCheckCostBenchmark.MANY - StaticCheckCostBenchmark.FEW);
    }

    /**
     * Returns the in-memory cost of one more check, in milliseconds, measured the same way. Returns
     * null when not measured.
     */
    Double assertionMillisPerCheck() {
        if (cost == null) {
            return null;
        }
        double perBatch = (Stats.median(cost.assertNanosManyChecks()) - Stats.median(cost.assertNanosFewChecks()))
                / (StaticCheckCostBenchmark.MANY - StaticCheckCostBenchmark.FEW);
        return perBatch / StaticCheckCostBenchmark.BATCH / 1e6;
    }

    /** Returns the targets, each met, missed or not measured. */
    List<Target> targets() {
        return List.of(warmBuildTarget(), staticCostTarget(), marginalCheckTarget(), comparisonTarget(),
                warmTimeTarget());
    }

    private Target warmBuildTarget() {
        String name = "A warm run builds no image";
        Results.SuiteRun run = warm == null ? null : warm.result();
        if (run == null) {
            return Target.notMeasured(name, "0 builds");
        }
        // With other kit runs on the engine, the new images may be theirs, so only the kit's log counts.
        boolean noNewImages = run.otherKitContainers() > 0 || run.newCacheImages().isEmpty();
        return new Target(name, "0 builds", describeBuilds(run), run.builds().isEmpty() && noNewImages);
    }

    private Target staticCostTarget() {
        String name = "The static claims of an image cost one container and one probe exec";
        String limit = "1 container and 1 exec per image";
        Results.SuiteRun run = staticSuite == null ? null : staticSuite.result();
        if (run == null || run.engine().containersByImage().isEmpty()) {
            return Target.notMeasured(name, limit);
        }
        EngineEvents.Counts counts = run.engine();
        boolean oneEach = counts.containersByImage().values().stream().allMatch(count -> count == 1)
                && counts.execsByImage().keySet().equals(counts.containersByImage().keySet())
                && counts.execsByImage().values().stream().allMatch(count -> count == 1);
        return new Target(name, limit, perImage(counts), oneEach);
    }

    private Target marginalCheckTarget() {
        String name = "One more static check costs under 5 ms";
        Double perPath = probeMillisPerPath();
        Double perCheck = assertionMillisPerCheck();
        if (perPath == null || perCheck == null) {
            return Target.notMeasured(name, "< 5 ms");
        }
        String measured = String.format("%.2f ms (probe %.2f ms + assertion %.2f us)", perPath + perCheck, perPath,
                perCheck * 1000);
        return new Target(name, "< 5 ms", measured, perPath + perCheck < MARGINAL_CHECK_LIMIT_MILLIS);
    }

    private Target comparisonTarget() {
        String name = "Static claims as a whole process are no slower than testinfra";
        if (!comparisonValid() || comparison.kit().isEmpty() || comparison.testinfra().isEmpty()) {
            return new Target(name, "kit <= testinfra", "not measured: the comparison is not valid (see above)", null);
        }
        double kit = ComparisonWithTestinfra.Result.medianMillis(comparison.kit());
        double testinfra = ComparisonWithTestinfra.Result.medianMillis(comparison.testinfra());
        String measured = String.format("kit %.2f s, testinfra %.2f s (medians)", kit / 1000, testinfra / 1000);
        return new Target(name, "kit <= testinfra", measured, kit <= testinfra);
    }

    private Target warmTimeTarget() {
        String name = "The warm run of the whole suite takes under 3 minutes";
        if (warm == null || warm.result() == null) {
            return Target.notMeasured(name, "< 180 s");
        }
        double millis = warm.outcome().wallMillis();
        return new Target(name, "< 180 s", String.format("%.0f s", millis / 1000), millis < WARM_RUN_LIMIT_MILLIS);
    }

    /** Prints the figures and the targets as plain-text tables. */
    void print(PrintStream out) {
        out.println();
        out.printf("Benchmark of %s, %s%n", date, image);
        out.printf("Machine: %s, %s cores, %s memory, %s, %s%n", machine.get("cpu"), machine.get("cores"),
                machine.get("memory"), machine.get("engine"), machine.get("java"));
        out.printf("Load average at start %s, at end %s%n", machine.get("loadAverageAtStart"),
                machine.get("loadAverageAtEnd"));

        printSuite(out);
        printClaimGroups(out);
        printStaticChecks(out);
        printComparison(out);

        out.println();
        out.println("Targets");
        Table targetTable = new Table("target", "limit", "measured", "verdict");
        for (Target target : targets()) {
            targetTable.row(target.name(), target.limit(), target.measured(), target.verdict());
        }
        targetTable.print(out);
    }

    private void printSuite(PrintStream out) {
        out.println();
        out.println("Whole suite");
        Table suite = new Table("run", "process", "JUnit", "passed", "failed", "builds", "cached used",
                "new images", "containers", "execs", "peak RSS", "heap peak");
        for (SuitePhase phase : new SuitePhase[] {cold, warm, staticSuite}) {
            if (phase == null) {
                continue;
            }
            Results.SuiteRun run = phase.result();
            if (run == null) {
                suite.row(phase.outcome().log().getFileName().toString(), seconds(phase.outcome().wallMillis()),
                        "not measured: " + phase.outcome().describe(), "", "", "", "", "", "", "", "", "");
                continue;
            }
            suite.row(run.label(), seconds(phase.outcome().wallMillis()), seconds(run.wallMillis()),
                    String.valueOf(run.tests().succeeded()), String.valueOf(run.tests().failed() + run.tests().aborted()),
                    String.valueOf(run.builds().size()), String.valueOf(run.cachedImagesUsed()),
                    String.valueOf(run.newCacheImages().size()), String.valueOf(run.engine().containersCreated()),
                    String.valueOf(run.engine().execsCreated()), megabytes(run.memory().peakResidentBytes()),
                    megabytes(run.memory().heapPeakBytes()));
        }
        suite.print(out);
        out.println("process: the whole JVM. JUnit: the Launcher's run. builds: image builds started, failed ones"
                + " included, from the kit's log.");
        out.println("cached used: images found in the engine and used without a build. new images: cache images in"
                + " the engine after the run that were not there before.");
        for (SuitePhase phase : new SuitePhase[] {cold, warm, staticSuite}) {
            if (phase != null && phase.result() != null && phase.result().otherKitContainers() > 0) {
                out.printf("NOTE: other runs of the kit created %d containers during the %s run, so its times are"
                        + " disturbed and its new images may include theirs.%n", phase.result().otherKitContainers(),
                        phase.result().label());
            }
        }
        if (warm == null || warm.result() == null) {
            return;
        }
        if (!warm.result().builds().isEmpty()) {
            out.println("Builds of the warm run: " + String.join(", ", warm.result().builds()));
        }
        out.println();
        out.println("Slowest tests of the warm run");
        Table slowest = new Table("test", "wall time");
        warm.result().slowestTests().forEach(test -> slowest.row(test.test(), seconds(test.wallMillis())));
        slowest.print(out);
    }

    private void printClaimGroups(PrintStream out) {
        Map<String, String[]> groups = new LinkedHashMap<>();
        addGroups(groups, cold, 0);
        addGroups(groups, warm, 1);
        if (groups.isEmpty()) {
            return;
        }
        out.println();
        out.println("Claim groups (wall time of each test class, its image builds included)");
        Table table = new Table("claim group", "cold", "warm");
        groups.forEach((name, times) -> table.row(name, times[0], times[1]));
        table.print(out);
    }

    private static void addGroups(Map<String, String[]> groups, SuitePhase phase, int column) {
        if (phase == null || phase.result() == null) {
            return;
        }
        for (Results.ClaimGroup group : phase.result().claimGroups()) {
            String[] times = groups.computeIfAbsent(group.testClass(), name -> new String[] {"", ""});
            times[column] = seconds(group.wallMillis()) + (group.failed() > 0 ? " (" + group.failed() + " failed)" : "");
        }
    }

    private void printStaticChecks(PrintStream out) {
        out.println();
        out.println("Static claims of " + image);
        Table table = new Table("measure", "value");
        if (staticSuite != null && staticSuite.result() != null) {
            Results.SuiteRun run = staticSuite.result();
            table.row("static claim tests of the suite", run.tests().succeeded() + " passed, "
                    + (run.tests().failed() + run.tests().aborted()) + " failed, " + seconds(run.wallMillis()));
            table.row("their claims", String.join(", ", run.claims()));
            table.row("their containers and execs, by image", perImage(run.engine()));
        }
        if (cost != null) {
            table.row("container start to verdict, warm JVM", millisRange(cost.startToVerdictMillis()));
            table.row("container stop and removal after it", millisRange(cost.stopMillis()));
            table.row("containers and execs of those cycles", cost.engine().containersCreated() + " containers, "
                    + cost.engine().execsCreated() + " execs for " + cost.startToVerdictMillis().size() + " cycles");
            table.row("probe with " + StaticCheckCostBenchmark.FEW + " extra paths",
                    millisRange(cost.probeMillisFewPaths()));
            table.row("probe with " + StaticCheckCostBenchmark.MANY + " extra paths",
                    millisRange(cost.probeMillisManyPaths()));
            table.row("one more path in the probe", String.format("%.3f ms", probeMillisPerPath()));
            table.row("one more check in memory", String.format("%.2f us", assertionMillisPerCheck() * 1000));
        } else if (costOutcome != null) {
            table.row("static check cost", "not measured: " + costOutcome.describe());
        }
        if (comparison != null && !comparison.kit().isEmpty()) {
            List<Results.StaticClaimsRun> kitRuns = comparison.kit().stream().map(ComparisonWithTestinfra.Sample::kitRun)
                    .filter(run -> run != null).toList();
            if (!kitRuns.isEmpty()) {
                table.row("container start to verdict, new JVM", millisRange(values(kitRuns,
                        Results.StaticClaimsRun::startToVerdictMillis)));
                table.row("  of which container start", millisRange(values(kitRuns,
                        Results.StaticClaimsRun::containerStartMillis)));
                table.row("  of which probe", millisRange(values(kitRuns, Results.StaticClaimsRun::probeMillis)));
                table.row("  of which judging " + comparison.facts() + " facts",
                        millisRange(values(kitRuns, Results.StaticClaimsRun::judgeMillis)));
                table.row("JVM start to main, new JVM", millisRange(values(kitRuns,
                        run -> (double) run.jvmStartToMainMillis())));
            }
        }
        table.print(out);
    }

    private void printComparison(PrintStream out) {
        if (comparison == null) {
            return;
        }
        out.println();
        out.printf("Static claims as a whole process: kit and pytest-testinfra, %d facts, %d timed runs each%n",
                comparison.facts(), runs);
        Table table = new Table("side", "median", "min", "max", "containers per run", "execs per run", "facts passed");
        side(table, "kit (starts its own container)", comparison.kit());
        side(table, "testinfra (container already running)", comparison.testinfra());
        side(table, "testinfra with docker run and rm", comparison.testinfraWithContainer());
        table.print(out);
        if (!comparison.kit().isEmpty() && !comparison.testinfra().isEmpty()) {
            double kit = ComparisonWithTestinfra.Result.medianMillis(comparison.kit());
            out.printf("testinfra takes %.1fx the kit's time (%.1fx with docker run and rm)%n",
                    ComparisonWithTestinfra.Result.medianMillis(comparison.testinfra()) / kit,
                    comparison.testinfraWithContainer().isEmpty() ? Double.NaN
                            : ComparisonWithTestinfra.Result.medianMillis(comparison.testinfraWithContainer()) / kit);
        }
        if (comparison.allPassed()) {
            out.printf("Both sides checked the same %d facts and passed them in every run (exit 0).%n",
                    comparison.facts());
        } else {
            out.println("NOT every run passed, so the comparison is not valid:");
            comparison.failures().forEach(failure -> out.println("  " + failure));
        }
        if (crossCheck != null) {
            out.printf("Cross-check on %s: the kit failed %d facts (exit %d), testinfra %d (exit %d)%s%n",
                    crossCheck.image(), crossCheck.kitFailed().size(), crossCheck.kitExitCode(),
                    crossCheck.testinfraFailed().size(), crossCheck.testinfraExitCode(),
                    crossCheck.sameFailures() ? ", the same ones: " + String.join(", ", crossCheck.kitFailed())
                            : ", NOT the same ones, so the comparison is not valid:\n  kit: " + crossCheck.kitFailed()
                                    + "\n  testinfra: " + crossCheck.testinfraFailed());
        }
    }

    private static void side(Table table, String name, List<ComparisonWithTestinfra.Sample> samples) {
        if (samples.isEmpty()) {
            table.row(name, "not measured", "", "", "", "", "");
            return;
        }
        List<Double> millis = samples.stream().map(ComparisonWithTestinfra.Sample::wallMillis).toList();
        table.row(name, seconds(Stats.median(millis)), seconds(Stats.min(millis)), seconds(Stats.max(millis)),
                range(samples, sample -> sample.engine().containersCreated()),
                range(samples, sample -> sample.engine().execsCreated()),
                range(samples, ComparisonWithTestinfra.Sample::factsPassed));
    }

    /** Returns the JSON form: every figure, the raw samples and the targets. */
    Map<String, Object> toJson() {
        Map<String, Object> json = Results.ordered();
        json.put("date", date.toString());
        json.put("machine", machine);
        json.put("image", image);
        Map<String, Object> suite = Results.ordered();
        suite.put("cold", phaseJson(cold));
        suite.put("warm", phaseJson(warm));
        json.put("suite", suite);

        Map<String, Object> staticClaims = Results.ordered();
        staticClaims.put("suiteRun", phaseJson(staticSuite));
        if (cost != null) {
            Map<String, Object> costJson = Results.ordered();
            costJson.put("startToVerdictMedianMillis", Stats.median(cost.startToVerdictMillis()));
            costJson.put("probeMillisPerExtraPath", probeMillisPerPath());
            costJson.put("assertionMillisPerExtraCheck", assertionMillisPerCheck());
            costJson.put("samples", cost);
            staticClaims.put("cost", costJson);
        }
        json.put("staticClaims", staticClaims);

        if (comparison != null) {
            Map<String, Object> comparisonJson = Results.ordered();
            comparisonJson.put("facts", comparison.facts());
            comparisonJson.put("allRunsPassed", comparison.allPassed());
            comparisonJson.put("failures", comparison.failures());
            comparisonJson.put("kit", sideJson(comparison.kit()));
            comparisonJson.put("testinfra", sideJson(comparison.testinfra()));
            comparisonJson.put("testinfraWithDockerRunAndRm", sideJson(comparison.testinfraWithContainer()));
            comparisonJson.put("crossCheck", crossCheck);
            comparisonJson.put("crossCheckSameFailures", crossCheck != null && crossCheck.sameFailures());
            json.put("testinfraComparison", comparisonJson);
        }
        json.put("targets", targets());
        return json;
    }

    private static Map<String, Object> phaseJson(SuitePhase phase) {
        if (phase == null) {
            return null;
        }
        Map<String, Object> json = Results.ordered();
        json.put("processMillis", phase.outcome().wallMillis());
        json.put("exitCode", phase.outcome().exitCode());
        json.put("timedOut", phase.outcome().timedOut());
        json.put("log", phase.outcome().log().toString());
        json.put("run", phase.result());
        return json;
    }

    private static Map<String, Object> sideJson(List<ComparisonWithTestinfra.Sample> samples) {
        Map<String, Object> json = Results.ordered();
        if (!samples.isEmpty()) {
            json.put("medianMillis", ComparisonWithTestinfra.Result.medianMillis(samples));
        }
        json.put("samples", samples);
        return json;
    }

    /**
     * Describes the builds of a run, and the new images in the engine where they are not all
     * among those builds.
     */
    private static String describeBuilds(Results.SuiteRun run) {
        StringBuilder text = new StringBuilder(run.builds().size() + " builds, " + run.newCacheImages().size()
                + " new images");
        List<String> unexplained = run.newCacheImages().stream().filter(name -> !run.builds().contains(name)).toList();
        if (!unexplained.isEmpty()) {
            text.append(run.otherKitContainers() > 0 ? " (other kit runs were active)"
                    : " (" + unexplained.size() + " not in the kit's log)");
        }
        return text.toString();
    }

    /** Describes the containers and execs of each image, by repository without the tag. */
    private static String perImage(EngineEvents.Counts counts) {
        Map<String, int[]> byRepository = new TreeMap<>();
        counts.containersByImage().forEach((name, containers) ->
                byRepository.computeIfAbsent(repository(name), key -> new int[2])[0] += containers);
        counts.execsByImage().forEach((name, execs) ->
                byRepository.computeIfAbsent(repository(name), key -> new int[2])[1] += execs);
        List<String> parts = new ArrayList<>();
        byRepository.forEach((name, pair) -> parts.add(String.format("%s: %d container%s, %d exec%s",
                name, pair[0], pair[0] == 1 ? "" : "s", pair[1], pair[1] == 1 ? "" : "s")));
        return String.join("; ", parts);
    }

    private static String repository(String image) {
        int colon = image.lastIndexOf(':');
        return colon > image.lastIndexOf('/') ? image.substring(0, colon) : image;
    }

    private static List<Double> values(List<Results.StaticClaimsRun> runs,
            Function<Results.StaticClaimsRun, Double> value) {
        return runs.stream().map(value).toList();
    }

    private static String millisRange(List<Double> values) {
        return String.format("%.0f ms (min %.0f, max %.0f, n=%d)", Stats.median(values), Stats.min(values),
                Stats.max(values), values.size());
    }

    private static String range(List<ComparisonWithTestinfra.Sample> samples,
            Function<ComparisonWithTestinfra.Sample, Integer> value) {
        int min = samples.stream().map(value).min(Integer::compare).orElse(0);
        int max = samples.stream().map(value).max(Integer::compare).orElse(0);
        return min == max ? String.valueOf(min) : min + "-" + max;
    }

    private static String seconds(double millis) {
        return String.format("%.2f s", millis / 1000);
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "unknown" : String.format("%d MB", bytes / (1024 * 1024));
    }

    /**
     * A suite phase: its process and, when it finished, its result.
     *
     * @param outcome the process
     * @param result the result it wrote, null when it failed or timed out
     */
    record SuitePhase(ChildProcess.Outcome outcome, Results.SuiteRun result) {
    }

    /**
     * A target and whether the figures meet it.
     *
     * @param name the target
     * @param limit what meets it
     * @param measured the figure
     * @param met true when met, false when missed, null when not measured
     */
    record Target(String name, String limit, String measured, Boolean met) {

        static Target notMeasured(String name, String limit) {
            return new Target(name, limit, "not measured", null);
        }

        String verdict() {
            if (met == null) {
                return "NOT MEASURED";
            }
            return met ? "met" : "MISSED";
        }
    }

    /** A plain-text table with columns as wide as their widest cell. */
    private static final class Table {

        private final List<String[]> rows = new ArrayList<>();

        Table(String... header) {
            rows.add(header);
        }

        void row(String... cells) {
            rows.add(cells);
        }

        void print(PrintStream out) {
            int columns = rows.get(0).length;
            int[] widths = new int[columns];
            for (String[] row : rows) {
                for (int i = 0; i < columns; i++) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < columns; i++) {
                    line.append(String.format("%-" + widths[i] + "s", rows.get(r)[i]));
                    if (i < columns - 1) {
                        line.append("  ");
                    }
                }
                out.println(line.toString().stripTrailing());
                if (r == 0) {
                    out.println("-".repeat(line.toString().stripTrailing().length()));
                }
            }
        }
    }
}
