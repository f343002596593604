package io.github.s2ikit.conformance.report;

import org.junit.platform.launcher.TestIdentifier;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * The state the listener collects for one test: its claim id, evidence, verdict and duration.
 *
 * <p>Each field is written by the thread that reports the matching event and read by the thread
 * that writes the report, so the fields are volatile and the evidence is a concurrent queue.
 */
final class TestRecord {

    private final TestIdentifier identifier;
    private final String name;
    private final long order;
    private final Queue<String> evidence = new ConcurrentLinkedQueue<>();

    private volatile String claimId;
    private volatile long startNanos;
    private volatile boolean started;
    private volatile long durationMillis;
    private volatile Verdict verdict;
    private volatile boolean hasDynamicChildren;

    /**
     * Creates a record.
     *
     * @param identifier the test, or the test template whose invocations verify the claim
     * @param name the name shown in the report
     * @param order the position in discovery order, to list a claim's tests in a stable order
     * @param claimId the claim id, or {@code null} while the test is not known to verify a claim
     */
    TestRecord(TestIdentifier identifier, String name, long order, String claimId) {
        this.identifier = identifier;
        this.name = name;
        this.order = order;
        this.claimId = claimId;
    }

    TestIdentifier identifier() {
        return identifier;
    }

    String name() {
        return name;
    }

    long order() {
        return order;
    }

    String claimId() {
        return claimId;
    }

    /**
     * Sets the claim id unless one is already set.
     *
     * @return the claim id in effect afterwards
     */
    synchronized String claimIfUnset(String id) {
        if (claimId == null) {
            claimId = id;
        }
        return claimId;
    }

    void addEvidence(String item) {
        evidence.add(item);
    }

    List<String> evidence() {
        return List.copyOf(evidence);
    }

    void started() {
        startNanos = System.nanoTime();
        started = true;
    }

    boolean hasStarted() {
        return started;
    }

    /**
     * Records the verdict and, when the test started, the time since its start.
     */
    void finished(Verdict verdict) {
        // System.nanoTime() may be negative, so a flag, not a sentinel value, marks the start.
        if (started) {
            durationMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        }
        this.verdict = verdict;
    }

    /**
     * Gives the test the verdict {@code error} and adds the reason to its evidence, for a test that
     * was skipped, never started or never finished.
     */
    void notRun(String reason) {
        evidence.add(reason);
        verdict = Verdict.ERROR;
    }

    /**
     * Returns the verdict, or {@code null} while the test has neither finished nor been skipped.
     */
    Verdict verdict() {
        return verdict;
    }

    long durationMillis() {
        return durationMillis;
    }

    /**
     * Marks this record as a test template (such as a parameterized test) whose invocations have
     * records of their own, so that the template itself is left out of the report.
     */
    void markDynamicChildren() {
        hasDynamicChildren = true;
    }

    boolean hasDynamicChildren() {
        return hasDynamicChildren;
    }
}
