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
 * @param images the images the tests reported, one per role, sorted by role
 * @param summary the number of claims per verdict
 * @param claims the catalogue's claims in catalogue order, followed by the claims whose ids are
 *     not in the catalogue
 * @param mutants the mutants of the mutation self-test in the order they ran, empty when it did
 *     not run
 * @param mutationScore how many of the mutants were caught
 */
@JsonPropertyOrder({"platform", "generatedAt", "images", "summary", "claims", "mutants", "mutationScore"})
public record ConformanceReport(
        String platform,
        @JsonSerialize(using = ToStringSerializer.class) Instant generatedAt,
        List<ReportedImage> images,
        ReportSummary summary,
        List<ClaimResult> claims,
        List<MutantResult> mutants,
        MutationScore mutationScore) {

    /**
     * Creates a report.
     *
     * @throws NullPointerException if any component other than {@code platform} is {@code null}
     */
    public ConformanceReport {
        requireNonNull(generatedAt, "generatedAt");
        requireNonNull(summary, "summary");
        images = List.copyOf(images);
        claims = List.copyOf(claims);
        mutants = List.copyOf(mutants);
        requireNonNull(mutationScore, "mutationScore");
    }
}
