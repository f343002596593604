package io.github.s2ikit.conformance.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a short table of the claims and a summary line, so that the verdicts show in the build
 * output without opening the report. The summary line names the selection of claims, if the run
 * made one. With a baseline, a line counts the changes since it. When the mutation self-test ran,
 * a line gives its score and names the missed mutants.
 */
final class ConsoleSummary {

    /** The maximum length of the evidence shown per claim, in characters. */
    static final int EVIDENCE_WIDTH = 80;

    private ConsoleSummary() {
    }

    /**
     * Prints the table and the summary line, then the mutation score when mutants ran.
     *
     * @param report the report to print
     * @param markdownFile the written Markdown report, or {@code null} when writing failed
     * @param out where to print
     */
    static void print(ConformanceReport report, Path markdownFile, PrintStream out) {
        int idWidth = "Claim".length();
        for (ClaimResult claim : report.claims()) {
            idWidth = Math.max(idWidth, claim.id().length());
        }
        String row = "%-" + idWidth + "s  %-7s  %10s  %s%n";

        StringBuilder table = new StringBuilder();
        table.append(String.format(row, "Claim", "Verdict", "Duration", "Evidence"));
        for (ClaimResult claim : report.claims()) {
            table.append(String.format(row, claim.id(), claim.verdict().label(),
                    Durations.format(claim.durationMillis()), shorten(claim.firstEvidenceLine())));
        }

        ReportSummary summary = report.summary();
        String where = markdownFile == null
                ? "report not written, see the error above"
                : "report: " + markdownFile.toAbsolutePath().normalize();
        String scope = report.selection() == null ? "" : " in " + report.selection().phrase();
        table.append(String.format("Conformance: %d passed, %d failed, %d error%s (%s)%n",
                summary.passed(), summary.failed(), summary.error(), scope, where));
        if (report.baseline() != null) {
            table.append(baselineLine(report.baseline())).append(System.lineSeparator());
        }
        if (!report.mutants().isEmpty()) {
            table.append(mutationLine(report)).append(System.lineSeparator());
        }

        // One print call, so that output from other threads cannot come between the lines of the table.
        out.print(table);
        out.flush();
    }

    private static String baselineLine(BaselineComparison baseline) {
        if (baseline.problem() != null) {
            return "Baseline " + baseline.file() + " could not be used: " + baseline.problem();
        }
        return "Changes since the baseline " + baseline.file() + ": "
                + Counts.of(baseline.verdictChanges().size(), "verdict") + ", "
                + Counts.of(baseline.packageChanges().size(), "package") + ", "
                + Counts.of(baseline.sizeChanges().size(), "image size");
    }

    private static String mutationLine(ConformanceReport report) {
        List<String> missed = new ArrayList<>();
        for (MutantResult mutant : report.mutants()) {
            if (!mutant.caught()) {
                missed.add(mutant.id());
            }
        }
        String line = "Mutation score: " + MarkdownReportWriter.scoreText(report.mutationScore());
        return missed.isEmpty() ? line : line + ", missed: " + String.join(", ", missed);
    }

    static String shorten(String text) {
        String line = text.strip();
        return line.length() <= EVIDENCE_WIDTH ? line : line.substring(0, EVIDENCE_WIDTH - 3) + "...";
    }
}
