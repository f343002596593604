package io.github.s2ikit.conformance.benchmark;

import static io.github.s2ikit.assertions.S2iAssertions.assertThat;

import io.github.s2ikit.container.ImageContainer;
import io.github.s2ikit.docker.ExecResult;
import io.github.s2ikit.docker.KitLabels;
import io.github.s2ikit.facts.ContainerFacts;
import io.github.s2ikit.facts.ProbeRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measures, in one warm JVM, what static checks of an image cost:
 *
 * <ul>
 *   <li>container start to verdict: start an idle container, probe it once and judge the 29 facts
 *       of {@link StaticFacts}, {@value #CYCLES} times, with the containers and execs counted from
 *       the engine's events;
 *   <li>the marginal cost of one more check in the probe: the probe with {@value #FEW} and with
 *       {@value #MANY} extra paths, {@value #PROBE_ROUNDS} times each, alternating. One more path
 *       costs the difference of the medians divided by {@code MANY - FEW};
 *   <li>the marginal cost of one more check in memory: {@code hasExecutableFile} on {@value #FEW}
 *       and on {@value #MANY} paths, in batches of {@value #BATCH} repetitions.
 * </ul>
 *
 * <p>Arguments: {@code IMAGE RESULT_FILE}. The extra paths are entries of {@code /usr/bin} in the
 * image, so the image needs at least {@value #MANY} of them.
 */
public final class StaticCheckCostBenchmark {

    static final int FEW = 5;
    static final int MANY = 50;

    private static final int CYCLES = 5;
    private static final int PROBE_ROUNDS = 15;
    static final int BATCH = 100;
    private static final int ASSERT_BATCHES = 200;

    private StaticCheckCostBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("Expected the arguments IMAGE RESULT_FILE, got " + List.of(args));
        }
        String image = args[0];
        Path resultFile = Path.of(args[1]);

        // One untimed cycle loads the classes and connects to the engine.
        startProbeAndJudge(image, new ArrayList<>(), new ArrayList<>());

        List<Double> startToVerdict = new ArrayList<>();
        List<Double> stop = new ArrayList<>();
        EngineEvents.Counts engine;
        try (EngineEvents events = EngineEvents.ofContainersLabelled(KitLabels.SESSION, KitLabels.SESSION_ID)) {
            for (int i = 0; i < CYCLES; i++) {
                startProbeAndJudge(image, startToVerdict, stop);
            }
            events.awaitQuiet();
            engine = EngineEvents.count(events.all(), event -> true);
        }

        List<Double> probeFew = new ArrayList<>();
        List<Double> probeMany = new ArrayList<>();
        List<Double> assertFew = new ArrayList<>();
        List<Double> assertMany = new ArrayList<>();
        try (ImageContainer container = ImageContainer.start(image)) {
            List<String> paths = usrBinEntries(container);
            timeProbes(container, paths, probeFew, probeMany);
            ContainerFacts facts = container.probe(StaticFacts.request().withPaths(paths));
            for (int i = 0; i < ASSERT_BATCHES; i++) {
                assertFew.add(timeAssertions(facts, paths.subList(0, FEW)));
                assertMany.add(timeAssertions(facts, paths));
            }
        }

        Results.StaticCheckCost cost = new Results.StaticCheckCost(startToVerdict, stop, probeFew, probeMany,
                assertFew, assertMany, engine);
        Results.write(resultFile, cost);
        System.out.printf("Start to verdict, median of %d: %.0f ms. Probe with %d and %d extra paths: %.1f and %.1f ms%n",
                CYCLES, Stats.median(startToVerdict), FEW, MANY, Stats.median(probeFew), Stats.median(probeMany));
        System.exit(0);
    }

    /**
     * Starts a container, probes it and judges the static facts. Adds the time from the start to
     * the verdict to one list, and the time to stop and remove the container to the other.
     *
     * @throws IllegalStateException when a fact does not hold, because then the image is not the
     *     reference minimal image that the facts describe
     */
    private static void startProbeAndJudge(String image, List<Double> startToVerdict, List<Double> stop) {
        long start = System.nanoTime();
        long verdict;
        Map<String, String> failures;
        try (ImageContainer container = ImageContainer.start(image)) {
            failures = StaticFacts.failures(container.probe(StaticFacts.request()));
            verdict = System.nanoTime();
        }
        long stopped = System.nanoTime();
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Static facts of " + image + " do not hold: " + failures.keySet());
        }
        startToVerdict.add((verdict - start) / 1e6);
        stop.add((stopped - verdict) / 1e6);
    }

    /**
     * Probes the container with {@value #FEW} and with {@value #MANY} extra paths, after three
     * untimed rounds, and adds each probe's milliseconds to the list of its size.
     */
    private static void timeProbes(ImageContainer container, List<String> paths, List<Double> probeFew,
            List<Double> probeMany) {
        ProbeRequest few = StaticFacts.request().withPaths(paths.subList(0, FEW));
        ProbeRequest many = StaticFacts.request().withPaths(paths);
        for (int i = 0; i < 3; i++) {
            container.probe(few);
            container.probe(many);
        }
        for (int i = 0; i < PROBE_ROUNDS; i++) {
            // Alternating the order spreads a trend in the machine's load over both sizes.
            if (i % 2 == 0) {
                probeFew.add(timeProbe(container, few));
                probeMany.add(timeProbe(container, many));
            } else {
                probeMany.add(timeProbe(container, many));
                probeFew.add(timeProbe(container, few));
            }
        }
    }

    private static double timeProbe(ImageContainer container, ProbeRequest request) {
        long start = System.nanoTime();
        container.probe(request);
        return (System.nanoTime() - start) / 1e6;
    }

    /** Returns the nanoseconds of {@value #BATCH} repetitions of one check per path. */
    private static double timeAssertions(ContainerFacts facts, List<String> paths) {
        long start = System.nanoTime();
        for (int i = 0; i < BATCH; i++) {
            for (String path : paths) {
                assertThat(facts).hasExecutableFile(path);
            }
        }
        return System.nanoTime() - start;
    }

    /** Returns the first {@value #MANY} executable files of {@code /usr/bin}, in name order. */
    private static List<String> usrBinEntries(ImageContainer container) {
        ExecResult result = container.exec("/bin/sh", "-c",
                "for f in /usr/bin/*; do [ -f \"$f\" ] && [ -x \"$f\" ] && echo \"$f\"; done | sort | head -n " + MANY);
        List<String> paths = result.stdout().lines().filter(line -> !line.isBlank()).toList();
        if (paths.size() < MANY) {
            throw new IllegalStateException("Expected at least " + MANY + " executable files in /usr/bin of "
                    + container.image() + ", found " + paths.size() + ": " + result.tail(5));
        }
        return paths;
    }
}
