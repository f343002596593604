package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import static java.util.Objects.requireNonNull;

/**
 * The result of one test that verifies a claim.
 *
 * @param name the test's display name
 * @param verdict the test's verdict
 * @param durationMillis the time from the test's start to its finish, in milliseconds, or 0 when
 *     it never started
 */
@JsonPropertyOrder({"name", "verdict", "durationMillis"})
public record TestResult(String name, Verdict verdict, long durationMillis) {

    /**
     * Creates a test result.
     *
     * @throws NullPointerException if {@code name} or {@code verdict} is {@code null}
     */
    public TestResult {
        requireNonNull(name, "name");
        requireNonNull(verdict, "verdict");
    }
}
