package io.github.s2ikit.conformance.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ClaimCatalogueTests {

    /** Every claim id of the claims catalogue, in catalogue order. */
    private static final List<String> CATALOGUE_IDS = List.of(
            "IMG-USER-1001", "IMG-ARBITRARY-UID", "IMG-APP-ROOT", "IMG-PYTHON-VERSION", "IMG-EXPOSE-8080",
            "IMG-USAGE", "IMG-S2I-SCRIPTS", "IMG-FIX-PERMISSIONS", "IMG-LOCALE", "IMG-LABELS",
            "MIN-NO-COMPILERS", "MIN-NO-HEADERS", "MIN-NO-NODE", "MIN-PACKAGE-MANAGER", "MIN-FEW-PACKAGES",
            "MIN-WHEELS-INSTALL", "MIN-NO-SOURCE-BUILDS",
            "FULL-TOOLCHAIN", "FULL-SOURCE-BUILDS",
            "WA-FULL-IMAGE", "WA-EXTEND-MINIMAL", "WA-MULTISTAGE", "WA-MULTISTAGE-LEAN", "WA-MULTISTAGE-JIB",
            "ASM-REQUIREMENTS", "ASM-SETUP-PY", "ASM-PIP-INDEX-URL", "ASM-TOOL-CONFLICT", "ASM-PERMISSIONS",
            "RUN-APP-SCRIPT", "RUN-APP-FILE", "RUN-APP-MODULE", "RUN-NOTHING-TO-RUN", "RUN-INIT-WRAPPER");

    private static final List<String> GROUPS = List.of(
            "Image basics (minimal and full)",
            "The minimal image's limitations (minimal only)",
            "The full image (full only)",
            "The three documented workarounds",
            "The s2i scripts");

    @Test
    void catalogue_has_all_ids_in_order() {
        List<String> ids = ClaimCatalogue.load().claims().stream().map(ClaimDefinition::id).toList();

        assertThat(ids).containsExactlyElementsOf(CATALOGUE_IDS);
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void catalogue_has_five_groups() {
        assertThat(ClaimCatalogue.load().groups()).containsExactlyElementsOf(GROUPS);
    }

    @Test
    void every_claim_has_statement_and_check() {
        for (ClaimDefinition claim : ClaimCatalogue.load().claims()) {
            assertThat(claim.statement()).as("statement of %s", claim.id()).isNotBlank();
            assertThat(claim.check()).as("check of %s", claim.id()).isNotBlank();
        }
    }

    @Test
    void find_returns_claim_by_id() {
        ClaimDefinition claim = ClaimCatalogue.load().find("MIN-NO-COMPILERS").orElseThrow();

        assertThat(claim.group()).isEqualTo("The minimal image's limitations (minimal only)");
        assertThat(claim.statement()).startsWith("No C or C++ compiler is present");
        assertThat(claim.check()).isEqualTo("one probe for all names");
    }

    @Test
    void find_unknown_id_is_empty() {
        assertThat(ClaimCatalogue.load().find("NOT-A-CLAIM")).isEmpty();
    }

    @Test
    void select_keeps_catalogue_order() {
        ClaimCatalogue selected = ClaimCatalogue.load().select(List.of("MIN-NO-NODE", "NOT-A-CLAIM", "IMG-LABELS"));

        assertThat(selected.claims()).extracting(ClaimDefinition::id).containsExactly("IMG-LABELS", "MIN-NO-NODE");
        assertThat(selected.groups()).containsExactly(GROUPS.get(0), GROUPS.get(1));
    }

    @Test
    void select_without_known_id_is_rejected() {
        assertThatIllegalStateException()
                .isThrownBy(() -> ClaimCatalogue.load().select(List.of("NOT-A-CLAIM")))
                .withMessage("None of the claim ids [NOT-A-CLAIM] is in the claims catalogue, so the selection is "
                        + "empty. Select ids of io/github/s2ikit/conformance/claims.json.");
    }

    @Test
    void missing_resource_is_rejected() {
        assertThatIllegalStateException()
                .isThrownBy(() -> ClaimCatalogue.load("io/github/s2ikit/missing.json", getClass().getClassLoader()))
                .withMessageStartingWith("Claims catalogue not found: the class path has no resource "
                        + "io/github/s2ikit/missing.json.");
    }

    @Test
    void invalid_json_is_rejected(@TempDir Path tempDir) throws Exception {
        // given
        Path file = Files.writeString(tempDir.resolve("claims.json"), "{\"claims\": [");

        // when, then
        try (InputStream input = Files.newInputStream(file)) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> ClaimCatalogue.read(input, file.toString()))
                    .withMessageStartingWith("Invalid claims catalogue " + file + ": it is not valid JSON: ");
        }
    }

    @Test
    void missing_claims_array_is_rejected() {
        assertThatIllegalStateException()
                .isThrownBy(() -> read("{\"claim\": []}"))
                .withMessage("Invalid claims catalogue test.json: expected a JSON object with a \"claims\" array.");
    }

    @Test
    void empty_claims_array_is_rejected() {
        assertThatIllegalStateException()
                .isThrownBy(() -> read("{\"claims\": []}"))
                .withMessage("Invalid claims catalogue test.json: the \"claims\" array is empty.");
    }

    @Test
    void missing_field_is_rejected() {
        String json = "{\"claims\": [" + claim("A-1") + ", {\"id\": \"A-2\", \"group\": \"G\", \"statement\": \"S\"}]}";

        assertThatIllegalStateException()
                .isThrownBy(() -> read(json))
                .withMessage("Invalid claims catalogue test.json: claims[1] has no text field \"check\".");
    }

    @Test
    void blank_id_is_rejected() {
        String json = "{\"claims\": [" + claim(" ") + "]}";

        assertThatIllegalStateException()
                .isThrownBy(() -> read(json))
                .withMessage("Invalid claims catalogue test.json: claims[0] has no text field \"id\".");
    }

    @Test
    void claim_not_object_is_rejected() {
        assertThatIllegalStateException()
                .isThrownBy(() -> read("{\"claims\": [\"A-1\"]}"))
                .withMessage("Invalid claims catalogue test.json: claims[0] is not a JSON object.");
    }

    @Test
    void duplicate_id_is_rejected() {
        String json = "{\"claims\": [" + claim("A-1") + ", " + claim("A-1") + "]}";

        assertThatIllegalStateException()
                .isThrownBy(() -> read(json))
                .withMessage("Invalid claims catalogue test.json: claim id A-1 appears more than once.");
    }

    @Test
    void claims_keep_file_order() {
        String json = "{\"claims\": [" + claim("B-1") + ", " + claim("A-1") + "]}";

        assertThat(read(json).claims()).extracting(ClaimDefinition::id).containsExactly("B-1", "A-1");
    }

    private static String claim(String id) {
        return "{\"id\": \"" + id + "\", \"group\": \"G\", \"statement\": \"S\", \"check\": \"C\"}";
    }

    private static ClaimCatalogue read(String json) {
        return ClaimCatalogue.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
