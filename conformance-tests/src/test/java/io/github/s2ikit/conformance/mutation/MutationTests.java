package io.github.s2ikit.conformance.mutation;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.s2ikit.conformance.mutation.ClaimRun.ClaimOutcome;
import io.github.s2ikit.conformance.mutation.ClaimRun.ClaimReport;
import io.github.s2ikit.conformance.report.MutantResult;
import io.github.s2ikit.conformance.report.SuiteReportKeys;
import io.github.s2ikit.image.BuiltImage;
import io.github.s2ikit.junit.ConformanceSettings;
import io.github.s2ikit.platform.ImageRole;
import io.github.s2ikit.platform.Platform;
import io.github.s2ikit.platform.Platforms;
import io.github.s2ikit.reference.ReferenceImages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mutation self-test: proves that the suite's checks fail, for the right reason, on images
 * that break their claims, and pass on the reference images.
 *
 * <p>Each mutant of {@link Mutants} is built, then the suite's claim tests run against it through
 * the JUnit Platform launcher in this JVM, with the mutant in its role and the other reference
 * image in the other. A mutant is caught when each claim it targets fails (verdict {@code failed},
 * not {@code error}) with evidence that contains the mutant's expected text. Each test also
 * requires every other claim that ran to pass, and publishes the outcome as a
 * {@value SuiteReportKeys#MUTANT} report entry, from which the main report's mutation section is
 * made. Per-run reports go to subfolders of {@value #MUTATION_DIR} (default
 * {@code target/mutation}).
 *
 * <p>Limits:
 * <ul>
 *   <li>A mutant's run covers the claims it targets plus the static claims, which need no app
 *       build (see {@link ClaimMethods#staticClaims()}). Claims that need app builds and are not
 *       targeted are not run against each mutant, for time, so "no unrelated claim fails" is
 *       checked against the static claims only.
 *   <li>It runs only when the suite targets the reference platform with no image overrides,
 *       because the mutants derive from the reference images. The tag {@code mutation} leaves it
 *       out of a run ({@code -Dexcluded.groups=mutation}).
 * </ul>
 */
@Tag("mutation")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MutationTests {

    /** System property: the folder for the reports of the inner runs, one subfolder each. */
    static final String MUTATION_DIR = "conformance.mutation.dir";

    /**
     * System property: a comma-separated list of the ids of the mutants to run, for work on a few of
     * them. Every mutant runs when it is not set.
     */
    static final String SELECTED_MUTANTS = "conformance.mutants";

    /** The subfolder of the run against the reference images. */
    static final String REFERENCE_RUN = "reference";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Platform PLATFORM = Platforms.REFERENCE;

    private static ClaimMethods claimMethods;
    private static String referenceMinimal;
    private static String referenceFull;

    @BeforeAll
    static void prepare() {
        Platform target = ConformanceSettings.fromSystemProperties().platform();
        assumeTrue(target.isReference(), () -> "The mutation self-test derives its images from the reference images,"
                + " so it runs only when the suite targets the reference platform with no image overrides, not "
                + target.id() + " with " + target.minimalImage().orElse("the platform's minimal image") + " and "
                + target.fullImage().orElse("the platform's full image"));

        claimMethods = ClaimMethods.find();
        referenceMinimal = ReferenceImages.minimal(PLATFORM).name();
        referenceFull = ReferenceImages.full(PLATFORM).name();
    }

    static List<Mutant> mutants() {
        String selected = System.getProperty(SELECTED_MUTANTS, "").strip();
        if (selected.isEmpty()) {
            return Mutants.all();
        }
        Set<String> ids = new TreeSet<>(List.of(selected.split("\\s*,\\s*")));
        List<Mutant> mutants = Mutants.all().stream().filter(mutant -> ids.remove(mutant.id())).toList();
        if (!ids.isEmpty()) {
            throw new IllegalArgumentException("Unknown mutant ids in system property " + SELECTED_MUTANTS + ": " + ids
                    + "; the mutants are " + Mutants.all());
        }
        return mutants;
    }

    @Test
    @Order(1)
    void referencePairFailsNoClaim() {
        Set<String> claims = claimsRunForReference();

        ClaimReport report = run(claims, referenceMinimal, referenceFull, REFERENCE_RUN);

        SoftAssertions softly = new SoftAssertions();
        for (String id : claims) {
            ClaimOutcome outcome = report.claim(id);
            softly.assertThat(outcome.verdict()).as("verdict of %s on the reference images; evidence:%n%s", id,
                    outcome.evidence()).isEqualTo("passed");
        }
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutants")
    @Order(2)
    void mutantFailsItsTargetsOnly(Mutant mutant, TestReporter reporter) throws JsonProcessingException {
        Set<String> claims = new TreeSet<>(claimMethods.staticClaims());
        claims.addAll(mutant.targets().keySet());
        BuiltImage image;
        ClaimReport report;
        try {
            image = MutantImages.build(mutant, PLATFORM);
            boolean minimal = mutant.role() == ImageRole.MINIMAL;
            report = run(claims, minimal ? image.name() : referenceMinimal, minimal ? referenceFull : image.name(),
                    mutant.id());
        } catch (RuntimeException e) {
            // A mutant whose image or run failed caught nothing, and the score must count it so.
            publish(reporter, new MutantResult(mutant.id(), mutant.description(), mutant.role().label(),
                    List.copyOf(mutant.targets().keySet()), false, List.of(), List.of()));
            throw e;
        }

        MutantResult result = judge(mutant, claims, report);
        publish(reporter, result);

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(report.images().get(mutant.role().label())).as("the %s image of the run, from %s",
                mutant.role().label(), report.file()).isEqualTo(image.name());
        mutant.targets().forEach((id, text) -> {
            ClaimOutcome outcome = report.claim(id);
            softly.assertThat(outcome.verdict()).as("verdict of targeted claim %s on mutant %s; evidence:%n%s", id,
                    mutant.id(), outcome.evidence()).isEqualTo("failed");
            softly.assertThat(outcome.evidence()).as("evidence of targeted claim %s on mutant %s", id, mutant.id())
                    .contains(text);
        });
        for (String id : result.unexpectedFailures()) {
            ClaimOutcome outcome = report.claim(id);
            softly.fail("Claim %s, which mutant %s does not target, has the verdict %s; evidence:%n%s", id,
                    mutant.id(), outcome.verdict(), outcome.evidence());
        }
        softly.assertAll();
    }

    /**
     * Returns the claims run against the reference images: the static claims and every claim some
     * mutant targets.
     */
    private static Set<String> claimsRunForReference() {
        Set<String> claims = new TreeSet<>(claimMethods.staticClaims());
        for (Mutant mutant : Mutants.all()) {
            claims.addAll(mutant.targets().keySet());
        }
        return claims;
    }

    private static void publish(TestReporter reporter, MutantResult result) throws JsonProcessingException {
        reporter.publishEntry(SuiteReportKeys.MUTANT, JSON.writeValueAsString(result));
    }

    private static ClaimReport run(Set<String> claims, String minimalImage, String fullImage, String folder) {
        Path reportDir = Path.of(System.getProperty(MUTATION_DIR, "target/mutation")).resolve(folder);
        return ClaimRun.run(claimMethods.methodsOf(claims), PLATFORM, minimalImage, fullImage, referenceMinimal,
                referenceFull, reportDir);
    }

    /**
     * Decides whether the run caught the mutant: each targeted claim failed with the expected text in
     * its evidence. Also lists the claims that failed and the untargeted claims that did not pass.
     */
    static MutantResult judge(Mutant mutant, Set<String> claimsRun, ClaimReport report) {
        List<String> failed = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        for (String id : claimsRun) {
            ClaimOutcome outcome = report.claim(id);
            if (outcome.failed()) {
                failed.add(id);
            }
            if (!outcome.passed() && !mutant.targets().containsKey(id)) {
                unexpected.add(id);
            }
        }

        boolean caught = true;
        for (Map.Entry<String, String> target : mutant.targets().entrySet()) {
            ClaimOutcome outcome = report.claim(target.getKey());
            caught &= outcome.failed() && outcome.evidence().contains(target.getValue());
        }
        return new MutantResult(mutant.id(), mutant.description(), mutant.role().label(),
                List.copyOf(mutant.targets().keySet()), caught, failed, unexpected);
    }

}
