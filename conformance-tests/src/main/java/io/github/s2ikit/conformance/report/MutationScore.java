package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Collection;

/**
 * How many of the mutants the suite caught.
 *
 * @param caught the number of mutants whose targeted claims all failed
 * @param total the number of mutants that ran
 */
@JsonPropertyOrder({"caught", "total"})
public record MutationScore(int caught, int total) {

    /**
     * Counts the caught mutants among the given ones.
     */
    public static MutationScore of(Collection<MutantResult> mutants) {
        int caught = 0;
        for (MutantResult mutant : mutants) {
            if (mutant.caught()) {
                caught++;
            }
        }
        return new MutationScore(caught, mutants.size());
    }
}
