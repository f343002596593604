package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Collection;

/**
 * The number of claims per verdict.
 *
 * @param passed the number of claims that passed
 * @param failed the number of claims that failed
 * @param error the number of claims without a known verdict
 */
@JsonPropertyOrder({"passed", "failed", "error"})
public record ReportSummary(int passed, int failed, int error) {

    /**
     * Counts the verdicts of the given claims.
     */
    public static ReportSummary of(Collection<ClaimResult> claims) {
        int passed = 0;
        int failed = 0;
        int error = 0;
        for (ClaimResult claim : claims) {
            switch (claim.verdict()) {
                case PASSED -> passed++;
                case FAILED -> failed++;
                case ERROR -> error++;
            }
        }
        return new ReportSummary(passed, failed, error);
    }
}
