package io.github.s2ikit.conformance.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the report as Markdown for people. It starts with the run, its counts and the selection
 * of claims, if any. One table per claim group and the full evidence of every claim that did not
 * pass follow. The changes since a baseline, the images and their size ratios and the packages of
 * each image come next. The mutants of the mutation self-test and its score come last, when it ran.
 */
final class MarkdownReportWriter {

    /** The number of evidence lines shown in a table cell; the full evidence follows the tables. */
    static final int CELL_LINES = 3;

    private MarkdownReportWriter() {
    }

    /**
     * Writes the report to the file in UTF-8, replacing it if it exists.
     *
     * @throws IOException if writing fails
     */
    static void write(ConformanceReport report, Path file) throws IOException {
        Files.writeString(file, render(report), StandardCharsets.UTF_8);
    }

    static String render(ConformanceReport report) {
        StringBuilder out = new StringBuilder();
        ReportSummary summary = report.summary();
        out.append("# Conformance report\n\n");
        out.append("- Platform: ").append(report.platform() == null ? "not reported" : inlineCode(report.platform()))
                .append('\n');
        out.append("- Generated at: ").append(report.generatedAt()).append('\n');
        out.append("- Kit version: ").append(cell(report.kitVersion())).append('\n');
        out.append("- Engine: ").append(cell(report.engine().describe())).append('\n');
        out.append("- Claims: ").append(summary.passed()).append(" passed, ").append(summary.failed())
                .append(" failed, ").append(summary.error()).append(" error\n\n");
        appendSelection(out, report.selection());

        // The verdicts and the evidence of failures come before the long lists, such as hundreds of
        // changed packages, so that a reader finds the failures without scrolling past them.
        for (Map.Entry<String, List<ClaimResult>> group : ClaimGroups.byGroup(report.claims()).entrySet()) {
            appendGroup(out, group.getKey(), group.getValue());
        }
        appendDetails(out, report.claims());
        MarkdownImageSections.appendBaseline(out, report.baseline());
        MarkdownImageSections.appendImages(out, report.images());
        MarkdownImageSections.appendSizeRatios(out, report.sizeRatios());
        MarkdownImageSections.appendInventory(out, report.inventory());
        appendMutants(out, report.mutants(), report.mutationScore());
        return out.toString();
    }

    private static void appendSelection(StringBuilder out, SelectedClaims selection) {
        if (selection == null) {
            return;
        }
        out.append("> **").append(cell(selection.headline())).append(":** ")
                .append(cell(String.join(", ", selection.claims()))).append(". ")
                .append(cell(selection.explanation())).append("\n\n");
    }

    private static void appendGroup(StringBuilder out, String title, List<ClaimResult> claims) {
        out.append("## ").append(title).append("\n\n");
        out.append("| Claim | Verdict | Evidence | Duration |\n|---|---|---|---|\n");
        for (ClaimResult claim : claims) {
            out.append("| ").append(cell(claim.id()))
                    .append(" | ").append(verdict(claim.verdict()))
                    .append(" | ").append(cell(firstLines(claim.evidence())))
                    .append(" | ").append(Durations.format(claim.durationMillis()))
                    .append(" |\n");
        }
        out.append('\n');
    }

    private static void appendDetails(StringBuilder out, List<ClaimResult> claims) {
        List<ClaimResult> notPassed = claims.stream().filter(claim -> claim.verdict() != Verdict.PASSED).toList();
        if (notPassed.isEmpty()) {
            return;
        }
        out.append("## Evidence of failed and error claims\n\n");
        for (ClaimResult claim : notPassed) {
            out.append("### ").append(cell(claim.id())).append(": ").append(claim.verdict().label()).append("\n\n");
            if (claim.statement() != null) {
                out.append("> ").append(claim.statement().replace("\n", "\n> ")).append("\n\n");
            }
            String fence = fenceFor(claim.evidence());
            out.append(fence).append("text\n").append(claim.evidence()).append('\n').append(fence).append("\n\n");
        }
    }

    private static void appendMutants(StringBuilder out, List<MutantResult> mutants, MutationScore score) {
        // Most runs do not include the mutation self-test, and their reports leave it out.
        if (mutants.isEmpty()) {
            return;
        }
        out.append("## Mutation testing\n\n");
        out.append("Each mutant is a reference image with one change that breaks the claims it targets. It is caught "
                + "when each targeted claim fails with evidence of the change.\n\n");
        out.append("- Mutation score: ").append(scoreText(score)).append("\n\n");
        out.append("| Mutant | Image | Change | Targets | Result |\n|---|---|---|---|---|\n");
        for (MutantResult mutant : mutants) {
            String result = mutant.caught() ? "caught" : "**missed**";
            if (!mutant.unexpectedFailures().isEmpty()) {
                result += "<br>other claims that did not pass: " + cell(String.join(", ", mutant.unexpectedFailures()));
            }
            out.append("| ").append(cell(mutant.id()))
                    .append(" | ").append(cell(mutant.role()))
                    .append(" | ").append(cell(mutant.description()))
                    .append(" | ").append(cell(String.join(", ", mutant.targets())))
                    .append(" | ").append(result)
                    .append(" |\n");
        }
        out.append('\n');
    }

    /**
     * Returns the score as text, such as {@code 45 of 46 mutants caught (97%)}.
     */
    static String scoreText(MutationScore score) {
        long percent = score.total() == 0 ? 0 : Math.round(100.0 * score.caught() / score.total());
        return score.caught() + " of " + Counts.of(score.total(), "mutant") + " caught (" + percent + "%)";
    }

    private static String verdict(Verdict verdict) {
        // Bold makes the claims that need attention stand out in a long table.
        return verdict == Verdict.PASSED ? verdict.label() : "**" + verdict.label() + "**";
    }

    private static String firstLines(String evidence) {
        String[] lines = evidence.split("\n", -1);
        if (lines.length <= CELL_LINES) {
            return evidence;
        }
        List<String> shownLines = new ArrayList<>(List.of(lines).subList(0, CELL_LINES));
        shownLines.add("(" + (lines.length - CELL_LINES) + " more lines below)");
        return String.join("\n", shownLines);
    }

    /**
     * Escapes text for a table cell: a backslash or {@code |} would end or change the cell, a line
     * break would end the row, and {@code <}, {@code >} and {@code &} would be read as HTML.
     */
    static String cell(String text) {
        return text.replace("\\", "\\\\")
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("|", "\\|")
                .replace("\r\n", "\n")
                .replace("\r", "\n")
                .replace("\n", "<br>");
    }

    private static String inlineCode(String text) {
        // A backtick or line break would end the code span early, so such text is escaped instead.
        return text.contains("`") || text.contains("\n") ? cell(text) : "`" + text + "`";
    }

    /**
     * Returns a code fence longer than any run of backticks in the text, so that the text cannot
     * close the fence early.
     */
    static String fenceFor(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }
}
