package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.s2ikit.conformance.report.ReportFixtureTestCases.BeforeAllFailsTestCases;
import io.github.s2ikit.conformance.report.ReportFixtureTestCases.DisabledClassTestCases;
import io.github.s2ikit.conformance.report.ReportFixtureTestCases.ImageEntriesTestCases;
import io.github.s2ikit.conformance.report.ReportFixtureTestCases.MutantEntriesTestCases;
import io.github.s2ikit.conformance.report.ReportFixtureTestCases.ParallelTestCases;
import io.github.s2ikit.conformance.report.ReportFixtureTestCases.ParameterizedTestCases;
import io.github.s2ikit.conformance.report.ReportFixtureTestCases.TwoTestsTestCases;
import io.github.s2ikit.conformance.report.ReportFixtureTestCases.VerdictTestCases;
import io.github.s2ikit.conformance.report.ReportFixtureTestCases.WithoutClaimsTestCases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConformanceReportListenerTests {

    /**
     * One run of all fixtures that produce verdicts, shared by the checks of its report because
     * the run is the slow part and its report does not change.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class FullRun {

        ReportRun run;

        @BeforeAll
        void runFixtures(@TempDir Path reportDir) {
            run = ReportRun.run(reportDir, VerdictTestCases.class, TwoTestsTestCases.class,
                    BeforeAllFailsTestCases.class, DisabledClassTestCases.class, ParameterizedTestCases.class,
                    ImageEntriesTestCases.class, MutantEntriesTestCases.class);
        }

        @Test
        void passing_claim_has_evidence() {
            JsonNode claim = run.claim("IMG-USER-1001");

            assertThat(claim.get("verdict").asText()).isEqualTo("passed");
            assertThat(claim.get("evidence").asText()).isEqualTo("uid=1001 gid=0");
            assertThat(claim.get("group").asText()).isEqualTo("Image basics (minimal and full)");
            assertThat(claim.get("statement").asText()).startsWith("The image config's user is `1001`");
            assertThat(claim.get("tests")).hasSize(1);
            assertThat(claim.get("tests").get(0).get("name").asText()).isEqualTo("passing(TestReporter)");
            assertThat(claim.get("tests").get(0).get("verdict").asText()).isEqualTo("passed");
            assertThat(claim.get("durationMillis").asLong()).isNotNegative();
        }

        @Test
        void failing_claim_keeps_message() {
            JsonNode claim = run.claim("IMG-EXPOSE-8080");

            assertThat(claim.get("verdict").asText()).isEqualTo("failed");
            assertThat(claim.get("evidence").asText())
                    .isEqualTo("exposed ports: []\nexpected port 8080/tcp to be exposed");
        }

        @Test
        void java_assertion_error_is_failure() {
            JsonNode claim = run.claim("IMG-FIX-PERMISSIONS");

            assertThat(claim.get("verdict").asText()).isEqualTo("failed");
            assertThat(claim.get("evidence").asText()).isEqualTo("expected group 0 on /tmp/scratch/a");
        }

        @Test
        void exception_is_error_with_cause() {
            JsonNode claim = run.claim("IMG-USAGE");

            assertThat(claim.get("verdict").asText()).isEqualTo("error");
            assertThat(claim.get("evidence").asText()).isEqualTo(
                    "IllegalStateException: container engine not reachable\ncaused by IOException: connection refused");
        }

        @Test
        void aborted_test_is_error() {
            JsonNode claim = run.claim("IMG-PYTHON-VERSION");

            assertThat(claim.get("verdict").asText()).isEqualTo("error");
            assertThat(claim.get("evidence").asText()).isEqualTo("aborted: Assumption failed: python not on PATH");
        }

        @Test
        void skipped_test_is_error() {
            JsonNode claim = run.claim("IMG-LOCALE");

            assertThat(claim.get("verdict").asText()).isEqualTo("error");
            assertThat(claim.get("evidence").asText()).isEqualTo("skipped: needs a UTF-8 host locale");
            assertThat(claim.get("tests").get(0).get("verdict").asText()).isEqualTo("error");
            assertThat(claim.get("durationMillis").asLong()).isZero();
        }

        @Test
        void one_failing_test_fails_claim() {
            JsonNode claim = run.claim("IMG-LABELS");

            assertThat(claim.get("verdict").asText()).isEqualTo("failed");
            assertThat(claim.get("evidence").asText()).isEqualTo(
                    "labelsPresent(TestReporter): summary | io.k8s.description present\n"
                            + "exposeServices(TestReporter): io.openshift.expose-services=8080\n"
                            + "exposeServices(TestReporter): expected io.openshift.expose-services to be 8080:http");
            assertThat(claim.get("tests")).extracting(test -> test.get("verdict").asText())
                    .containsExactly("passed", "failed");
        }

        @Test
        void claim_duration_is_sum() {
            JsonNode claim = run.claim("IMG-LABELS");

            long sum = 0;
            for (JsonNode test : claim.get("tests")) {
                sum += test.get("durationMillis").asLong();
            }
            assertThat(claim.get("durationMillis").asLong()).isEqualTo(sum);
            assertThat(sum).isGreaterThanOrEqualTo(20);
        }

        @Test
        void failed_before_all_names_reason() {
            for (String id : List.of("MIN-NO-COMPILERS", "MIN-NO-HEADERS")) {
                JsonNode claim = run.claim(id);

                assertThat(claim.get("verdict").asText()).as(id).isEqualTo("error");
                assertThat(claim.get("evidence").asText()).as(id).isEqualTo(
                        "never started because its container ReportFixtureTestCases$BeforeAllFailsTestCases failed: "
                                + "IllegalStateException: base image localhost/missing:1 not found\n"
                                + "pulling localhost/missing:1");
                assertThat(claim.get("tests").get(0).get("durationMillis").asLong()).as(id).isZero();
            }
        }

        @Test
        void disabled_class_names_reason() {
            JsonNode claim = run.claim("FULL-TOOLCHAIN");

            assertThat(claim.get("verdict").asText()).isEqualTo("error");
            assertThat(claim.get("evidence").asText()).isEqualTo(
                    "never started because its container ReportFixtureTestCases$DisabledClassTestCases was skipped: "
                            + "no full image configured");
        }

        @Test
        void claim_without_test_is_error() {
            JsonNode claim = run.claim("RUN-INIT-WRAPPER");

            assertThat(claim.get("verdict").asText()).isEqualTo("error");
            assertThat(claim.get("evidence").asText()).isEqualTo("no test verifies this claim");
            assertThat(claim.get("tests")).isEmpty();
            assertThat(claim.get("durationMillis").asLong()).isZero();
        }

        @Test
        void unknown_id_is_error() {
            JsonNode claim = run.claim("NOT-A-CLAIM");

            assertThat(claim.get("verdict").asText()).isEqualTo("error");
            assertThat(claim.get("evidence").asText()).startsWith("unknown claim id: NOT-A-CLAIM is not in the claims catalogue");
            assertThat(claim.get("evidence").asText()).endsWith("\nran anyway");
            assertThat(claim.get("group").isNull()).isTrue();
            assertThat(claim.get("statement").isNull()).isTrue();
        }

        @Test
        void claims_follow_catalogue_order() {
            List<String> ids = new ArrayList<>();
            run.report().get("claims").forEach(claim -> ids.add(claim.get("id").asText()));

            List<String> expected = new ArrayList<>();
            ClaimCatalogue.load().claims().forEach(claim -> expected.add(claim.id()));
            expected.add("NOT-A-CLAIM");
            assertThat(ids).containsExactlyElementsOf(expected);
        }

        @Test
        void claim_entry_maps_test() {
            JsonNode claim = run.claim("IMG-S2I-SCRIPTS");

            assertThat(claim.get("verdict").asText()).isEqualTo("passed");
            assertThat(claim.get("evidence").asText()).isEqualTo("assemble, run and usage are executable");
            assertThat(claim.get("tests").get(0).get("name").asText()).isEqualTo("claimByEntry(TestReporter)");
        }

        @Test
        void conflicting_claim_entry_is_ignored() {
            JsonNode claim = run.claim("IMG-APP-ROOT");

            assertThat(claim.get("verdict").asText()).isEqualTo("passed");
            assertThat(claim.get("tests")).hasSize(1);
            assertThat(run.claim("IMG-LABELS").get("tests")).hasSize(2);
        }

        @Test
        void test_without_claim_is_left_out() {
            assertThat(run.report().toString())
                    .doesNotContain("withoutClaim")
                    .doesNotContain("not part of any claim");
        }

        @Test
        void parameterized_invocations_are_tests() {
            JsonNode claim = run.claim("IMG-ARBITRARY-UID");

            assertThat(claim.get("verdict").asText()).isEqualTo("failed");
            assertThat(claim.get("tests")).extracting(test -> test.get("name").asText())
                    .containsExactly("runsAs(int) [1] uid=100001", "runsAs(int) [2] uid=12345");
            assertThat(claim.get("evidence").asText())
                    .isEqualTo("runsAs(int) [2] uid=12345: uid 12345 has no passwd entry");
        }

        @Test
        void images_keep_last_per_role() {
            JsonNode images = run.report().get("images");

            assertThat(images).extracting(image -> image.get("role").asText())
                    .containsExactly("full", "minimal", "variant");
            assertThat(images).extracting(image -> image.get("name").asText())
                    .containsExactly("localhost/python-full:1", "localhost/python-minimal:2", "localhost/variant:1");
            assertThat(images.get(0).get("id").asText()).isEqualTo("sha256:fff");
            assertThat(images.get(1).get("id").asText()).isEqualTo("sha256:bbb");
            assertThat(images.get(2).get("id").isNull()).isTrue();
        }

        @Test
        void missing_images_have_problem() {
            // The fixtures report images that the engine does not have.
            JsonNode minimal = run.report().get("images").get(1);

            assertThat(minimal.get("sizeBytes").isNull()).isTrue();
            assertThat(minimal.get("repoDigests")).isEmpty();
            // The reported id is not a full image id, which the engine could match to another image.
            assertThat(minimal.get("problem").asText()).startsWith("the engine has no image localhost/python-minimal:2");
        }

        @Test
        void platform_and_time_are_written() {
            JsonNode report = run.report();

            assertThat(report.get("platform").asText()).isEqualTo("reference");
            assertThat(report.get("generatedAt").asText()).isEqualTo("2025-01-02T03:04:05Z");
        }

        @Test
        void extension_evidence_comes_first() {
            JsonNode claim = run.claim("MIN-NO-NODE");

            assertThat(claim.get("evidence").asText())
                    .isEqualTo("started container for publishesImages(TestReporter)\nnode: not found");
        }

        @Test
        void summary_counts_verdicts() {
            JsonNode claims = run.report().get("claims");
            int[] counts = new int[3];
            claims.forEach(claim -> counts[List.of("passed", "failed", "error").indexOf(claim.get("verdict").asText())]++);

            JsonNode summary = run.report().get("summary");
            assertThat(summary.get("passed").asInt()).isEqualTo(counts[0]).isEqualTo(4);
            assertThat(summary.get("failed").asInt()).isEqualTo(counts[1]).isEqualTo(4);
            assertThat(summary.get("error").asInt()).isEqualTo(counts[2]).isEqualTo(claims.size() - 8);
        }

        @Test
        void report_fields_keep_order() {
            List<String> fields = new ArrayList<>();
            run.report().fieldNames().forEachRemaining(fields::add);
            List<String> claimFields = new ArrayList<>();
            run.claim("IMG-USER-1001").fieldNames().forEachRemaining(claimFields::add);

            assertThat(fields).containsExactly("platform", "generatedAt", "kitVersion", "engine", "images", "summary",
                    "selection", "claims", "sizeRatios", "inventory", "baseline", "mutants", "mutationScore");
            assertThat(claimFields)
                    .containsExactly("id", "group", "statement", "verdict", "evidence", "durationMillis", "tests");
        }

        @Test
        void json_is_pretty_printed() throws Exception {
            assertThat(Files.readString(run.jsonFile())).startsWith("{\n  \"platform\" : \"reference\",");
        }

        @Test
        void markdown_has_tables_per_group() {
            String markdown = run.markdown();

            assertThat(markdown).startsWith("# Conformance report\n");
            assertThat(markdown).contains("- Platform: `reference`\n");
            assertThat(markdown).contains("| minimal | localhost/python-minimal:2 | sha256:bbb | unknown: the engine has no "
                    + "image localhost/python-minimal:2");
            for (String group : ClaimCatalogue.load().groups()) {
                assertThat(markdown).contains("## " + group + "\n\n| Claim | Verdict | Evidence | Duration |\n");
            }
            assertThat(markdown).contains("## Claims not in the catalogue\n");
        }

        @Test
        void markdown_escapes_table_cells() {
            String markdown = run.markdown();

            assertThat(markdown).contains("| IMG-LABELS | **failed** | labelsPresent(TestReporter): summary \\| "
                    + "io.k8s.description present<br>exposeServices(TestReporter): ");
            assertThat(markdown).contains("| IMG-USER-1001 | passed | uid=1001 gid=0 | ");
        }

        @Test
        void markdown_lists_full_evidence() {
            String markdown = run.markdown();

            assertThat(markdown).contains("## Evidence of failed and error claims\n");
            assertThat(markdown).contains("### IMG-USAGE: error\n\n> The default command prints the usage text");
            assertThat(markdown).contains("```text\nIllegalStateException: container engine not reachable\n"
                    + "caused by IOException: connection refused\n```\n");
            assertThat(markdown).doesNotContain("### IMG-USER-1001");
        }

        @Test
        void console_prints_table_and_summary() {
            JsonNode summary = run.report().get("summary");
            String expectedSummary = String.format("Conformance: %d passed, %d failed, %d error (report: %s)",
                    summary.get("passed").asInt(), summary.get("failed").asInt(), summary.get("error").asInt(),
                    run.markdownFile().toAbsolutePath().normalize());

            assertThat(run.console()).startsWith("Claim ");
            assertThat(run.console()).containsPattern("(?m)^IMG-EXPOSE-8080 +failed +\\d+ ms +exposed ports: \\[\\]$");
            assertThat(run.console()).containsPattern("(?m)^RUN-INIT-WRAPPER +error +0 ms +no test verifies this claim$");
            assertThat(run.console()).contains(expectedSummary + System.lineSeparator());
        }

        @Test
        void mutants_keep_order_and_fields() {
            JsonNode mutants = run.report().get("mutants");

            assertThat(mutants).hasSize(2);
            assertThat(mutants.get(0).toString()).isEqualTo("{\"id\":\"user-root\",\"description\":\"The user is root\","
                    + "\"role\":\"minimal\",\"targets\":[\"IMG-USER-1001\"],\"caught\":true,"
                    + "\"failedClaims\":[\"IMG-USER-1001\"],\"unexpectedFailures\":[]}");
            assertThat(mutants.get(1).get("id").asText()).isEqualTo("locale-missing");
            assertThat(mutants.get(1).get("caught").asBoolean()).isFalse();
        }

        @Test
        void mutation_score_counts_caught() {
            JsonNode score = run.report().get("mutationScore");

            assertThat(score.toString()).isEqualTo("{\"caught\":1,\"total\":2}");
        }

        @Test
        void markdown_has_mutation_section() {
            String markdown = run.markdown();

            assertThat(markdown).contains("## Mutation testing\n\n");
            assertThat(markdown).contains("- Mutation score: 1 of 2 mutants caught (50%)\n");
            assertThat(markdown).contains("| Mutant | Image | Change | Targets | Result |\n");
            assertThat(markdown).contains("| user-root | minimal | The user is root | IMG-USER-1001 | caught |\n");
            assertThat(markdown).contains("| locale-missing | full | LANG \\| LC_ALL name a locale that is not installed"
                    + " | IMG-LOCALE, IMG-LABELS | **missed**<br>other claims that did not pass: MIN-FEW-PACKAGES |\n");
            assertThat(markdown).doesNotContain("incomplete");
        }

        @Test
        void console_prints_mutation_score() {
            assertThat(run.console()).endsWith("Mutation score: 1 of 2 mutants caught (50%), missed: locale-missing"
                    + System.lineSeparator());
        }

        @Test
        void kit_and_engine_versions() {
            JsonNode report = run.report();

            // Surefire passes the project's version; an IDE run from class folders has none.
            String expected = System.getProperty("s2ikit.project.version");
            if (expected != null) {
                assertThat(report.get("kitVersion").asText()).isEqualTo(expected);
            }
            assertThat(report.get("engine").get("name").asText()).isIn("Docker", "Podman");
            assertThat(report.get("engine").get("version").asText()).isNotBlank();
            assertThat(report.get("engine").get("apiVersion").asText()).matches("\\d+\\.\\d+");
            assertThat(report.get("engine").get("problem").isNull()).isTrue();
        }

        @Test
        void ratio_of_unknown_sizes() {
            JsonNode ratios = run.report().get("sizeRatios");

            assertThat(ratios).hasSize(1);
            JsonNode minimal = ratios.get(0);
            assertThat(minimal.get("claim").asText()).isEqualTo("MIN-FEW-PACKAGES");
            assertThat(minimal.get("image").asText()).isEqualTo("minimal");
            assertThat(minimal.get("reference").asText()).isEqualTo("full");
            assertThat(minimal.get("ratio").isNull()).isTrue();
            assertThat(minimal.get("maximum").asDouble()).isEqualTo(0.5);
            assertThat(minimal.get("problem").asText()).startsWith("the size of the minimal image "
                    + "localhost/python-minimal:2 is unknown: the engine has no image");
        }

        @Test
        void inventory_of_missing_images() {
            JsonNode inventory = run.report().get("inventory");

            assertThat(inventory.get("collected").asBoolean()).isTrue();
            assertThat(inventory.get("images")).extracting(image -> image.get("role").asText())
                    .containsExactly("full", "minimal", "variant");
            assertThat(inventory.get("images").get(1).get("problem").asText())
                    .startsWith("the image could not be inspected: the engine has no image");
            assertThat(inventory.get("images").get(1).get("osPackages")).isEmpty();
        }

        @Test
        void junit_xml_has_case_per_claim() throws Exception {
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(run.junitXmlFile().toFile());

            NodeList cases = xml.getElementsByTagName("testcase");
            assertThat(cases.getLength()).isEqualTo(run.report().get("claims").size());
            Element failing = null;
            for (int i = 0; i < cases.getLength(); i++) {
                Element testCase = (Element) cases.item(i);
                if (testCase.getAttribute("name").startsWith("IMG-EXPOSE-8080: ")) {
                    failing = testCase;
                }
            }
            assertThat(failing).as("test case of IMG-EXPOSE-8080").isNotNull();
            assertThat(failing.getAttribute("classname")).isEqualTo("Image basics (minimal and full)");
            assertThat(failing.getElementsByTagName("failure").item(0).getTextContent())
                    .isEqualTo("exposed ports: []\nexpected port 8080/tcp to be exposed");
        }

        @Test
        void html_has_row_per_claim() {
            String html = run.html();

            for (JsonNode claim : run.report().get("claims")) {
                assertThat(html).contains("data-claim=\"" + claim.get("id").asText() + "\" data-verdict=\""
                        + claim.get("verdict").asText() + "\"");
            }
            assertThat(html).startsWith("<!DOCTYPE html>");
        }

        @Test
        void run_results_are_unchanged() {
            // The listener only observes: the fixtures' own outcomes are as JUnit reports them.
            assertThat(run.summary().getTestsSucceededCount()).isEqualTo(9);
            assertThat(run.summary().getTestsFailedCount()).isEqualTo(5);
            assertThat(run.summary().getTestsAbortedCount()).isEqualTo(1);
        }
    }

    @Test
    void plan_without_claims_writes_nothing(@TempDir Path reportDir) {
        // when
        ReportRun run = ReportRun.run(reportDir, WithoutClaimsTestCases.class);

        // then
        assertThat(run.summary().getTestsSucceededCount()).isEqualTo(1);
        assertThat(reportDir).isEmptyDirectory();
        assertThat(run.console()).isEmpty();
    }

    @Test
    void run_without_mutants_omits_section(@TempDir Path reportDir) {
        // when
        ReportRun run = ReportRun.run(reportDir, ParameterizedTestCases.class);

        // then
        assertThat(run.report().get("mutants")).isEmpty();
        assertThat(run.report().get("mutationScore").toString()).isEqualTo("{\"caught\":0,\"total\":0}");
        assertThat(run.markdown()).doesNotContain("Mutation testing");
        assertThat(run.markdown()).doesNotContain("mutant");
        assertThat(run.html()).doesNotContain("id=\"mutation\"");
        assertThat(run.html()).doesNotContain("Mutation testing");
        assertThat(run.console()).doesNotContain("Mutation score");
    }

    @Test
    void selected_claims_limit_rows(@TempDir Path reportDir) {
        // given
        Map<String, String> selection = Map.of(ConformanceReportListener.SELECTED_CLAIMS_PROPERTY,
                "IMG-ARBITRARY-UID, IMG-LABELS");

        // when
        ReportRun run = ReportRun.run(reportDir, selection, ParameterizedTestCases.class);

        // then
        assertThat(run.report().get("claims")).extracting(claim -> claim.get("id").asText())
                .containsExactly("IMG-ARBITRARY-UID", "IMG-LABELS");
        assertThat(run.claim("IMG-LABELS").get("evidence").asText()).isEqualTo(ClaimAggregator.NO_TEST);
        assertThat(run.report().get("summary").toString()).isEqualTo("{\"passed\":0,\"failed\":1,\"error\":1}");
    }

    @Test
    void selection_is_named_everywhere(@TempDir Path reportDir) throws Exception {
        // given
        int catalogueSize = ClaimCatalogue.load().claims().size();
        Map<String, String> selection = Map.of(ConformanceReportListener.SELECTED_CLAIMS_PROPERTY,
                "IMG-LABELS,IMG-ARBITRARY-UID,NO-SUCH-CLAIM");

        // when
        ReportRun run = ReportRun.run(reportDir, selection, ParameterizedTestCases.class);

        // then
        assertThat(run.report().get("selection").toString()).isEqualTo("{\"claims\":[\"IMG-ARBITRARY-UID\","
                + "\"IMG-LABELS\"],\"catalogueClaims\":" + catalogueSize + ",\"ignoredIds\":[\"NO-SUCH-CLAIM\"]}");
        String explanation = "They were selected with the configuration parameter conformance.report.claims, which "
                + "the runner's --claims option sets, so the other claims have no verdict in this report. The selected "
                + "id NO-SUCH-CLAIM is not in the catalogue, so the report leaves it out.";
        assertThat(run.markdown()).contains("- Claims: 0 passed, 1 failed, 1 error\n\n> **Only 2 of the catalogue's "
                + catalogueSize + " claims were checked:** IMG-ARBITRARY-UID, IMG-LABELS. " + explanation + "\n\n");
        assertThat(run.html()).contains("<p class=\"selection\" id=\"selection\"><strong>Only 2 of the "
                + "catalogue&#39;s " + catalogueSize + " claims were checked:</strong> IMG-ARBITRARY-UID, IMG-LABELS. "
                + explanation.replace("'", "&#39;") + "</p>");
        assertThat(run.console()).contains("Conformance: 0 passed, 1 failed, 1 error in a selection of 2 of the "
                + "catalogue's " + catalogueSize + " claims (report: ");
        assertThat(Files.readString(run.junitXmlFile())).contains("<property name=\"selection\" "
                + "value=\"IMG-ARBITRARY-UID, IMG-LABELS (a selection of 2 of the catalogue's " + catalogueSize
                + " claims)\"");
    }

    @Test
    void unselected_claim_has_no_ratio(@TempDir Path reportDir) {
        // given a run of MIN-NO-NODE alone, whose test reports the minimal image
        Map<String, String> parameters = Map.of(ConformanceReportListener.SELECTED_CLAIMS_PROPERTY, "MIN-NO-NODE",
                ConformanceReportListener.INVENTORY_PROPERTY, "false");

        // when
        ReportRun run = ReportRun.run(reportDir, parameters, ImageEntriesTestCases.class);

        // then the ratio of MIN-FEW-PACKAGES, which the run did not check, is left out
        assertThat(run.report().get("images")).isNotEmpty();
        assertThat(run.report().get("sizeRatios")).isEmpty();
        assertThat(run.markdown()).doesNotContain("MIN-FEW-PACKAGES");
        assertThat(run.html()).doesNotContain("MIN-FEW-PACKAGES");
    }

    @Test
    void full_catalogue_has_no_selection(@TempDir Path reportDir) {
        ReportRun run = ReportRun.run(reportDir, ParameterizedTestCases.class);

        assertThat(run.report().get("selection").isNull()).isTrue();
        assertThat(run.markdown()).doesNotContain("were checked");
        assertThat(run.html()).doesNotContain("class=\"selection\"");
        assertThat(run.console()).doesNotContain("a selection of");
    }

    @Test
    void missing_report_dir_is_created(@TempDir Path tempDir) {
        // given
        Path reportDir = tempDir.resolve("a/b/conformance");

        // when
        ReportRun run = ReportRun.run(reportDir, ParameterizedTestCases.class);

        // then
        assertThat(run.jsonFile()).isRegularFile();
        assertThat(run.markdownFile()).isRegularFile();
        assertThat(run.junitXmlFile()).isRegularFile();
        assertThat(run.htmlFile()).isRegularFile();
    }

    @Test
    void unwritable_report_dir_keeps_run(@TempDir Path tempDir) throws Exception {
        // given a report folder below a regular file, which no one can create
        Path file = Files.writeString(tempDir.resolve("file.txt"), "not a folder");
        Path reportDir = file.resolve("conformance");

        // when
        ReportRun run = ReportRun.run(reportDir, ParameterizedTestCases.class);

        // then
        assertThat(run.summary().getTestsSucceededCount()).isEqualTo(1);
        assertThat(run.summary().getTestsFailedCount()).isEqualTo(1);
        assertThat(Files.isDirectory(reportDir)).isFalse();
        assertThat(run.console()).contains("IMG-ARBITRARY-UID");
        assertThat(run.console()).contains("(report not written, see the error above)");
    }

    @Test
    void parallel_run_keeps_all_evidence(@TempDir Path reportDir) {
        // given
        Map<String, String> parallel = Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "8");

        // when
        ReportRun run = ReportRun.run(reportDir, parallel, ParallelTestCases.class);

        // then
        JsonNode claim = run.claim("RUN-APP-FILE");
        assertThat(claim.get("verdict").asText()).isEqualTo("passed");
        assertThat(claim.get("tests")).hasSize(ParallelTestCases.REPETITIONS);
        List<String> expected = new ArrayList<>();
        for (int number = 1; number <= ParallelTestCases.REPETITIONS; number++) {
            String name = "repeated(RepetitionInfo, TestReporter) repetition " + number + " of "
                    + ParallelTestCases.REPETITIONS;
            expected.add(name + ": repetition " + number + " step 1");
            expected.add(name + ": repetition " + number + " step 2");
        }
        assertThat(claim.get("evidence").asText().split("\n")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(run.claim("RUN-APP-SCRIPT").get("verdict").asText()).isEqualTo("passed");
    }

    @Test
    void service_file_registers_listener(@TempDir Path reportDir) {
        // given a launcher that loads listeners from META-INF/services, as Surefire's does
        SummaryGeneratingListener summary = new SummaryGeneratingListener();

        // when
        // The class path's own listener writes the report here; its summary table would only add noise to the build log.
        LauncherFactory.create().execute(ReportRun.request(reportDir,
                Map.of(ConformanceReportListener.CONSOLE_PROPERTY, "false"), ParameterizedTestCases.class), summary);

        // then
        assertThat(summary.getSummary().getTestsFoundCount()).isEqualTo(2);
        assertThat(reportDir.resolve(ConformanceReportListener.JSON_FILE)).isRegularFile();
        assertThat(reportDir.resolve(ConformanceReportListener.MARKDOWN_FILE)).isRegularFile();
    }
}
