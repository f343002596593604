package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.s2ikit.conformance.report.ReportFixtureTestCases.ParameterizedTestCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The baseline and inventory settings of the listener, through its own launcher.
 */
class ReportBaselineTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void baseline_lists_verdict_change(@TempDir Path tempDir) throws Exception {
        // given the report of a first run, edited as if IMG-ARBITRARY-UID had passed then
        ReportRun first = ReportRun.run(tempDir.resolve("first"), noInventory(), ParameterizedTestCases.class);
        ObjectNode baseline = (ObjectNode) first.report();
        for (JsonNode claim : baseline.get("claims")) {
            if (claim.get("id").asText().equals("IMG-ARBITRARY-UID")) {
                ((ObjectNode) claim).put("verdict", "passed");
            }
        }
        Path baselineFile = tempDir.resolve("baseline.json");
        JSON.writeValue(baselineFile.toFile(), baseline);

        // when
        ReportRun second = ReportRun.run(tempDir.resolve("second"), withBaseline(baselineFile.toString()),
                ParameterizedTestCases.class);

        // then
        JsonNode comparison = second.report().get("baseline");
        assertThat(comparison.get("file").asText()).isEqualTo(baselineFile.toString());
        assertThat(comparison.get("problem").isNull()).isTrue();
        assertThat(comparison.get("generatedAt").asText()).isEqualTo("2025-01-02T03:04:05Z");
        assertThat(comparison.get("verdictChanges").toString())
                .isEqualTo("[{\"claim\":\"IMG-ARBITRARY-UID\",\"before\":\"passed\",\"after\":\"failed\"}]");
        assertThat(comparison.get("packageChanges")).isEmpty();
        assertThat(comparison.get("sizeChanges")).isEmpty();
        assertThat(second.markdown()).contains("## Changes since the baseline\n\n- Baseline: " + baselineFile);
        assertThat(second.markdown()).contains("| IMG-ARBITRARY-UID | passed → failed |\n");
        assertThat(second.html()).contains("<tr><td class=\"id\">IMG-ARBITRARY-UID</td><td>passed</td>"
                + "<td>failed</td></tr>");
        assertThat(second.console()).contains("Changes since the baseline " + baselineFile
                + ": 1 verdict, 0 packages, 0 image sizes");
    }

    @Test
    void missing_baseline_still_writes(@TempDir Path tempDir) {
        Path missing = tempDir.resolve("no-such-report.json");

        ReportRun run = ReportRun.run(tempDir.resolve("report"), withBaseline(missing.toString()),
                ParameterizedTestCases.class);

        String problem = "the file " + missing.toAbsolutePath() + " does not exist";
        assertThat(run.report().get("baseline").get("problem").asText()).isEqualTo(problem);
        assertThat(run.report().get("baseline").get("verdictChanges")).isEmpty();
        assertThat(run.report().get("claims")).isNotEmpty();
        assertThat(run.markdown()).contains("**The baseline could not be used:** " + problem + ". Nothing is compared.");
        assertThat(run.html()).contains("<strong>The baseline could not be used:</strong> " + problem);
        assertThat(run.console()).contains("Baseline " + missing + " could not be used: " + problem);
    }

    @Test
    void invalid_json_baseline_says_why(@TempDir Path tempDir) throws Exception {
        Path broken = Files.writeString(tempDir.resolve("broken.json"), "{\"claims\": [");

        ReportRun run = ReportRun.run(tempDir.resolve("report"), withBaseline(broken.toString()),
                ParameterizedTestCases.class);

        assertThat(run.report().get("baseline").get("problem").asText())
                .startsWith("the file " + broken.toAbsolutePath() + " is not valid JSON: ");
    }

    @Test
    void other_json_is_no_report(@TempDir Path tempDir) throws Exception {
        Path other = Files.writeString(tempDir.resolve("package.json"), "{\"name\": \"not a report\"}");

        ReportRun run = ReportRun.run(tempDir.resolve("report"), withBaseline(other.toString()),
                ParameterizedTestCases.class);

        String problem = "the file " + other.toAbsolutePath() + " is not a conformance report, because it has no "
                + "\"claims\" array";
        assertThat(run.report().get("baseline").get("problem").asText()).isEqualTo(problem);
        assertThat(run.console()).contains("Baseline " + other + " could not be used: " + problem + System.lineSeparator());
        assertThat(run.console()).containsOnlyOnce("not a conformance report");
        assertThat(run.console()).doesNotContain("could not be read");
        assertThat(run.markdown()).contains("**The baseline could not be used:** " + problem + ". Nothing is compared.");
    }

    @Test
    void fix_hint_names_both_settings() {
        assertThat(BaselineReader.FIX_HINT).isEqualTo("Give the report.json of an earlier run with --baseline of the "
                + "runner or the configuration parameter conformance.report.baseline.");
    }

    @Test
    void folder_as_baseline_says_why(@TempDir Path tempDir) {
        ReportRun run = ReportRun.run(tempDir.resolve("report"), withBaseline(tempDir.toString()),
                ParameterizedTestCases.class);

        assertThat(run.report().get("baseline").get("problem").asText())
                .isEqualTo(tempDir.toAbsolutePath() + " is not a regular file");
    }

    @Test
    void no_baseline_no_section(@TempDir Path tempDir) {
        ReportRun run = ReportRun.run(tempDir, noInventory(), ParameterizedTestCases.class);

        assertThat(run.report().get("baseline").isNull()).isTrue();
        assertThat(run.markdown()).doesNotContain("Changes since the baseline");
        assertThat(run.html()).doesNotContain("id=\"baseline\"");
    }

    @Test
    void inventory_can_be_turned_off(@TempDir Path tempDir) {
        ReportRun run = ReportRun.run(tempDir, noInventory(), ParameterizedTestCases.class);

        JsonNode inventory = run.report().get("inventory");
        assertThat(inventory.get("collected").asBoolean()).isFalse();
        assertThat(inventory.get("problem").asText()).isEqualTo("turned off by conformance.report.inventory=false");
        assertThat(run.markdown()).contains("The packages were not listed: turned off by "
                + "conformance.report.inventory=false.");
    }

    private static Map<String, String> noInventory() {
        return Map.of(ConformanceReportListener.INVENTORY_PROPERTY, "false");
    }

    private static Map<String, String> withBaseline(String file) {
        return Map.of(ConformanceReportListener.INVENTORY_PROPERTY, "false",
                ConformanceReportListener.BASELINE_PROPERTY, file);
    }
}
