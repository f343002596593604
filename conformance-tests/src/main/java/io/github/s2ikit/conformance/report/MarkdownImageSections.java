package io.github.s2ikit.conformance.report;

import io.github.s2ikit.conformance.report.BaselineComparison.ImageComparison;
import io.github.s2ikit.conformance.report.BaselineComparison.PackageChange;
import io.github.s2ikit.conformance.report.BaselineComparison.VerdictChange;

import java.util.List;

import static io.github.s2ikit.conformance.report.MarkdownReportWriter.cell;

/**
 * The Markdown sections about images: the images with their sizes, the size ratios the claims
 * rely on, the packages of each image, and the changes since a baseline.
 */
final class MarkdownImageSections {

    private MarkdownImageSections() {
    }

    static void appendImages(StringBuilder out, List<ReportedImage> images) {
        out.append("## Images\n\n");
        if (images.isEmpty()) {
            out.append("No test reported an image.\n\n");
            return;
        }
        out.append("| Role | Name | Id | Size |\n|---|---|---|---|\n");
        for (ReportedImage image : images) {
            out.append("| ").append(cell(image.role()))
                    .append(" | ").append(cell(image.name()))
                    .append(" | ").append(image.id() == null ? "not reported" : cell(image.id()))
                    .append(" | ").append(image.problem() == null ? ReportText.size(image.sizeBytes())
                            : "unknown: " + cell(image.problem()))
                    .append(" |\n");
        }
        out.append('\n');
        for (ReportedImage image : images) {
            if (!image.repoDigests().isEmpty()) {
                out.append("- Repo digests of ").append(cell(image.role())).append(": ")
                        .append(cell(String.join(", ", image.repoDigests()))).append('\n');
            }
        }
        if (images.stream().anyMatch(image -> !image.repoDigests().isEmpty())) {
            out.append('\n');
        }
    }

    static void appendSizeRatios(StringBuilder out, List<SizeRatio> ratios) {
        if (ratios.isEmpty()) {
            return;
        }
        out.append("## Size ratios\n\n");
        out.append("| Claim | Image | Compared with | Ratio | Maximum | Result |\n|---|---|---|---|---|---|\n");
        for (SizeRatio ratio : ratios) {
            out.append("| ").append(ratio.claim() == null ? "none" : cell(ratio.claim()))
                    .append(" | ").append(cell(ratio.image()))
                    .append(" | ").append(cell(ratio.reference()))
                    .append(" | ").append(ReportText.percent(ratio.ratio()))
                    .append(" | ").append(ReportText.maximum(ratio))
                    .append(" | ").append(ratio.withinMaximum() == Boolean.FALSE ? "**exceeds**"
                            : cell(ReportText.ratioResult(ratio)))
                    .append(" |\n");
        }
        out.append('\n');
    }

    static void appendBaseline(StringBuilder out, BaselineComparison baseline) {
        if (baseline == null) {
            return;
        }
        out.append("## Changes since the baseline\n\n");
        out.append("- Baseline: ").append(cell(baseline.file())).append('\n');
        if (baseline.problem() != null) {
            out.append("\n**The baseline could not be used:** ").append(cell(baseline.problem()))
                    .append(". Nothing is compared.\n\n");
            return;
        }
        out.append("- Baseline generated at: ").append(baseline.generatedAt() == null ? "unknown"
                : cell(baseline.generatedAt())).append('\n');
        out.append("- Changes: ").append(Counts.of(baseline.verdictChanges().size(), "verdict")).append(", ")
                .append(Counts.of(baseline.packageChanges().size(), "package")).append(", ")
                .append(Counts.of(baseline.sizeChanges().size(), "image size")).append(" beyond ")
                .append(ReportText.percent(baseline.sizeChangeThreshold())).append("\n\n");

        if (baseline.verdictChanges().isEmpty()) {
            out.append("No claim changed its verdict.\n\n");
        } else {
            out.append("| Claim | Verdict |\n|---|---|\n");
            for (VerdictChange change : baseline.verdictChanges()) {
                out.append("| ").append(cell(change.claim())).append(" | ")
                        .append(cell(ReportText.verdictChange(change))).append(" |\n");
            }
            out.append('\n');
        }

        if (baseline.packageChanges().isEmpty()) {
            out.append("No package was added, removed or changed in version.\n\n");
        } else {
            out.append("| Image | Kind | Package | Change |\n|---|---|---|---|\n");
            for (PackageChange change : baseline.packageChanges()) {
                out.append("| ").append(cell(change.role()))
                        .append(" | ").append(ReportText.packageKind(change))
                        .append(" | ").append(cell(change.name()))
                        .append(" | ").append(cell(ReportText.packageChange(change)))
                        .append(" |\n");
            }
            out.append('\n');
        }

        if (!baseline.images().isEmpty()) {
            out.append("| Image | Size before | Size after | Change |\n|---|---|---|---|\n");
            for (ImageComparison image : baseline.images()) {
                String change = image.relativeSizeChange() == null ? "unknown"
                        : ReportText.signedPercent(image.relativeSizeChange());
                out.append("| ").append(cell(image.role()))
                        .append(" | ").append(ReportText.size(image.sizeBefore()))
                        .append(" | ").append(ReportText.size(image.sizeAfter()))
                        .append(" | ").append(image.sizeChanged() ? "**" + change + "**" : change)
                        .append(" |\n");
            }
            out.append('\n');
        }
        for (String note : baseline.notCompared()) {
            out.append("- ").append(cell(note)).append('\n');
        }
        if (!baseline.notCompared().isEmpty()) {
            out.append('\n');
        }
    }

    static void appendInventory(StringBuilder out, PackageInventory inventory) {
        out.append("## Packages\n\n");
        if (!inventory.collected()) {
            out.append("The packages were not listed: ").append(cell(inventory.problem())).append(".\n\n");
            return;
        }
        for (ImagePackages image : inventory.images()) {
            out.append("### ").append(cell(image.role())).append(": ").append(cell(image.name())).append("\n\n");
            if (image.problem() != null) {
                out.append("Not complete: ").append(cell(image.problem())).append("\n\n");
            }
            appendPackageList(out, "OS packages (" + image.osPackageDatabase() + ")", image.hasOsPackages(),
                    image.osPackages());
            appendPackageList(out, "Python packages (Python " + image.pythonVersion() + ")",
                    image.hasPythonPackages(), image.pythonPackages());
        }
    }

    private static void appendPackageList(StringBuilder out, String title, boolean listed,
            List<InstalledPackage> packages) {
        if (!listed) {
            return;
        }
        // GitHub and most Markdown viewers render <details> folded; a blank line must follow
        // <summary> for the table inside to render.
        out.append("<details><summary>").append(cell(title)).append(": ").append(packages.size())
                .append("</summary>\n\n| Package | Version |\n|---|---|\n");
        for (InstalledPackage installed : packages) {
            out.append("| ").append(cell(installed.name())).append(" | ").append(cell(installed.version()))
                    .append(" |\n");
        }
        out.append("\n</details>\n\n");
    }
}
