package io.github.s2ikit.conformance.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.s2ikit.conformance.mutation.ClaimRun.ClaimOutcome;
import io.github.s2ikit.conformance.mutation.ClaimRun.ClaimReport;
import io.github.s2ikit.conformance.report.ClaimCatalogue;
import io.github.s2ikit.conformance.report.ClaimDefinition;
import io.github.s2ikit.conformance.report.MutantResult;
import io.github.s2ikit.image.BuildContext;
import io.github.s2ikit.image.ClasspathFolder;
import io.github.s2ikit.image.ImageBuild;
import io.github.s2ikit.platform.ImageRole;
import io.github.s2ikit.platform.Platforms;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Checks the mutant catalogue and how mutant images are put together, without a container engine.
 */
class MutantsTests {

    private static final String MINIMAL = "s2ikit/reference-python-311-minimal:aaaa";
    private static final String FULL = "s2ikit/reference-python-311:ffff";

    @Test
    void every_claim_has_a_mutant() {
        Set<String> targeted = new TreeSet<>();
        Mutants.all().forEach(mutant -> targeted.addAll(mutant.targets().keySet()));

        Set<String> claims = new TreeSet<>();
        ClaimCatalogue.load().claims().stream().map(ClaimDefinition::id).forEach(claims::add);
        assertThat(targeted).containsExactlyInAnyOrderElementsOf(claims);
    }

    @Test
    void every_claim_has_a_test() {
        Set<String> claims = new TreeSet<>();
        ClaimCatalogue.load().claims().stream().map(ClaimDefinition::id).forEach(claims::add);

        assertThat(ClaimMethods.find().claims()).containsExactlyInAnyOrderElementsOf(claims);
    }

    @Test
    void static_claims_build_nothing() {
        assertThat(ClaimMethods.find().staticClaims()).containsExactlyInAnyOrder(
                "IMG-USER-1001", "IMG-EXPOSE-8080", "IMG-USAGE", "IMG-S2I-SCRIPTS", "IMG-FIX-PERMISSIONS",
                "IMG-LOCALE", "IMG-LABELS", "MIN-NO-COMPILERS", "MIN-NO-HEADERS", "MIN-NO-NODE",
                "MIN-PACKAGE-MANAGER", "MIN-FEW-PACKAGES", "FULL-TOOLCHAIN");
    }

    @Test
    void mutant_ids_are_unique_image_names() {
        Set<String> ids = new HashSet<>();
        for (Mutant mutant : Mutants.all()) {
            assertThat(ids.add(mutant.id())).as("mutant id %s is unique", mutant.id()).isTrue();
            assertThat(mutant.id()).as("mutant id").matches("[a-z0-9]+(-[a-z0-9]+)*")
                    .isNotEqualTo(MutationTests.REFERENCE_RUN);
        }
    }

    @Test
    void mutants_have_change_and_evidence() {
        for (Mutant mutant : Mutants.all()) {
            assertThat(mutant.dockerfile().isBlank() && !mutant.editsRecipe())
                    .as("mutant %s has neither Dockerfile lines nor a recipe edit", mutant.id()).isFalse();
            assertThat(mutant.description()).as("description of %s", mutant.id()).isNotBlank().doesNotContain("\n");
            assertThat(mutant.targets()).as("targets of %s", mutant.id()).isNotEmpty();
            mutant.targets().forEach((claim, evidence) ->
                    assertThat(evidence).as("evidence text of %s for %s", mutant.id(), claim).isNotBlank());
        }
    }

    @Test
    void every_edit_applies_to_the_reference() {
        // Building each mutant's context applies its edits, which fail unless the text occurs once.
        for (Mutant mutant : Mutants.all()) {
            ImageBuild build = MutantImages.toImageBuild(mutant, Platforms.REFERENCE, MINIMAL, FULL);

            assertThat(build.repository()).isEqualTo("s2ikit/mutant-" + mutant.id());
        }
    }

    @Test
    void dockerfile_names_both_references() {
        Mutant mutant = Mutant.of("headers", ImageRole.MINIMAL, "copies headers")
                .withDockerfile("COPY --from={full} /usr/include/stdio.h /usr/include/stdio.h");

        ImageBuild build = MutantImages.toImageBuild(mutant, Platforms.REFERENCE, MINIMAL, FULL);

        assertThat(text(build.context(), "Dockerfile"))
                .isEqualTo("FROM " + MINIMAL + "\nCOPY --from=" + FULL + " /usr/include/stdio.h /usr/include/stdio.h\n");
        assertThat(build.baseImages()).containsExactly(MINIMAL, FULL);
    }

    @Test
    void script_edit_lands_under_edited() {
        Mutant mutant = Mutants.all().stream().filter(candidate -> candidate.id().equals("run-exits-0-with-nothing-to-run"))
                .findFirst().orElseThrow();

        ImageBuild build = MutantImages.toImageBuild(mutant, Platforms.REFERENCE, MINIMAL, FULL);

        String run = text(build.context(), "edited/s2i/bin/run");
        String original = text(ClasspathFolder.read(MutantImages.REFERENCE_DEFINITIONS), "s2i/bin/run");
        assertThat(run).endsWith(">&2\nexit 0\n");
        assertThat(original).endsWith(">&2\nexit 1\n");
        assertThat(build.context().files().get("edited/s2i/bin/run").mode()).isEqualTo(0755);
        assertThat(build.baseImages()).containsExactly(MINIMAL);
    }

    @Test
    void recipe_edit_builds_from_base_image() {
        Mutant mutant = Mutants.all().stream().filter(Mutant::editsRecipe).findFirst().orElseThrow();

        ImageBuild build = MutantImages.toImageBuild(mutant, Platforms.REFERENCE, MINIMAL, FULL);

        assertThat(build.dockerfile()).isEqualTo(mutant.recipe());
        assertThat(build.baseImages()).containsExactly("debian:bookworm-slim");
        assertThat(build.buildArgs()).containsEntry("PYTHON_VERSION", "3.11");
        assertThat(text(build.context(), mutant.recipe())).doesNotContain(mutant.edits().get(0).find());
    }

    @Test
    void edit_rejects_missing_or_repeated_text() {
        Mutant.Edit edit = new Mutant.Edit("s2i/bin/run", "exit 1", "exit 0");

        assertThatThrownBy(() -> edit.applyTo("exit 1\nexit 1\n")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("occurs more than once");
        assertThatThrownBy(() -> edit.applyTo("exit 2\n")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("occurs nowhere");
        assertThat(edit.applyTo("echo\nexit 1\n")).isEqualTo("echo\nexit 0\n");
    }

    @Test
    void judge_reports_caught_and_unexpected() {
        Mutant mutant = Mutant.of("user-root", ImageRole.MINIMAL, "root").withDockerfile("USER root")
                .breaks("IMG-USER-1001", "uid 0");
        ClaimReport report = new ClaimReport(Path.of("report.json"), Map.of(
                "IMG-USER-1001", new ClaimOutcome("failed", "minimal: uid 0, gid 0"),
                "IMG-LOCALE", new ClaimOutcome("error", "ProbeException: no python"),
                "IMG-LABELS", new ClaimOutcome("passed", "")), Map.of());

        MutantResult result = MutationTests.judge(mutant, new TreeSet<>(List.of("IMG-USER-1001", "IMG-LOCALE", "IMG-LABELS")),
                report);

        assertThat(result.caught()).isTrue();
        assertThat(result.failedClaims()).containsExactly("IMG-USER-1001");
        assertThat(result.unexpectedFailures()).containsExactly("IMG-LOCALE");
        assertThat(result.targets()).containsExactly("IMG-USER-1001");
    }

    @Test
    void judge_misses_failure_for_other_reason() {
        Mutant mutant = Mutant.of("user-root", ImageRole.MINIMAL, "root").withDockerfile("USER root")
                .breaks("IMG-USER-1001", "uid 0");
        ClaimReport report = new ClaimReport(Path.of("report.json"), Map.of(
                "IMG-USER-1001", new ClaimOutcome("failed", "minimal: uid 1001, gid 1001")), Map.of());

        MutantResult result = MutationTests.judge(mutant, Set.of("IMG-USER-1001"), report);

        assertThat(result.caught()).isFalse();
        assertThat(result.failedClaims()).containsExactly("IMG-USER-1001");
    }

    private static String text(BuildContext context, String path) {
        assertThat(context.contains(path)).as("the build context has %s", path).isTrue();
        return new String(context.files().get(path).content(), StandardCharsets.UTF_8);
    }
}
