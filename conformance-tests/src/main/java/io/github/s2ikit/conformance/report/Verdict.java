package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * The verdict of a test or of a claim in the conformance report.
 */
public enum Verdict {

    /** Every check passed. */
    PASSED,

    /** A check failed: the image does not behave as the claim states. */
    FAILED,

    /**
     * The verdict is unknown: a test threw an error other than an assertion failure, was aborted or
     * skipped, never started, or the claim has no test or an id missing from the catalogue.
     */
    ERROR;

    /**
     * Returns the lower-case name used in the report files, for example {@code passed}.
     */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
