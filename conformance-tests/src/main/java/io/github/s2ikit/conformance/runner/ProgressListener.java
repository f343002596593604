package io.github.s2ikit.conformance.runner;

import io.github.s2ikit.conformance.report.Durations;
import io.github.s2ikit.conformance.report.Verdict;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Prints a few lines of progress while the suite runs and collects the verdict of each claim.
 *
 * <p>It prints one line when a claim group (a test class) starts, one when it finishes with its
 * duration and counts, and one for each claim test that does not pass. While a test runs and the
 * listener has printed nothing for {@link #HEARTBEAT} or more, it prints one line that names the
 * test and how long it has run, so that a CI job that stops silent jobs does not stop this one.
 * Each line starts with the time of day, as the kit's log lines do, so that both read as one log.
 *
 * <p>A claim's verdict follows the report's rules: {@code failed} when any of its tests failed an
 * assertion, else {@code error} when any test threw another exception, was aborted or skipped, or
 * never ran, else {@code passed}.
 */
final class ProgressListener implements TestExecutionListener {

    /** The maximum length of a failure message in a progress line, in characters. */
    static final int MESSAGE_WIDTH = 160;

    /** How long the listener stays silent while a test runs before it prints a heartbeat line. */
    static final Duration HEARTBEAT = Duration.ofMinutes(1);

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final PrintStream out;
    private final Clock clock;
    private final Set<String> selectedClaims;

    private final Map<String, Verdict> verdictsByClaim = new LinkedHashMap<>();
    private final Map<String, Instant> groupStarts = new HashMap<>();
    private final Map<String, RunningTest> runningTests = new LinkedHashMap<>();
    private TestPlan plan;
    private Instant runStart;
    private Instant lastLine;
    private ScheduledExecutorService ticker;

    /**
     * Creates a listener.
     *
     * @param out where to print the progress lines
     * @param clock the source of the time of day and of durations
     * @param selectedClaims the ids of the selected claims, each of which gets a verdict even when
     *     no test of it ran
     */
    ProgressListener(PrintStream out, Clock clock, Set<String> selectedClaims) {
        this.out = out;
        this.clock = clock;
        this.selectedClaims = new LinkedHashSet<>(selectedClaims);
    }

    @Override
    public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        runStart = clock.instant();
        lastLine = runStart;
        verdictsByClaim.clear();
        groupStarts.clear();
        runningTests.clear();

        ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "s2ikit-runner-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::heartbeat, 10, 10, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
        runningTests.clear();
    }

    /**
     * Prints one line about the longest-running test when the listener has printed nothing for
     * {@link #HEARTBEAT} or more, and nothing otherwise.
     */
    synchronized void heartbeat() {
        Instant now = clock.instant();
        if (runningTests.isEmpty() || lastLine == null || Duration.between(lastLine, now).compareTo(HEARTBEAT) < 0) {
            return;
        }
        RunningTest oldest = runningTests.values().iterator().next();
        print(oldest.name() + " still running after " + format(Duration.between(oldest.start(), now)));
    }

    @Override
    public synchronized void executionStarted(TestIdentifier identifier) {
        if (identifier.isTest()) {
            String name = ClaimFilter.claimOf(identifier.getSource())
                    .map(claim -> claim + " (" + identifier.getDisplayName() + ")")
                    .orElse(identifier.getDisplayName());
            runningTests.put(identifier.getUniqueId(), new RunningTest(name, clock.instant()));
        }
        if (!isClaimGroup(identifier)) {
            return;
        }
        groupStarts.put(identifier.getUniqueId(), clock.instant());
        int claims = claimsUnder(identifier).size();
        print(identifier.getDisplayName() + " started: " + claims + (claims == 1 ? " claim" : " claims"));
    }

    @Override
    public synchronized void executionSkipped(TestIdentifier identifier, String reason) {
        String because = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
        for (String claim : claimsUnder(identifier)) {
            record(claim, Verdict.ERROR);
        }
        if (isClaimGroup(identifier) || identifier.isTest()) {
            print(identifier.getDisplayName() + " skipped: " + shorten(because));
        }
    }

    @Override
    public synchronized void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        runningTests.remove(identifier.getUniqueId());
        Optional<String> claim = ClaimFilter.claimOf(identifier.getSource());
        if (identifier.isTest() && claim.isPresent()) {
            Verdict verdict = verdictOf(result);
            record(claim.get(), verdict);
            if (verdict == Verdict.FAILED) {
                print(claim.get() + " failed: " + shorten(messageOf(result)));
            } else if (verdict == Verdict.ERROR) {
                print(claim.get() + " ended with an error: " + shorten(messageOf(result)));
            }
        }
        if (isClaimGroup(identifier)) {
            groupFinished(identifier, result);
        }
    }

    private void groupFinished(TestIdentifier group, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            print(group.getDisplayName() + " failed: " + shorten(messageOf(result)));
        }
        int passed = 0;
        int failed = 0;
        int error = 0;
        for (String claim : claimsUnder(group)) {
            switch (verdictsByClaim.getOrDefault(claim, Verdict.ERROR)) {
                case PASSED -> passed++;
                case FAILED -> failed++;
                case ERROR -> error++;
            }
        }
        Instant start = groupStarts.getOrDefault(group.getUniqueId(), runStart);
        print(group.getDisplayName() + " finished in " + format(Duration.between(start, clock.instant())) + ": "
                + passed + " passed, " + failed + " failed, " + error + " error");
    }

    /**
     * Returns the verdict of every selected claim, in selection order, followed by the claims of
     * tests that ran without being selected. A selected claim without a finished test is
     * {@code error}.
     */
    synchronized RunResult result() {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        for (String claim : selectedClaims) {
            verdicts.put(claim, verdictsByClaim.getOrDefault(claim, Verdict.ERROR));
        }
        verdictsByClaim.forEach(verdicts::putIfAbsent);
        Duration took = runStart == null ? Duration.ZERO : Duration.between(runStart, clock.instant());
        return new RunResult(verdicts, took);
    }

    private void record(String claim, Verdict verdict) {
        verdictsByClaim.merge(claim, verdict, ProgressListener::worse);
    }

    private static Verdict worse(Verdict first, Verdict second) {
        if (first == Verdict.FAILED || second == Verdict.FAILED) {
            return Verdict.FAILED;
        }
        return first == Verdict.ERROR || second == Verdict.ERROR ? Verdict.ERROR : Verdict.PASSED;
    }

    /**
     * Returns whether the identifier is a test class: a container whose source is a class.
     */
    private static boolean isClaimGroup(TestIdentifier identifier) {
        return identifier.isContainer() && identifier.getSource().filter(ClassSource.class::isInstance).isPresent();
    }

    /**
     * Returns the claim ids of the tests under the identifier, or of the identifier itself.
     */
    private Set<String> claimsUnder(TestIdentifier identifier) {
        Set<String> claims = new LinkedHashSet<>();
        ClaimFilter.claimOf(identifier.getSource()).ifPresent(claims::add);
        if (plan != null) {
            for (TestIdentifier descendant : plan.getDescendants(identifier)) {
                ClaimFilter.claimOf(descendant.getSource()).ifPresent(claims::add);
            }
        }
        return claims;
    }

    private static Verdict verdictOf(TestExecutionResult result) {
        return switch (result.getStatus()) {
            case SUCCESSFUL -> Verdict.PASSED;
            case FAILED -> result.getThrowable().orElse(null) instanceof AssertionError ? Verdict.FAILED : Verdict.ERROR;
            case ABORTED -> Verdict.ERROR;
        };
    }

    private static String messageOf(TestExecutionResult result) {
        Optional<Throwable> throwable = result.getThrowable();
        if (throwable.isEmpty()) {
            return result.getStatus() == TestExecutionResult.Status.ABORTED ? "aborted" : "no exception";
        }
        String message = throwable.get().getMessage();
        String type = throwable.get().getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return type;
        }
        return throwable.get() instanceof AssertionError ? message : type + ": " + message;
    }

    /**
     * Joins the lines of a message with spaces and cuts it to {@value #MESSAGE_WIDTH} characters,
     * so that one failure takes one line of the log. The report has the full message.
     */
    static String shorten(String message) {
        String line = message.strip().replaceAll("\\s+", " ");
        return line.length() <= MESSAGE_WIDTH ? line : line.substring(0, MESSAGE_WIDTH - 3) + "...";
    }

    /**
     * Prints a line in the format of the progress lines, such as the plan of the run before it starts.
     */
    void announce(String message) {
        print(message);
    }

    private synchronized void print(String message) {
        lastLine = clock.instant();
        out.println(LocalTime.ofInstant(lastLine, clock.getZone()).format(TIME_OF_DAY) + " " + message);
        out.flush();
    }

    /** A test that started and has not finished, with the name a progress line gives it. */
    private record RunningTest(String name, Instant start) {
    }

    /**
     * Formats a duration for people: {@code 350 ms}, {@code 4.2 s}, {@code 3 min 05 s}.
     */
    static String format(Duration duration) {
        return Durations.format(duration.toMillis());
    }
}
