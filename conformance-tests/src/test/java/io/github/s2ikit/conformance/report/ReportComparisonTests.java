package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.s2ikit.conformance.report.BaselineComparison.ImageComparison;
import io.github.s2ikit.conformance.report.BaselineComparison.PackageChange;
import io.github.s2ikit.conformance.report.BaselineComparison.VerdictChange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The baseline comparison on two reports that differ in known ways: verdicts, OS and Python
 * packages, image sizes on both sides of the threshold, and images and inventories that only one
 * report has.
 */
class ReportComparisonTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String BASELINE = """
            {
              "platform": "reference",
              "generatedAt": "2025-01-01T00:00:00Z",
              "images": [
                {"role": "full", "name": "full:1", "id": "sha256:f1", "sizeBytes": 1000000000},
                {"role": "minimal", "name": "minimal:1", "id": "sha256:m1", "sizeBytes": 200000000},
                {"role": "old-variant", "name": "old:1", "id": "sha256:o1", "sizeBytes": 5}
              ],
              "claims": [
                {"id": "IMG-USER-1001", "verdict": "passed"},
                {"id": "MIN-NO-NODE", "verdict": "passed"},
                {"id": "MIN-FEW-PACKAGES", "verdict": "error"},
                {"id": "OLD-CLAIM", "verdict": "passed"}
              ],
              "inventory": {"collected": true, "images": [
                {"role": "full", "osPackageDatabase": "dpkg", "pythonVersion": "3.11.2",
                 "osPackages": [{"name": "gcc", "version": "4:12.2.0-3"}], "pythonPackages": []},
                {"role": "minimal", "osPackageDatabase": "dpkg", "pythonVersion": "3.11.2",
                 "osPackages": [
                   {"name": "bash", "version": "5.2.15-2+b7"},
                   {"name": "libssl3", "version": "3.0.11-1~deb12u2"},
                   {"name": "tree", "version": "2.1.0-1"},
                   {"name": "zlib1g", "version": "1:1.2.13.dfsg-1"}],
                 "pythonPackages": [
                   {"name": "pip", "version": "23.0.1"},
                   {"name": "Old_Pkg", "version": "1.0"}]}
              ]}
            }
            """;

    private static final String CURRENT = """
            {
              "platform": "reference",
              "generatedAt": "2025-02-01T00:00:00Z",
              "images": [
                {"role": "full", "name": "full:2", "id": "sha256:f2", "sizeBytes": 1100000000},
                {"role": "minimal", "name": "minimal:2", "id": "sha256:m2", "sizeBytes": 204000000},
                {"role": "new-variant", "name": "new:1", "id": "sha256:n1", "sizeBytes": 7}
              ],
              "claims": [
                {"id": "IMG-USER-1001", "verdict": "failed"},
                {"id": "MIN-NO-NODE", "verdict": "passed"},
                {"id": "MIN-FEW-PACKAGES", "verdict": "passed"},
                {"id": "NEW-CLAIM", "verdict": "passed"}
              ],
              "inventory": {"collected": true, "images": [
                {"role": "minimal", "osPackageDatabase": "dpkg", "pythonVersion": "3.11.2",
                 "osPackages": [
                   {"name": "bash", "version": "5.2.15-2+b7"},
                   {"name": "curl", "version": "7.88.1-10+deb12u8"},
                   {"name": "libssl3", "version": "3.0.15-1~deb12u1"},
                   {"name": "zlib1g", "version": "1:1.2.12.dfsg-1"}],
                 "pythonPackages": [
                   {"name": "old-pkg", "version": "1.0"},
                   {"name": "pip", "version": "24.0"},
                   {"name": "requests", "version": "2.31.0"}]}
              ]}
            }
            """;

    @Test
    void verdict_changes_in_report_order() {
        BaselineComparison comparison = compare(BASELINE, CURRENT);

        assertThat(comparison.verdictChanges()).containsExactly(
                new VerdictChange("IMG-USER-1001", "passed", "failed"),
                new VerdictChange("MIN-FEW-PACKAGES", "error", "passed"));
    }

    @Test
    void package_changes_per_kind() {
        BaselineComparison comparison = compare(BASELINE, CURRENT);

        assertThat(comparison.packageChanges()).containsExactly(
                new PackageChange("minimal", "os", "curl", "added", null, "7.88.1-10+deb12u8"),
                new PackageChange("minimal", "os", "libssl3", "upgraded", "3.0.11-1~deb12u2", "3.0.15-1~deb12u1"),
                new PackageChange("minimal", "os", "tree", "removed", "2.1.0-1", null),
                new PackageChange("minimal", "os", "zlib1g", "downgraded", "1:1.2.13.dfsg-1", "1:1.2.12.dfsg-1"),
                new PackageChange("minimal", "python", "pip", "upgraded", "23.0.1", "24.0"),
                new PackageChange("minimal", "python", "requests", "added", null, "2.31.0"));
    }

    @Test
    void size_change_beyond_threshold() {
        BaselineComparison comparison = compare(BASELINE, CURRENT);

        assertThat(comparison.sizeChanges()).extracting(ImageComparison::role).containsExactly("full");
        assertThat(comparison.sizeChanges().get(0).relativeSizeChange()).isCloseTo(0.10, within());
        assertThat(comparison.images()).extracting(ImageComparison::role).containsExactly("full", "minimal");
        ImageComparison minimal = comparison.images().get(1);
        assertThat(minimal.relativeSizeChange()).isCloseTo(0.02, within());
        assertThat(minimal.sizeChanged()).isFalse();
        assertThat(minimal.idBefore()).isEqualTo("sha256:m1");
        assertThat(minimal.idAfter()).isEqualTo("sha256:m2");
    }

    @Test
    void unmatched_parts_are_not_compared() {
        BaselineComparison comparison = compare(BASELINE, CURRENT);

        assertThat(comparison.notCompared()).containsExactly(
                "The claim NEW-CLAIM is not in the baseline, so its verdict is not compared.",
                "The baseline's claim OLD-CLAIM did not run in this run, so its verdict is not compared.",
                "The packages of the full image are not compared: this run has no inventory of it.",
                "The new-variant image new:1 is not in the baseline, so it is not compared.",
                "The baseline's old-variant image old:1 was not reported in this run, so it is not compared.");
    }

    @Test
    void baseline_facts_are_kept() {
        BaselineComparison comparison = compare(BASELINE, CURRENT);

        assertThat(comparison.file()).isEqualTo("baseline.json");
        assertThat(comparison.problem()).isNull();
        assertThat(comparison.generatedAt()).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(comparison.platform()).isEqualTo("reference");
        assertThat(comparison.sizeChangeThreshold()).isEqualTo(0.05);
        assertThat(comparison.changeCount()).isEqualTo(2 + 6 + 1);
    }

    @Test
    void same_report_has_no_changes() {
        BaselineComparison comparison = compare(CURRENT, CURRENT);

        assertThat(comparison.changeCount()).isZero();
        assertThat(comparison.images()).hasSize(3);
        assertThat(comparison.notCompared()).containsExactly(
                "The packages of the full image are not compared: the baseline has no inventory of it.",
                "The packages of the new-variant image are not compared: the baseline has no inventory of it.");
    }

    @Test
    void size_change_at_threshold_is_not_flagged() {
        String before = report("""
                {"role": "minimal", "name": "m", "sizeBytes": 1000}""");
        String after = report("""
                {"role": "minimal", "name": "m", "sizeBytes": 1050}""");
        String shrunk = report("""
                {"role": "minimal", "name": "m", "sizeBytes": 949}""");

        assertThat(compare(before, after).sizeChanges()).isEmpty();
        assertThat(compare(before, shrunk).sizeChanges()).extracting(ImageComparison::role).containsExactly("minimal");
    }

    @Test
    void report_without_sizes_is_not_compared() {
        // A report of an earlier kit version: images without sizes, no inventory.
        String old = report("""
                {"role": "minimal", "name": "m", "id": "sha256:m1"}""");
        String now = report("""
                {"role": "minimal", "name": "m", "id": "sha256:m2", "sizeBytes": 1000}""");

        BaselineComparison comparison = compare(old, now);

        assertThat(comparison.changeCount()).isZero();
        assertThat(comparison.notCompared()).containsExactly(
                "The size of the minimal image is not compared: the baseline has no size for it.",
                "The packages of the minimal image are not compared: the baseline has no inventory of it.");
    }

    @Test
    void unordered_versions_are_changed() {
        String before = withPackages("dpkg", "{\"name\": \"tool\", \"version\": \"1.0\"}",
                "{\"name\": \"odd\", \"version\": \"2024-nightly\"}");
        String after = withPackages("dpkg", "{\"name\": \"tool\", \"version\": \"1.0\"}",
                "{\"name\": \"odd\", \"version\": \"2025-nightly\"}");

        assertThat(compare(before, after).packageChanges()).containsExactly(
                new PackageChange("minimal", "python", "odd", "changed", "2024-nightly", "2025-nightly"));
    }

    @Test
    void other_database_has_no_order() {
        String before = withPackages("dpkg", "{\"name\": \"tool\", \"version\": \"1.0\"}", null);
        String after = withPackages("rpm", "{\"name\": \"tool\", \"version\": \"1.1\"}", null);

        BaselineComparison comparison = compare(before, after);

        assertThat(comparison.packageChanges()).containsExactly(
                new PackageChange("minimal", "os", "tool", "changed", "1.0", "1.1"));
        assertThat(comparison.notCompared()).containsExactly("The OS packages of the minimal image come from dpkg in "
                + "the baseline and from rpm in this run, so their versions have no order.");
    }

    @Test
    void several_unmatched_claims_in_plural() {
        String baseline = "{\"claims\": [{\"id\": \"OLD-1\", \"verdict\": \"passed\"},"
                + " {\"id\": \"OLD-2\", \"verdict\": \"failed\"}]}";
        String current = "{\"claims\": [{\"id\": \"NEW-1\", \"verdict\": \"passed\"},"
                + " {\"id\": \"NEW-2\", \"verdict\": \"error\"}]}";

        BaselineComparison comparison = compare(baseline, current);

        assertThat(comparison.notCompared()).containsExactly(
                "The claims NEW-1, NEW-2 are not in the baseline, so their verdicts are not compared.",
                "The baseline's claims OLD-1, OLD-2 did not run in this run, so their verdicts are not compared.");
    }

    @Test
    void invalid_report_names_problem() {
        assertThatThrownBy(() -> ReportSnapshot.fromJson(JSON.readTree("[1, 2]")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("it is not a JSON object");
        assertThatThrownBy(() -> ReportSnapshot.fromJson(JSON.readTree("{\"platform\": \"reference\"}")))
                .hasMessage("it has no \"claims\" array");
        assertThatThrownBy(() -> ReportSnapshot.fromJson(JSON.readTree("{\"claims\": [{\"id\": \"X\"}]}")))
                .hasMessage("claims[0] has no text fields \"id\" and \"verdict\"");
    }

    private static BaselineComparison compare(String baseline, String current) {
        try {
            return ReportComparison.compare("baseline.json", ReportSnapshot.fromJson(JSON.readTree(baseline)),
                    ReportSnapshot.fromJson(JSON.readTree(current)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("Invalid JSON in the test: " + e.getMessage(), e);
        }
    }

    private static String report(String image) {
        return "{\"claims\": [], \"images\": [" + image + "]}";
    }

    private static String withPackages(String database, String osPackage, String pythonPackage) {
        return "{\"claims\": [], \"images\": [{\"role\": \"minimal\", \"name\": \"m\", \"sizeBytes\": 1}],"
                + " \"inventory\": {\"collected\": true, \"images\": [{\"role\": \"minimal\", \"osPackageDatabase\": \""
                + database + "\", \"pythonVersion\": \"3.11.2\", \"osPackages\": [" + osPackage + "],"
                + " \"pythonPackages\": [" + (pythonPackage == null ? "" : pythonPackage) + "]}]}}";
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
