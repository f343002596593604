package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The size of one reported image relative to another, as a claim of the catalogue relies on it.
 *
 * @param claim the id of the claim that relies on the ratio, or {@code null} for a ratio shown only
 *     for comparison
 * @param image the role of the image whose size is compared
 * @param reference the role of the image it is compared with
 * @param ratio the image's size divided by the reference's, or {@code null} when a size is unknown
 * @param maximum the largest ratio the claim allows, or {@code null} when it sets none
 * @param withinMaximum whether the ratio is at most the maximum, or {@code null} when the ratio or
 *     the maximum is unknown
 * @param problem why the ratio is unknown, or {@code null} when it is known
 */
@JsonPropertyOrder({"claim", "image", "reference", "ratio", "maximum", "withinMaximum", "problem"})
public record SizeRatio(String claim, String image, String reference, Double ratio, Double maximum,
        Boolean withinMaximum, String problem) {

    /**
     * The largest size ratio that MIN-FEW-PACKAGES and WA-MULTISTAGE-LEAN allow: an image at most
     * half the full image's size.
     */
    public static final double HALF = 0.5;

    /** The ratios the report lists when both images were reported, in this order. */
    private static final List<SizeRatio> DEFINITIONS = List.of(
            definition("MIN-FEW-PACKAGES", ImageRoles.MINIMAL, HALF),
            definition("WA-MULTISTAGE-LEAN", ImageRoles.MULTI_STAGE, HALF),
            definition("WA-MULTISTAGE-LEAN", ImageRoles.MULTI_STAGE_JIB, HALF),
            definition(null, ImageRoles.EXTENDED_MINIMAL, null));

    /**
     * Creates a size ratio.
     *
     * @throws NullPointerException if {@code image} or {@code reference} is {@code null}
     */
    public SizeRatio {
        requireNonNull(image, "image");
        requireNonNull(reference, "reference");
    }

    private static SizeRatio definition(String claim, String image, Double maximum) {
        return new SizeRatio(claim, image, ImageRoles.FULL, null, maximum, null, null);
    }

    /**
     * Returns the ratios of the given images to the full image: the minimal image's for
     * MIN-FEW-PACKAGES, the multi-stage images' for WA-MULTISTAGE-LEAN, and the extended minimal
     * image's for comparison. A ratio is listed when its image was reported and its claim is one of
     * the report's claims, so that a run of selected claims shows no ratio of a claim it did not
     * check. The ratio for comparison has no claim and is listed whenever its image was reported.
     * A ratio is unknown, with the reason, when the full image was not reported or a size is
     * unknown.
     *
     * @param claimIds the ids of the report's claims
     */
    static List<SizeRatio> of(List<ReportedImage> images, Collection<String> claimIds) {
        Map<String, ReportedImage> byRole = new LinkedHashMap<>();
        images.forEach(image -> byRole.put(image.role(), image));

        List<SizeRatio> ratios = new ArrayList<>();
        for (SizeRatio definition : DEFINITIONS) {
            ReportedImage image = byRole.get(definition.image());
            boolean claimReported = definition.claim() == null || claimIds.contains(definition.claim());
            if (image != null && claimReported) {
                ratios.add(definition.measure(image, byRole.get(definition.reference())));
            }
        }
        return ratios;
    }

    private SizeRatio measure(ReportedImage measured, ReportedImage full) {
        if (full == null) {
            return withProblem("no test reported the " + reference + " image");
        }
        if (measured.sizeBytes() == null || full.sizeBytes() == null) {
            ReportedImage unknown = measured.sizeBytes() == null ? measured : full;
            return withProblem("the size of the " + unknown.role() + " image " + unknown.name() + " is unknown: "
                    + unknown.problem());
        }
        if (full.sizeBytes() == 0) {
            return withProblem("the engine reports size 0 for the " + reference + " image " + full.name());
        }
        double value = (double) measured.sizeBytes() / full.sizeBytes();
        Boolean within = maximum == null ? null : value <= maximum;
        return new SizeRatio(claim, image, reference, value, maximum, within, null);
    }

    private SizeRatio withProblem(String reason) {
        return new SizeRatio(claim, image, reference, null, maximum, null, reason);
    }
}
