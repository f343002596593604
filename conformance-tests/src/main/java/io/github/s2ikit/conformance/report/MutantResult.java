package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One row of the report's mutation section: an image broken on purpose, the claims it breaks and
 * whether the suite caught it.
 *
 * @param id the mutant's id, for example {@code user-root}
 * @param description the change the mutant makes to its reference image, in one line
 * @param role the reference image it derives from: {@code minimal} or {@code full}
 * @param targets the ids of the claims the change breaks
 * @param caught whether every targeted claim failed with the expected evidence
 * @param failedClaims the ids of the claims that failed
 * @param unexpectedFailures the ids of the claims other than the targets that did not pass
 */
@JsonPropertyOrder({"id", "description", "role", "targets", "caught", "failedClaims", "unexpectedFailures"})
public record MutantResult(
        String id,
        String description,
        String role,
        List<String> targets,
        boolean caught,
        List<String> failedClaims,
        List<String> unexpectedFailures) {

    /**
     * Creates a mutant result.
     *
     * @throws NullPointerException if any component other than {@code caught} is {@code null}
     */
    public MutantResult {
        requireNonNull(id, "id");
        requireNonNull(description, "description");
        requireNonNull(role, "role");
        targets = List.copyOf(targets);
        failedClaims = List.copyOf(failedClaims);
        unexpectedFailures = List.copyOf(unexpectedFailures);
    }
}
