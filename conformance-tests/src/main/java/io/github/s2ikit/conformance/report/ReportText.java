package io.github.s2ikit.conformance.report;

import io.github.s2ikit.assertions.Sizes;
import io.github.s2ikit.conformance.report.BaselineComparison.PackageChange;
import io.github.s2ikit.conformance.report.BaselineComparison.VerdictChange;

import java.util.Locale;

/**
 * Texts that the Markdown, HTML and console reports share, so that they word the same facts alike.
 */
final class ReportText {

    private ReportText() {
    }

    /** Returns a size in megabytes, such as {@code 175.3 MB}, or {@code unknown}. */
    static String size(Long bytes) {
        return bytes == null ? "unknown" : Sizes.megabytes(bytes);
    }

    /** Returns a ratio as a percentage, such as {@code 23.5%}, or {@code unknown}. */
    static String percent(Double ratio) {
        return ratio == null ? "unknown" : Sizes.percent(ratio);
    }

    /** Returns a relative change with its sign, such as {@code +1.2%} or {@code -6.0%}. */
    static String signedPercent(double change) {
        return String.format(Locale.ROOT, "%+.1f%%", change * 100);
    }

    /**
     * Returns whether a size ratio meets its claim's maximum: {@code within}, {@code exceeds},
     * {@code for comparison} when it has no maximum, or {@code unknown: REASON}.
     */
    static String ratioResult(SizeRatio ratio) {
        if (ratio.ratio() == null) {
            return "unknown: " + ratio.problem();
        }
        if (ratio.withinMaximum() == null) {
            return "for comparison";
        }
        return ratio.withinMaximum() ? "within" : "exceeds";
    }

    /** Returns the maximum of a size ratio, such as {@code 50.0%}, or {@code none}. */
    static String maximum(SizeRatio ratio) {
        return ratio.maximum() == null ? "none" : Sizes.percent(ratio.maximum());
    }

    /** Returns a verdict change, such as {@code passed → failed}. */
    static String verdictChange(VerdictChange change) {
        return orAbsent(change.before()) + " → " + orAbsent(change.after());
    }

    /** Returns a package change, such as {@code upgraded 1.2-1 → 1.3-1} or {@code added 2.1-1}. */
    static String packageChange(PackageChange change) {
        return switch (change.change()) {
            case "added" -> "added " + change.after();
            case "removed" -> "removed " + change.before();
            default -> change.change() + " " + change.before() + " → " + change.after();
        };
    }

    /** Returns the kind of a package change's package: {@code OS} or {@code Python}. */
    static String packageKind(PackageChange change) {
        return change.kind().equals(ReportComparison.OS) ? "OS" : "Python";
    }

    private static String orAbsent(String verdict) {
        return verdict == null ? "(absent)" : verdict;
    }
}
