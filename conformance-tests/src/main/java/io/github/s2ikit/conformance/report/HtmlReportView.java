package io.github.s2ikit.conformance.report;

import io.github.s2ikit.conformance.report.BaselineComparison.ImageComparison;
import io.github.s2ikit.conformance.report.BaselineComparison.PackageChange;
import io.github.s2ikit.conformance.report.BaselineComparison.VerdictChange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The values that the HTML template shows, made from a report. The template escapes every value,
 * so the values are plain text.
 */
final class HtmlReportView {

    /** Evidence with more lines than this is folded in the claim tables, behind its first line. */
    static final int FOLDED_EVIDENCE_LINES = 6;

    private HtmlReportView() {
    }

    /**
     * The whole page.
     *
     * @param attention the failed claims, then the claims with the verdict {@code error}, each in
     *     catalogue order
     * @param selection the claims the run selected, or {@code null} when it checked the whole catalogue
     */
    record Page(String platform, String generatedAt, String kitVersion, String engine, int passed, int failed,
            int error, SelectionView selection, List<ClaimRow> attention, BaselineView baseline, List<ImageRow> images,
            List<RatioRow> ratios, List<GroupView> groups, InventoryView inventory, MutationView mutation) {
    }

    record SelectionView(String headline, String claims, String explanation) {
    }

    /** One claim; {@code statement} is split into text and code segments. */
    record ClaimRow(String id, String group, String verdict, List<Segment> statement, String evidence,
            String firstLine, int moreLines, boolean folded, String duration) {
    }

    /** A piece of a statement: plain text, or code that the catalogue put in backticks. */
    record Segment(String text, boolean code) {
    }

    record GroupView(String title, String anchor, int passed, int failed, int error, List<ClaimRow> claims) {
    }

    record ImageRow(String role, String name, String id, String repoDigests, String size, String problem) {
    }

    record RatioRow(String claim, String image, String reference, String ratio, String maximum, String result,
            boolean exceeds) {
    }

    record InventoryView(boolean collected, String problem, List<InventoryImage> images) {
    }

    record InventoryImage(String role, String name, String problem, boolean hasOs, String osTitle,
            List<InstalledPackage> osPackages, boolean hasPython, String pythonTitle,
            List<InstalledPackage> pythonPackages, String summary) {
    }

    record BaselineView(String file, String problem, String generatedAt, String counts, List<VerdictRow> verdicts,
            List<PackageRow> packages, List<SizeRow> sizes, List<String> notes) {
    }

    record VerdictRow(String claim, String before, String after) {
    }

    record PackageRow(String image, String kind, String name, String change, String before, String after) {
    }

    record SizeRow(String image, String idBefore, String idAfter, String before, String after, String change,
            boolean changed) {
    }

    record MutationView(String score, List<MutantRow> mutants) {
    }

    record MutantRow(String id, String image, String description, String targets, boolean caught,
            String unexpectedFailures) {
    }

    /**
     * Makes the page of a report.
     */
    static Page of(ConformanceReport report) {
        List<GroupView> groups = new ArrayList<>();
        List<ClaimRow> attention = new ArrayList<>();
        for (Map.Entry<String, List<ClaimResult>> group : ClaimGroups.byGroup(report.claims()).entrySet()) {
            List<ClaimRow> rows = group.getValue().stream().map(claim -> claimRow(group.getKey(), claim)).toList();
            ReportSummary counts = ReportSummary.of(group.getValue());
            groups.add(new GroupView(group.getKey(), "group-" + (groups.size() + 1), counts.passed(), counts.failed(),
                    counts.error(), rows));
            rows.stream().filter(row -> !row.verdict().equals(Verdict.PASSED.label())).forEach(attention::add);
        }
        // Failed claims first: they are the broken promises, where an error may only be a test problem.
        attention.sort(Comparator.comparing((ClaimRow row) -> !row.verdict().equals(Verdict.FAILED.label())));

        ReportSummary summary = report.summary();
        return new Page(report.platform() == null ? "not reported" : report.platform(),
                report.generatedAt().toString(), report.kitVersion(), report.engine().describe(), summary.passed(),
                summary.failed(), summary.error(), selection(report.selection()), attention, baseline(report.baseline()),
                images(report.images()), ratios(report.sizeRatios()), groups, inventory(report.inventory()),
                mutation(report.mutants(), report.mutationScore()));
    }

    private static SelectionView selection(SelectedClaims selection) {
        if (selection == null) {
            return null;
        }
        return new SelectionView(selection.headline(), String.join(", ", selection.claims()),
                selection.explanation());
    }

    private static ClaimRow claimRow(String group, ClaimResult claim) {
        String evidence = claim.evidence().isEmpty() ? "(no evidence recorded)" : claim.evidence();
        int lines = (int) evidence.lines().count();
        return new ClaimRow(claim.id(), group, claim.verdict().label(),
                claim.statement() == null ? List.of(new Segment(ClaimAggregator.UNKNOWN_ID, false))
                        : segments(claim.statement()),
                evidence, evidence.lines().findFirst().orElse(""), Math.max(0, lines - 1),
                lines > FOLDED_EVIDENCE_LINES, Durations.format(claim.durationMillis()));
    }

    /**
     * Splits a statement at its backticks into text and code segments. A statement with an odd
     * number of backticks is one text segment, backticks and all.
     */
    static List<Segment> segments(String statement) {
        String[] parts = statement.split("`", -1);
        if (parts.length % 2 == 0) {
            return List.of(new Segment(statement, false));
        }
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                segments.add(new Segment(parts[i], i % 2 == 1));
            }
        }
        return segments;
    }

    private static List<ImageRow> images(List<ReportedImage> images) {
        return images.stream().map(image -> new ImageRow(image.role(), image.name(),
                image.id() == null ? "not reported" : image.id(),
                image.repoDigests().isEmpty() ? null : String.join(", ", image.repoDigests()),
                ReportText.size(image.sizeBytes()), image.problem())).toList();
    }

    private static List<RatioRow> ratios(List<SizeRatio> ratios) {
        return ratios.stream().map(ratio -> new RatioRow(ratio.claim() == null ? "none" : ratio.claim(),
                ratio.image(), ratio.reference(), ReportText.percent(ratio.ratio()), ReportText.maximum(ratio),
                ReportText.ratioResult(ratio), ratio.withinMaximum() == Boolean.FALSE)).toList();
    }

    private static InventoryView inventory(PackageInventory inventory) {
        List<InventoryImage> images = inventory.images().stream().map(image -> new InventoryImage(image.role(),
                image.name(), image.problem(), image.hasOsPackages(),
                "OS packages (" + image.osPackageDatabase() + ")", image.osPackages(), image.hasPythonPackages(),
                "Python packages (Python " + image.pythonVersion() + ")", image.pythonPackages(),
                (image.hasOsPackages() ? Counts.of(image.osPackages().size(), "OS package")
                        : "no OS packages listed") + ", "
                        + (image.hasPythonPackages() ? Counts.of(image.pythonPackages().size(), "Python package")
                                : "no Python packages listed"))).toList();
        return new InventoryView(inventory.collected(), inventory.problem(), images);
    }

    private static BaselineView baseline(BaselineComparison baseline) {
        if (baseline == null) {
            return null;
        }
        if (baseline.problem() != null) {
            return new BaselineView(baseline.file(), baseline.problem(), null, null, List.of(), List.of(), List.of(),
                    List.of());
        }
        String counts = Counts.of(baseline.verdictChanges().size(), "verdict") + ", "
                + Counts.of(baseline.packageChanges().size(), "package") + " and "
                + Counts.of(baseline.sizeChanges().size(), "image size") + " changed (a size counts as changed beyond "
                + ReportText.percent(baseline.sizeChangeThreshold()) + ")";
        List<VerdictRow> verdicts = new ArrayList<>();
        for (VerdictChange change : baseline.verdictChanges()) {
            verdicts.add(new VerdictRow(change.claim(), orAbsent(change.before()), orAbsent(change.after())));
        }
        List<PackageRow> packages = new ArrayList<>();
        for (PackageChange change : baseline.packageChanges()) {
            packages.add(new PackageRow(change.role(), ReportText.packageKind(change), change.name(), change.change(),
                    change.before() == null ? "" : change.before(), change.after() == null ? "" : change.after()));
        }
        List<SizeRow> sizes = new ArrayList<>();
        for (ImageComparison image : baseline.images()) {
            sizes.add(new SizeRow(image.role(), orAbsent(image.idBefore()), orAbsent(image.idAfter()),
                    ReportText.size(image.sizeBefore()), ReportText.size(image.sizeAfter()),
                    image.relativeSizeChange() == null ? "unknown" : ReportText.signedPercent(image.relativeSizeChange()),
                    image.sizeChanged()));
        }
        return new BaselineView(baseline.file(), null, baseline.generatedAt() == null ? "unknown"
                : baseline.generatedAt(), counts, verdicts, packages, sizes, baseline.notCompared());
    }

    private static MutationView mutation(List<MutantResult> mutants, MutationScore score) {
        if (mutants.isEmpty()) {
            return null;
        }
        List<MutantRow> rows = mutants.stream().map(mutant -> new MutantRow(mutant.id(), mutant.role(),
                mutant.description(), String.join(", ", mutant.targets()), mutant.caught(),
                mutant.unexpectedFailures().isEmpty() ? null : String.join(", ", mutant.unexpectedFailures())))
                .toList();
        return new MutationView(MarkdownReportWriter.scoreText(score), rows);
    }

    private static String orAbsent(String value) {
        return value == null ? "(absent)" : value;
    }
}
