package io.github.s2ikit.conformance.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the collected test records into one verdict per claim of the catalogue.
 */
final class ClaimAggregator {

    static final String NO_TEST = "no test verifies this claim";
    static final String UNKNOWN_ID = "unknown claim id";

    private final ClaimCatalogue catalogue;
    private final SelectedClaims selection;

    /**
     * Creates an aggregator for the claims of the catalogue.
     *
     * @param catalogue the claims that get a row, which is the selected claims alone for a selection
     * @param selection the claims the run selected, or {@code null} for the whole catalogue
     */
    ClaimAggregator(ClaimCatalogue catalogue, SelectedClaims selection) {
        this.catalogue = catalogue;
        this.selection = selection;
    }

    /**
     * Builds the report: the catalogue's claims in catalogue order, then the claim ids that tests
     * used but the catalogue lacks, sorted by id, then the mutants of the mutation self-test.
     */
    ConformanceReport aggregate(ResultCollector collector, Instant generatedAt) {
        Map<String, List<TestRecord>> recordsByClaim = new LinkedHashMap<>();
        for (TestRecord record : collector.claimRecords()) {
            recordsByClaim.computeIfAbsent(record.claimId(), id -> new ArrayList<>()).add(record);
        }

        List<ClaimResult> claims = new ArrayList<>();
        for (ClaimDefinition claim : catalogue.claims()) {
            List<TestRecord> records = recordsByClaim.remove(claim.id());
            claims.add(records == null ? withoutTest(claim) : combine(claim, records));
        }
        for (Map.Entry<String, List<TestRecord>> unknown : new TreeMap<>(recordsByClaim).entrySet()) {
            claims.add(unknownClaim(unknown.getKey(), unknown.getValue()));
        }

        List<MutantResult> mutants = collector.mutants();
        return ConformanceReport.ofClaims(collector.platform(), generatedAt, collector.images(), selection,
                claims, mutants);
    }

    private static ClaimResult withoutTest(ClaimDefinition claim) {
        return new ClaimResult(claim.id(), claim.group(), claim.statement(), Verdict.ERROR, NO_TEST, 0, List.of());
    }

    private static ClaimResult combine(ClaimDefinition claim, List<TestRecord> records) {
        return new ClaimResult(claim.id(), claim.group(), claim.statement(), verdictOf(records),
                evidenceOf(records), totalMillis(records), testResults(records));
    }

    private static ClaimResult unknownClaim(String id, List<TestRecord> records) {
        String reason = UNKNOWN_ID + ": " + id + " is not in the claims catalogue. Fix the id in @Claim or add "
                + "the claim to " + ClaimCatalogue.RESOURCE;
        String evidence = evidenceOf(records);
        return new ClaimResult(id, null, null, Verdict.ERROR, evidence.isEmpty() ? reason : reason + "\n" + evidence,
                totalMillis(records), testResults(records));
    }

    /**
     * Returns {@code failed} if any test failed, else {@code error} if any test has no verdict or
     * the verdict {@code error}, else {@code passed}.
     */
    static Verdict verdictOf(List<TestRecord> records) {
        boolean error = false;
        for (TestRecord record : records) {
            Verdict verdict = record.verdict();
            if (verdict == Verdict.FAILED) {
                return Verdict.FAILED;
            }
            error |= verdict != Verdict.PASSED;
        }
        return error ? Verdict.ERROR : Verdict.PASSED;
    }

    /**
     * Joins the evidence of the tests, one item a line. When a claim has several tests, each item
     * starts with the name of its test, so that a reader can tell which test found what.
     */
    private static String evidenceOf(List<TestRecord> records) {
        boolean prefix = records.size() > 1;
        List<String> lines = new ArrayList<>();
        for (TestRecord record : records) {
            for (String item : record.evidence()) {
                lines.add(prefix ? record.name() + ": " + item : item);
            }
        }
        return String.join("\n", lines);
    }

    private static long totalMillis(List<TestRecord> records) {
        long total = 0;
        for (TestRecord record : records) {
            total += record.durationMillis();
        }
        return total;
    }

    private static List<TestResult> testResults(List<TestRecord> records) {
        List<TestResult> results = new ArrayList<>();
        for (TestRecord record : records) {
            Verdict verdict = record.verdict() == null ? Verdict.ERROR : record.verdict();
            results.add(new TestResult(record.name(), verdict, record.durationMillis()));
        }
        return results;
    }
}
