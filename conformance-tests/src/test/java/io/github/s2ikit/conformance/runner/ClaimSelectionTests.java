package io.github.s2ikit.conformance.runner;

import io.github.s2ikit.conformance.report.ClaimCatalogue;
import io.github.s2ikit.conformance.report.ClaimDefinition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimSelectionTests {

    private static final ClaimCatalogue CATALOGUE = ClaimCatalogue.load();

    @Test
    void ids_select_in_catalogue_order() {
        ClaimSelection selection = ClaimSelection.of(List.of("MIN-NO-NODE", "IMG-LABELS"), CATALOGUE);

        assertThat(selection.ids()).containsExactly("IMG-LABELS", "MIN-NO-NODE");
        assertThat(selection.isAll()).isFalse();
        assertThat(selection.catalogueSize()).isEqualTo(CATALOGUE.claims().size());
    }

    @Test
    void star_glob_selects_group() {
        ClaimSelection selection = ClaimSelection.of(List.of("MIN-*"), CATALOGUE);

        assertThat(selection.ids()).containsExactly("MIN-NO-COMPILERS", "MIN-NO-HEADERS", "MIN-NO-NODE",
                "MIN-PACKAGE-MANAGER", "MIN-FEW-PACKAGES", "MIN-WHEELS-INSTALL", "MIN-NO-SOURCE-BUILDS");
    }

    @Test
    void question_mark_matches_one_character() {
        assertThat(ClaimSelection.of(List.of("IMG-USER-100?"), CATALOGUE).ids()).containsExactly("IMG-USER-1001");
        assertThatThrownBy(() -> ClaimSelection.of(List.of("IMG-USER-10?"), CATALOGUE))
                .isInstanceOf(PreflightException.class);
    }

    @Test
    void glob_matches_whole_id() {
        assertThat(ClaimSelection.of(List.of("*-LEAN"), CATALOGUE).ids()).containsExactly("WA-MULTISTAGE-LEAN");
        assertThat(ClaimSelection.of(List.of("WA-MULTISTAGE"), CATALOGUE).ids()).containsExactly("WA-MULTISTAGE");
    }

    @Test
    void match_ignores_case() {
        assertThat(ClaimSelection.of(List.of("img-labels", "Full-*"), CATALOGUE).ids())
                .containsExactly("IMG-LABELS", "FULL-TOOLCHAIN", "FULL-SOURCE-BUILDS");
    }

    @Test
    void dots_in_patterns_are_literal() {
        assertThatThrownBy(() -> ClaimSelection.of(List.of("IMG.LABELS"), CATALOGUE))
                .isInstanceOf(PreflightException.class);
    }

    @Test
    void overlapping_patterns_select_once() {
        ClaimSelection selection = ClaimSelection.of(List.of("FULL-*", "FULL-TOOLCHAIN", " full-toolchain "),
                CATALOGUE);

        assertThat(selection.ids()).containsExactly("FULL-TOOLCHAIN", "FULL-SOURCE-BUILDS");
    }

    @Test
    void unknown_id_names_valid_ids() {
        List<String> ids = CATALOGUE.claims().stream().map(ClaimDefinition::id).toList();

        assertThatThrownBy(() -> ClaimSelection.of(List.of("IMG-LABELS", "NOT-A-CLAIM"), CATALOGUE))
                .isInstanceOf(PreflightException.class)
                .hasMessage("Unknown claim 'NOT-A-CLAIM' in --claims: it matches no claim of the catalogue. "
                        + "Valid ids: " + String.join(", ", ids) + " (--list-claims prints them with their statements).");
    }

    @Test
    void empty_entry_is_rejected() {
        assertThatThrownBy(() -> ClaimSelection.of(List.of("IMG-LABELS", " "), CATALOGUE))
                .isInstanceOf(PreflightException.class)
                .hasMessage("Invalid --claims: it has an empty entry. Give claim ids or globs separated by commas, "
                        + "such as --claims 'MIN-*,IMG-LABELS'.");
    }

    @Test
    void all_selects_whole_catalogue() {
        ClaimSelection selection = ClaimSelection.all(CATALOGUE);

        assertThat(selection.ids()).containsExactlyElementsOf(
                CATALOGUE.claims().stream().map(ClaimDefinition::id).toList());
        assertThat(selection.isAll()).isTrue();
        assertThat(selection.includes("RUN-INIT-WRAPPER")).isTrue();
        assertThat(selection.includes("NOT-A-CLAIM")).isFalse();
    }
}
