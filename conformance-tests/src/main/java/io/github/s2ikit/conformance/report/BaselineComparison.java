package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The changes since a baseline, which is an earlier {@value ConformanceReportListener#JSON_FILE}
 * such as the report of the last release.
 *
 * @param file the baseline file as it was given
 * @param problem why the baseline could not be used, or {@code null} when it was compared
 * @param generatedAt when the baseline was made, as written in it, or {@code null}
 * @param platform the baseline's platform id, or {@code null}
 * @param sizeChangeThreshold the relative size change above which an image counts as changed,
 *     {@value ReportComparison#SIZE_CHANGE_THRESHOLD}
 * @param verdictChanges the claims whose verdict differs, in the current report's order
 * @param packageChanges the OS and Python packages added, removed or changed in version, by image role
 * @param sizeChanges the images whose size changed by more than the threshold
 * @param images every image role in both reports, with its id and size before and after
 * @param notCompared what could not be compared and why, such as an image without an inventory
 */
@JsonPropertyOrder({"file", "problem", "generatedAt", "platform", "sizeChangeThreshold", "verdictChanges",
    "packageChanges", "sizeChanges", "images", "notCompared"})
public record BaselineComparison(
        String file,
        String problem,
        String generatedAt,
        String platform,
        double sizeChangeThreshold,
        List<VerdictChange> verdictChanges,
        List<PackageChange> packageChanges,
        List<ImageComparison> sizeChanges,
        List<ImageComparison> images,
        List<String> notCompared) {

    /**
     * Creates a comparison.
     *
     * @throws NullPointerException if {@code file} or a list is {@code null}
     */
    public BaselineComparison {
        requireNonNull(file, "file");
        verdictChanges = List.copyOf(verdictChanges);
        packageChanges = List.copyOf(packageChanges);
        sizeChanges = List.copyOf(sizeChanges);
        images = List.copyOf(images);
        notCompared = List.copyOf(notCompared);
    }

    /**
     * Returns a comparison that gives the reason why the baseline could not be used: it is missing,
     * cannot be read, or is not a conformance report.
     */
    static BaselineComparison unreadable(String file, String problem) {
        return new BaselineComparison(file, problem, null, null, ReportComparison.SIZE_CHANGE_THRESHOLD, List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Returns the number of changes: changed verdicts, changed packages and changed sizes.
     */
    @JsonIgnore
    public int changeCount() {
        return verdictChanges.size() + packageChanges.size() + sizeChanges.size();
    }

    /**
     * A claim whose verdict differs from the baseline's.
     *
     * @param claim the claim id
     * @param before the baseline's verdict, or {@code null} when the baseline lacks the claim
     * @param after this run's verdict, or {@code null} when this run lacks the claim
     */
    @JsonPropertyOrder({"claim", "before", "after"})
    public record VerdictChange(String claim, String before, String after) {
    }

    /**
     * A package added, removed or changed in version.
     *
     * @param role the role of the image
     * @param kind {@code os} or {@code python}
     * @param name the package name
     * @param change {@code added}, {@code removed}, {@code upgraded}, {@code downgraded}, or
     *     {@code changed} when the versions have no known order
     * @param before the baseline's version, or {@code null} when added
     * @param after this run's version, or {@code null} when removed
     */
    @JsonPropertyOrder({"role", "kind", "name", "change", "before", "after"})
    public record PackageChange(String role, String kind, String name, String change, String before, String after) {
    }

    /**
     * One image role in both reports.
     *
     * @param role the role
     * @param idBefore the baseline's image id or digest, or {@code null}
     * @param idAfter this run's image id or digest, or {@code null}
     * @param sizeBefore the baseline's size in bytes, or {@code null}
     * @param sizeAfter this run's size in bytes, or {@code null}
     * @param relativeSizeChange {@code (after - before) / before}, or {@code null} when a size is unknown
     * @param sizeChanged whether the relative size change is beyond the threshold
     */
    @JsonPropertyOrder({"role", "idBefore", "idAfter", "sizeBefore", "sizeAfter", "relativeSizeChange",
        "sizeChanged"})
    public record ImageComparison(String role, String idBefore, String idAfter, Long sizeBefore, Long sizeAfter,
            Double relativeSizeChange, boolean sizeChanged) {
    }
}
