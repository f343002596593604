package io.github.s2ikit.junit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * The evidence a test gathers for its claim: the observed values, as text, in the order found.
 *
 * <p>Each record is published as a JUnit report entry ({@link ReportEntryKeys#EVIDENCE}), so the
 * conformance report shows it whether the claim passed or failed.
 */
public final class ClaimEvidence {

    private final Consumer<String> publisher;
    private final List<String> records = Collections.synchronizedList(new ArrayList<>());

    ClaimEvidence(Consumer<String> publisher) {
        this.publisher = publisher;
    }

    /**
     * Records one observation, for example {@code "uid 1001, gid 0 on the minimal image"}.
     */
    public ClaimEvidence record(String observation) {
        records.add(observation);
        publisher.accept(observation);
        return this;
    }

    /**
     * Records one observed value under a label, as {@code label: value}.
     */
    public ClaimEvidence record(String label, Object value) {
        return record(label + ": " + value);
    }

    /** Returns what was recorded so far. */
    public List<String> records() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }
}
