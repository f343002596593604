package io.github.s2ikit.conformance.report;

/**
 * Keys of the JUnit report entries that the conformance suite publishes itself, besides those of
 * the kit's {@link io.github.s2ikit.junit.ReportEntryKeys}.
 */
public final class SuiteReportKeys {

    /**
     * The outcome of one mutant of the mutation self-test; the value is a JSON object with the
     * fields of {@link MutantResult}.
     */
    public static final String MUTANT = "s2ikit.mutant";

    private SuiteReportKeys() {
    }
}
