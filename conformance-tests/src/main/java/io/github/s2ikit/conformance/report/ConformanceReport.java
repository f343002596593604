package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import java.time.Instant;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The per-claim conformance report of one test run.
 *
 * @param platform the id of the platform under test, or {@code null} when no test reported it
 * @param generatedAt the time the report was made, written as an ISO-8601 instant
 * @param kitVersion the version of the kit's jar, or a text with the reason why it is unknown
 * @param engine the container engine and its version
 * @param images the images the tests reported, one per role, sorted by role, with their ids, digests
 *     and sizes
 * @param summary the number of claims per verdict
 * @param selection the claims the run selected, or {@code null} when it checked the whole catalogue
 * @param claims the catalogue's claims in catalogue order, followed by the claims whose ids are
 *     not in the catalogue
 * @param sizeRatios the image size ratios that the report's claims rely on, and the ratios shown
 *     for comparison
 * @param inventory the OS and Python packages of each reported image
 * @param baseline the changes since a baseline report, or {@code null} when no baseline was given
 * @param mutants the mutants of the mutation self-test in the order they ran, empty when it did
 *     not run
 * @param mutationScore how many of the mutants were caught
 */
@JsonPropertyOrder({"platform", "generatedAt", "kitVersion", "engine", "images", "summary", "selection", "claims", "sizeRatios",
    "inventory", "baseline", "mutants", "mutationScore"})
public record ConformanceReport(
        String platform,
        @JsonSerialize(using = ToStringSerializer.class) Instant generatedAt,
        String kitVersion,
        EngineVersion engine,
        List<ReportedImage> images,
        ReportSummary summary,
        SelectedClaims selection,
        List<ClaimResult> claims,
        List<SizeRatio> sizeRatios,
        PackageInventory inventory,
        BaselineComparison baseline,
        List<MutantResult> mutants,
        MutationScore mutationScore) {

    /** The reason given for the engine and inventory of a report that only has its claims yet. */
    static final String NOT_COLLECTED_YET = "not collected yet: the report has only its claims so far";

    /**
     * Creates a report.
     *
     * @throws NullPointerException if any component other than {@code platform}, {@code selection}
     *     and {@code baseline} is {@code null}
     */
    public ConformanceReport {
        requireNonNull(generatedAt, "generatedAt");
        requireNonNull(kitVersion, "kitVersion");
        requireNonNull(engine, "engine");
        images = List.copyOf(images);
        requireNonNull(summary, "summary");
        claims = List.copyOf(claims);
        sizeRatios = List.copyOf(sizeRatios);
        requireNonNull(inventory, "inventory");
        mutants = List.copyOf(mutants);
        requireNonNull(mutationScore, "mutationScore");
    }

    /**
     * Creates a report of the claims, the images as the tests reported them and the mutants, before
     * the engine is asked about the images.
     *
     * @param selection the claims the run selected, or {@code null} for the whole catalogue
     */
    static ConformanceReport ofClaims(String platform, Instant generatedAt, List<ReportedImage> images,
            SelectedClaims selection, List<ClaimResult> claims, List<MutantResult> mutants) {
        return new ConformanceReport(platform, generatedAt, KitVersion.read(), EngineVersion.unknown(NOT_COLLECTED_YET),
                images, ReportSummary.of(claims), selection, claims, List.of(), PackageInventory.notCollected(NOT_COLLECTED_YET),
                null, mutants, MutationScore.of(mutants));
    }

    /**
     * Returns a copy with what the engine reported: its version, the inspected images, their size
     * ratios for the report's claims and their packages.
     */
    ConformanceReport withEngineDetails(EngineVersion engineVersion, List<ReportedImage> inspectedImages,
            PackageInventory packages) {
        return new ConformanceReport(platform, generatedAt, kitVersion, engineVersion, inspectedImages, summary,
                selection, claims, SizeRatio.of(inspectedImages, claimIds()), packages, baseline, mutants,
                mutationScore);
    }

    private List<String> claimIds() {
        return claims.stream().map(ClaimResult::id).toList();
    }

    /**
     * Returns a copy with the comparison with a baseline.
     */
    ConformanceReport withBaseline(BaselineComparison comparison) {
        return new ConformanceReport(platform, generatedAt, kitVersion, engine, images, summary, selection, claims,
                sizeRatios, inventory, comparison, mutants, mutationScore);
    }
}
