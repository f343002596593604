package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One row of the conformance report: a claim, its verdict and the evidence behind it.
 *
 * @param id the claim id
 * @param group the catalogue section of the claim, or {@code null} when the id is not in the
 *     catalogue
 * @param statement the documented behaviour, or {@code null} when the id is not in the catalogue
 * @param verdict {@code failed} if any test failed, else {@code error} if any test erred, was
 *     skipped or never started, else {@code passed}
 * @param evidence the evidence items of the claim's tests, separated by line breaks, or an empty
 *     string when there is none
 * @param durationMillis the sum of the durations of the claim's tests, in milliseconds
 * @param tests the claim's tests, in the order they were discovered
 */
@JsonPropertyOrder({"id", "group", "statement", "verdict", "evidence", "durationMillis", "tests"})
public record ClaimResult(
        String id,
        String group,
        String statement,
        Verdict verdict,
        String evidence,
        long durationMillis,
        List<TestResult> tests) {

    /**
     * Creates a claim result.
     *
     * @throws NullPointerException if {@code id}, {@code verdict}, {@code evidence} or
     *     {@code tests} is {@code null}
     */
    public ClaimResult {
        requireNonNull(id, "id");
        requireNonNull(verdict, "verdict");
        requireNonNull(evidence, "evidence");
        tests = List.copyOf(tests);
    }

    /**
     * Returns the first line of the evidence, or an empty string when there is no evidence.
     */
    public String firstEvidenceLine() {
        int end = evidence.indexOf('\n');
        return end < 0 ? evidence : evidence.substring(0, end);
    }
}
