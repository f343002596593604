package io.github.s2ikit.conformance.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The results that each benchmark program writes as JSON for {@link Benchmark}, which runs them
 * as separate processes and reads them back.
 */
final class Results {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Results() {
    }

    /** Writes a value as indented JSON, creating the file's folder. */
    static void write(Path file, Object value) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            JSON.writeValue(file.toFile(), value);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /** Reads a value written by {@link #write(Path, Object)}. */
    static <T> T read(Path file, Class<T> type) {
        try {
            return JSON.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /**
     * One run of the suite, or of part of it, in one JVM ({@link SuiteRunBenchmark}).
     *
     * @param label {@code cold}, {@code warm} or {@code static}
     * @param selection which tests ran
     * @param claims the claim ids of the tests that ran, from their {@code @Claim}
     * @param wallMillis the wall time of the JUnit run, from discovery to the last test's end
     * @param tests the tests that succeeded, failed, aborted and were skipped
     * @param claimGroups the wall time of each test class, in the order they ran
     * @param slowestTests the slowest tests, slowest first
     * @param imagesRemovedBefore the cache images removed before the run, for a cold run
     * @param imagesNotRemovedBefore the cache images that could not be removed, with the reason
     * @param builds the image builds the run started, from the kit's log, failed ones included
     * @param cachedImagesUsed how many images the run found cached instead of building them
     * @param newCacheImages the cache images in the engine after the run that were not there
     *     before. On an engine shared with other runs of the kit, these include theirs.
     * @param engine the containers and execs of this run, from the engine's events
     * @param otherKitContainers containers that other runs of the kit created meanwhile. When it is
     *     not zero, the engine was shared, and {@code newCacheImages} may include their images.
     * @param memory the JVM's peak memory at the end of the run
     */
    record SuiteRun(String label, String selection, List<String> claims, long wallMillis, TestCounts tests,
            List<ClaimGroup> claimGroups, List<TestTime> slowestTests, List<String> imagesRemovedBefore,
            List<String> imagesNotRemovedBefore, List<String> builds, int cachedImagesUsed, List<String> newCacheImages,
            EngineEvents.Counts engine, int otherKitContainers, ProcessMemory memory) {
    }

    /**
     * Test outcomes.
     *
     * @param succeeded tests that passed
     * @param failed tests that failed
     * @param aborted tests aborted by an assumption
     * @param skipped tests skipped, for example disabled ones
     */
    record TestCounts(int succeeded, int failed, int aborted, int skipped) {
    }

    /**
     * One test class of the suite: a claim group.
     *
     * @param testClass the class's simple name
     * @param wallMillis from the class's start to its end, its own setup included
     * @param tests how many of its tests ran
     * @param failed how many of those failed
     */
    record ClaimGroup(String testClass, long wallMillis, int tests, int failed) {
    }

    /**
     * The wall time of one test.
     *
     * @param test the test class's simple name and the test's display name
     * @param wallMillis from the test's start to its end, its parameters' setup included
     */
    record TestTime(String test, long wallMillis) {
    }

    /**
     * One process of {@link StaticClaimsBenchmark}: the kit's side of the testinfra comparison.
     *
     * @param sessionId the kit's session id in that JVM, which labels its container
     * @param facts how many facts were checked
     * @param failures the id of each fact that failed, with the assertion's message
     * @param jvmStartToMainMillis from the JVM's start to the benchmark's {@code main}
     * @param containerStartMillis starting the container
     * @param probeMillis the probe's one {@code exec}
     * @param judgeMillis checking the facts in memory
     * @param stopMillis stopping and removing the container
     */
    record StaticClaimsRun(String sessionId, int facts, Map<String, String> failures, long jvmStartToMainMillis,
            double containerStartMillis, double probeMillis, double judgeMillis, double stopMillis) {

        /** Returns the time from the container's start to the verdict. */
        double startToVerdictMillis() {
            return containerStartMillis + probeMillis + judgeMillis;
        }
    }

    /**
     * The cost of static checks in one warm JVM ({@link StaticCheckCostBenchmark}).
     *
     * @param startToVerdictMillis each cycle of container start, probe and judging the 29 facts
     * @param stopMillis stopping and removing the container of each cycle
     * @param probeMillisFewPaths each probe with {@value StaticCheckCostBenchmark#FEW} extra paths
     * @param probeMillisManyPaths each probe with {@value StaticCheckCostBenchmark#MANY} extra paths
     * @param assertNanosFewChecks each batch of {@value StaticCheckCostBenchmark#FEW} file checks, per batch
     * @param assertNanosManyChecks each batch of {@value StaticCheckCostBenchmark#MANY} file checks, per batch
     * @param engine the containers and execs of the start-to-verdict cycles, from the engine's events
     */
    record StaticCheckCost(List<Double> startToVerdictMillis, List<Double> stopMillis,
            List<Double> probeMillisFewPaths, List<Double> probeMillisManyPaths,
            List<Double> assertNanosFewChecks, List<Double> assertNanosManyChecks,
            EngineEvents.Counts engine) {
    }

    /**
     * Returns a map that keeps the order of its keys, for the report's JSON.
     */
    static Map<String, Object> ordered() {
        return new java.util.LinkedHashMap<>();
    }
}
