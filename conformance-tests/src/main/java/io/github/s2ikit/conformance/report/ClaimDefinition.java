package io.github.s2ikit.conformance.report;

import static java.util.Objects.requireNonNull;

/**
 * A claim of the claims catalogue: a documented behaviour of the image that the conformance suite
 * checks.
 *
 * @param id the stable claim id, for example {@code IMG-USER-1001}
 * @param group the title of the catalogue section the claim belongs to
 * @param statement the documented behaviour, as the catalogue states it
 * @param check how the conformance suite checks the claim
 */
public record ClaimDefinition(String id, String group, String statement, String check) {

    /**
     * Creates a claim definition.
     *
     * @throws NullPointerException if any component is {@code null}
     */
    public ClaimDefinition {
        requireNonNull(id, "id");
        requireNonNull(group, "group");
        requireNonNull(statement, "statement");
        requireNonNull(check, "check");
    }
}
