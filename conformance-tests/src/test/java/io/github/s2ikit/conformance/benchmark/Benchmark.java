package io.github.s2ikit.conformance.benchmark;

import io.github.s2ikit.docker.SessionCleanup;
import io.github.s2ikit.platform.Platforms;
import io.github.s2ikit.reference.ReferenceImages;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark of the conformance suite on the reference platform: what the suite costs, cold
 * and warm, what its static claims cost, and how that compares with pytest-testinfra checking the
 * same facts. It prints a table with the targets, met or not, and writes {@code benchmark.json}.
 *
 * <p>Each measurement runs in its own process, started by this one:
 * <ol>
 *   <li>the cold run of the suite ({@link SuiteRunBenchmark} with {@code --cold}), after removing
 *       every cached variant image but the reference images;
 *   <li>the warm run, with everything cached;
 *   <li>the static claims of the suite alone, whose containers and execs the engine counts;
 *   <li>the cost of static checks in a warm JVM ({@link StaticCheckCostBenchmark});
 *   <li>the comparison with testinfra ({@link ComparisonWithTestinfra}), and a cross-check of both sides
 *       on the reference full image, which breaks some of the facts.
 * </ol>
 *
 * <p>Run it with {@code scripts/benchmark.sh}, which prepares the engine, testinfra and the
 * classpath. Options: {@code --out DIR} (default {@code target/benchmark}), {@code --runs N} (timed
 * runs of each side of the comparison, default 5), {@code --python PATH} (default
 * {@code /usr/bin/python3}), and {@code --skip-suite}, which leaves out the cold and the warm run
 * for a quick check of the rest. The working folder must be the {@code conformance-tests} module.
 */
public final class Benchmark {

    private static final Duration COLD_TIMEOUT = Duration.ofMinutes(120);
    private static final Duration WARM_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration STATIC_TIMEOUT = Duration.ofMinutes(10);

    private Benchmark() {
    }

    public static void main(String[] args) {
        Options options = Options.parse(args);
        Path module = Path.of("").toAbsolutePath();
        Path out = module.resolve(options.out());
        SessionCleanup.registerShutdownHook();

        Map<String, Object> machine = MachineInfo.collect(options.python(), module.getParent());
        String image = ReferenceImages.minimal(Platforms.REFERENCE).name();
        System.out.printf("Benchmark of the conformance suite on %s (%s cores), image %s%n", machine.get("cpu"),
                machine.get("cores"), image);

        BenchmarkReport report = new BenchmarkReport(Instant.now().truncatedTo(ChronoUnit.SECONDS), machine, image,
                options.runs());
        if (!options.skipSuite()) {
            report.cold(suiteRun("cold", List.of("--cold"), module, out, COLD_TIMEOUT));
            report.warm(suiteRun("warm", List.of(), module, out, WARM_TIMEOUT));
        }
        report.staticSuite(suiteRun("static", List.of("--static-claims"), module, out, STATIC_TIMEOUT));

        System.out.println("Measuring the cost of static checks in one JVM");
        Path costFile = out.resolve("static-check-cost.json");
        ChildProcess.Outcome cost = ChildProcess.java(StaticCheckCostBenchmark.class, List.of(),
                List.of(image, costFile.toString()), module, out.resolve("logs/static-check-cost.log"), STATIC_TIMEOUT);
        report.staticCheckCost(cost, cost.succeeded() ? Results.read(costFile, Results.StaticCheckCost.class) : null);

        System.out.printf("Comparing with pytest-testinfra: %d timed runs of each side%n", options.runs());
        ComparisonWithTestinfra comparison = new ComparisonWithTestinfra(image, options.python(),
                module.resolve("src/benchmark/test_static_claims.py"), module, out);
        report.comparison(comparison.run(options.runs()));
        String fullImage = ReferenceImages.full(Platforms.REFERENCE).name();
        System.out.println("Cross-checking both sides on " + fullImage + ", which has compilers and headers");
        report.crossCheck(comparison.crossCheck(fullImage));

        machine.put("loadAverageAtEnd", MachineInfo.loadAverage());
        report.print(System.out);
        Path json = out.resolve("benchmark.json");
        Results.write(json, report.toJson());
        System.out.println("Wrote " + json);
        System.exit(0);
    }

    /**
     * Runs the suite, or its static claims, in a new JVM with the system properties that Maven's
     * Surefire sets for the module, and returns the process's outcome with its result.
     */
    private static BenchmarkReport.SuitePhase suiteRun(String label, List<String> extraArgs, Path module, Path out,
            Duration timeout) {
        System.out.printf("Running the suite: %s run%n", label);
        Path resultFile = out.resolve("suite-" + label + ".json");
        List<String> args = new ArrayList<>(List.of("--label", label, "--out", resultFile.toString(),
                "--report-dir", out.resolve(label + "/conformance").toString()));
        args.addAll(extraArgs);
        List<String> properties = List.of(
                "conformance.packages.dir=" + module.resolve("target/python-packages"),
                "conformance.report.dir=" + out.resolve(label + "/conformance"));
        ChildProcess.Outcome outcome = ChildProcess.java(SuiteRunBenchmark.class, properties, args, module,
                out.resolve("logs/suite-" + label + ".log"), timeout);
        Results.SuiteRun run = outcome.succeeded() ? Results.read(resultFile, Results.SuiteRun.class) : null;
        if (run == null) {
            System.out.printf("  %s run failed (%s). Its last lines:%n", label, outcome.describe());
            List<String> lines = outcome.output().strip().lines().toList();
            lines.subList(Math.max(0, lines.size() - 5), lines.size()).forEach(line -> System.out.println("    " + line));
        } else {
            System.out.printf("  %s run: %.0f s, %s, builds: %d%n", label, outcome.wallMillis() / 1000,
                    run.tests(), run.builds().size());
        }
        return new BenchmarkReport.SuitePhase(outcome, run);
    }

    /**
     * The command-line options.
     *
     * @param out the output folder, relative to the module
     * @param runs timed runs of each side of the comparison
     * @param python the Python interpreter that has pytest and testinfra
     * @param skipSuite whether to leave out the cold and the warm run
     */
    private record Options(Path out, int runs, String python, boolean skipSuite) {

        static Options parse(String[] args) {
            Path out = Path.of("target/benchmark");
            int runs = 5;
            String python = "/usr/bin/python3";
            boolean skipSuite = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--out" -> out = Path.of(value(args, ++i, "--out"));
                    case "--runs" -> runs = positive(value(args, ++i, "--runs"));
                    case "--python" -> python = value(args, ++i, "--python");
                    case "--skip-suite" -> skipSuite = true;
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]
                            + ". Valid options: --out DIR, --runs N, --python PATH, --skip-suite");
                }
            }
            return new Options(out, runs, python, skipSuite);
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException("Missing value of option " + option);
            }
            return args[index];
        }

        private static int positive(String value) {
            try {
                int number = Integer.parseInt(value);
                if (number > 0) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // Reported below with the value.
            }
            throw new IllegalArgumentException(
                    "Invalid value '" + value + "' of --runs: expected a positive whole number");
        }
    }
}
