package io.github.s2ikit.conformance.benchmark;

import io.github.s2ikit.container.ImageContainer;
import io.github.s2ikit.docker.KitLabels;
import io.github.s2ikit.facts.ContainerFacts;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Checks the static facts of {@link StaticFacts} on an image the way the suite does, as one whole
 * process: start one idle container of the image, read its facts with one probe {@code exec},
 * judge the facts in memory, remove the container. This is the kit's side of the comparison with
 * pytest-testinfra, so {@link Benchmark} times the whole process, JVM start included.
 *
 * <p>Arguments: {@code IMAGE RESULT_FILE}. Prints each failed fact with the assertion's message,
 * and exits with 0 when every fact holds, 1 when one fails.
 */
public final class StaticClaimsBenchmark {

    private StaticClaimsBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("Expected the arguments IMAGE RESULT_FILE, got " + List.of(args));
        }
        long mainNanos = System.nanoTime();
        long jvmStartToMain = ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis())
                .orElse(-1L);
        String image = args[0];
        Path resultFile = Path.of(args[1]);

        long containerStart = System.nanoTime();
        ContainerFacts facts;
        long probeStart;
        long judgeStart;
        Map<String, String> failures;
        long stopStart;
        try (ImageContainer container = ImageContainer.start(image)) {
            probeStart = System.nanoTime();
            facts = container.probe(StaticFacts.request());
            judgeStart = System.nanoTime();
            failures = StaticFacts.failures(facts);
            stopStart = System.nanoTime();
        }
        long stopEnd = System.nanoTime();

        int checked = StaticFacts.checks().size();
        Results.write(resultFile, new Results.StaticClaimsRun(KitLabels.SESSION_ID, checked, failures, jvmStartToMain,
                millis(probeStart - containerStart), millis(judgeStart - probeStart), millis(stopStart - judgeStart),
                millis(stopEnd - stopStart)));
        failures.forEach((id, message) -> System.out.println("FAILED " + id + ": " + message));
        System.out.printf("%d of %d facts hold in %s (%.0f ms in main)%n", checked - failures.size(), checked, image,
                millis(System.nanoTime() - mainNanos));
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
