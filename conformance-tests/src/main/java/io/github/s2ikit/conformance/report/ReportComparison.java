package io.github.s2ikit.conformance.report;

import io.github.s2ikit.conformance.report.BaselineComparison.ImageComparison;
import io.github.s2ikit.conformance.report.BaselineComparison.PackageChange;
import io.github.s2ikit.conformance.report.BaselineComparison.VerdictChange;
import io.github.s2ikit.conformance.report.ReportSnapshot.ImageSnapshot;
import io.github.s2ikit.conformance.report.ReportSnapshot.PackageSnapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a report with a baseline report: which claims changed their verdict, which OS and
 * Python packages each image role gained, lost or changed in version, and which images changed
 * their size by more than {@value #SIZE_CHANGE_THRESHOLD} of the baseline's size.
 *
 * <p>Images are matched by role, not by name, because a release gives the same role a new image.
 */
final class ReportComparison {

    /**
     * The relative size change above which an image counts as changed: 5% of its size in the
     * baseline. Smaller changes are still listed with the image, but not as changes.
     */
    static final double SIZE_CHANGE_THRESHOLD = 0.05;

    static final String OS = "os";
    static final String PYTHON = "python";

    private ReportComparison() {
    }

    /**
     * Compares the current report with the baseline.
     *
     * @param file the baseline's file, as it was given
     */
    static BaselineComparison compare(String file, ReportSnapshot baseline, ReportSnapshot current) {
        List<String> notCompared = new ArrayList<>();
        List<VerdictChange> verdictChanges = compareVerdicts(baseline, current, notCompared);
        List<ImageComparison> images = new ArrayList<>();
        List<PackageChange> packageChanges = new ArrayList<>();

        for (String role : union(current.images().keySet(), baseline.images().keySet())) {
            ImageSnapshot before = baseline.images().get(role);
            ImageSnapshot after = current.images().get(role);
            if (before == null) {
                notCompared.add("The " + role + " image " + after.name() + " is not in the baseline, so it is not "
                        + "compared.");
                continue;
            }
            if (after == null) {
                notCompared.add("The baseline's " + role + " image " + before.name() + " was not reported in this "
                        + "run, so it is not compared.");
                continue;
            }
            images.add(compareImage(role, before, after, notCompared));
            packageChanges.addAll(comparePackages(role, baseline.packages().get(role), current.packages().get(role),
                    notCompared));
        }

        List<ImageComparison> sizeChanges = images.stream().filter(ImageComparison::sizeChanged).toList();
        return new BaselineComparison(file, null, baseline.generatedAt(), baseline.platform(), SIZE_CHANGE_THRESHOLD,
                verdictChanges, packageChanges, sizeChanges, images, notCompared);
    }

    /**
     * Compares the verdicts of the claims both reports have. A claim only one report has is listed
     * as not compared, because a run of selected claims leaves the others out of its report.
     */
    private static List<VerdictChange> compareVerdicts(ReportSnapshot baseline, ReportSnapshot current,
            List<String> notCompared) {
        List<VerdictChange> changes = new ArrayList<>();
        List<String> onlyInBaseline = new ArrayList<>();
        List<String> onlyInThisRun = new ArrayList<>();
        for (String claim : union(current.verdicts().keySet(), baseline.verdicts().keySet())) {
            String before = baseline.verdicts().get(claim);
            String after = current.verdicts().get(claim);
            if (before == null) {
                onlyInThisRun.add(claim);
            } else if (after == null) {
                onlyInBaseline.add(claim);
            } else if (!before.equals(after)) {
                changes.add(new VerdictChange(claim, before, after));
            }
        }

        if (onlyInThisRun.size() == 1) {
            notCompared.add("The claim " + onlyInThisRun.get(0)
                    + " is not in the baseline, so its verdict is not compared.");
        } else if (!onlyInThisRun.isEmpty()) {
            notCompared.add("The claims " + String.join(", ", onlyInThisRun)
                    + " are not in the baseline, so their verdicts are not compared.");
        }
        if (onlyInBaseline.size() == 1) {
            notCompared.add("The baseline's claim " + onlyInBaseline.get(0)
                    + " did not run in this run, so its verdict is not compared.");
        } else if (!onlyInBaseline.isEmpty()) {
            notCompared.add("The baseline's claims " + String.join(", ", onlyInBaseline)
                    + " did not run in this run, so their verdicts are not compared.");
        }
        return changes;
    }

    private static ImageComparison compareImage(String role, ImageSnapshot before, ImageSnapshot after,
            List<String> notCompared) {
        if (before.sizeBytes() == null || after.sizeBytes() == null || before.sizeBytes() == 0) {
            String sizeless = before.sizeBytes() == null || before.sizeBytes() == 0 ? "the baseline" : "this run";
            notCompared.add("The size of the " + role + " image is not compared: " + sizeless + " has no size for it.");
            return new ImageComparison(role, before.id(), after.id(), before.sizeBytes(), after.sizeBytes(), null,
                    false);
        }
        double change = (double) (after.sizeBytes() - before.sizeBytes()) / before.sizeBytes();
        return new ImageComparison(role, before.id(), after.id(), before.sizeBytes(), after.sizeBytes(), change,
                Math.abs(change) > SIZE_CHANGE_THRESHOLD);
    }

    private static List<PackageChange> comparePackages(String role, PackageSnapshot before, PackageSnapshot after,
            List<String> notCompared) {
        if (before == null || after == null) {
            notCompared.add("The packages of the " + role + " image are not compared: "
                    + (before == null ? "the baseline" : "this run") + " has no inventory of it.");
            return List.of();
        }
        List<PackageChange> changes = new ArrayList<>();
        if (before.osPackageDatabase() == null || after.osPackageDatabase() == null) {
            notCompared.add("The OS packages of the " + role + " image are not compared: "
                    + (before.osPackageDatabase() == null ? "the baseline" : "this run") + " could not list them.");
        } else {
            String format = after.osPackageDatabase();
            if (!format.equals(before.osPackageDatabase())) {
                notCompared.add("The OS packages of the " + role + " image come from " + before.osPackageDatabase()
                        + " in the baseline and from " + format + " in this run, so their versions have no order.");
                format = null;
            }
            changes.addAll(compareVersions(role, OS, format, asPackages(before.osPackages()),
                    asPackages(after.osPackages())));
        }

        if (!before.pythonRead() || !after.pythonRead()) {
            notCompared.add("The Python packages of the " + role + " image are not compared: "
                    + (!before.pythonRead() ? "the baseline" : "this run") + " could not list them.");
        } else {
            changes.addAll(compareVersions(role, PYTHON, VersionOrder.PYTHON, before.pythonPackages(),
                    after.pythonPackages()));
        }
        return changes;
    }

    /**
     * Compares two package sets whose keys match a package across them: the name of an OS package,
     * the normalized name of a Python package.
     */
    private static List<PackageChange> compareVersions(String role, String kind, String format,
            Map<String, InstalledPackage> before, Map<String, InstalledPackage> after) {
        List<PackageChange> changes = new ArrayList<>();
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            InstalledPackage old = before.get(key);
            InstalledPackage now = after.get(key);
            if (old == null) {
                changes.add(new PackageChange(role, kind, now.name(), "added", null, now.version()));
            } else if (now == null) {
                changes.add(new PackageChange(role, kind, old.name(), "removed", old.version(), null));
            } else if (!old.version().equals(now.version())) {
                changes.add(new PackageChange(role, kind, now.name(), direction(format, old.version(), now.version()),
                        old.version(), now.version()));
            }
        }
        return changes;
    }

    private static String direction(String format, String before, String after) {
        Optional<Integer> order = VersionOrder.compare(format, before, after);
        if (order.isEmpty() || order.get() == 0) {
            // Equal by the format's rules but spelled differently, such as 1.0 and 1.0.0, or of unknown order.
            return "changed";
        }
        return order.get() < 0 ? "upgraded" : "downgraded";
    }

    private static Map<String, InstalledPackage> asPackages(Map<String, String> versions) {
        Map<String, InstalledPackage> packages = new LinkedHashMap<>();
        versions.forEach((name, version) -> packages.put(name, new InstalledPackage(name, version)));
        return packages;
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return all;
    }
}
