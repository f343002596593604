package io.github.s2ikit.conformance.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SizeRatioTests {

    private static final Set<String> SIZE_CLAIMS = Set.of("MIN-FEW-PACKAGES", "WA-MULTISTAGE-LEAN");

    @Test
    void ratios_of_reported_images() {
        List<SizeRatio> ratios = SizeRatio.of(List.of(
                image("extended-minimal", 400L), image("full", 1000L), image("minimal", 200L),
                image("multi-stage", 300L), image("multi-stage-jib", 600L), image("s2i-full", 1100L)),
                SIZE_CLAIMS);

        assertThat(ratios).containsExactly(
                new SizeRatio("MIN-FEW-PACKAGES", "minimal", "full", 0.2, 0.5, true, null),
                new SizeRatio("WA-MULTISTAGE-LEAN", "multi-stage", "full", 0.3, 0.5, true, null),
                new SizeRatio("WA-MULTISTAGE-LEAN", "multi-stage-jib", "full", 0.6, 0.5, false, null),
                new SizeRatio(null, "extended-minimal", "full", 0.4, null, null, null));
    }

    @Test
    void half_is_within_maximum() {
        List<SizeRatio> ratios = SizeRatio.of(List.of(image("full", 1000L), image("minimal", 500L)), SIZE_CLAIMS);

        assertThat(ratios.get(0).withinMaximum()).isTrue();
    }

    @Test
    void unknown_sizes_give_reason() {
        ReportedImage missingImage = new ReportedImage("full", "full:1", null).notInspected("the engine has no image full:1");

        List<SizeRatio> withoutSize = SizeRatio.of(List.of(missingImage, image("minimal", 200L)), SIZE_CLAIMS);
        List<SizeRatio> withoutFull = SizeRatio.of(List.of(image("minimal", 200L)), SIZE_CLAIMS);

        assertThat(withoutSize.get(0).ratio()).isNull();
        assertThat(withoutSize.get(0).problem())
                .isEqualTo("the size of the full image full:1 is unknown: the engine has no image full:1");
        assertThat(withoutFull.get(0).problem()).isEqualTo("no test reported the full image");
        assertThat(SizeRatio.of(List.of(image("full", 1000L)), SIZE_CLAIMS)).isEmpty();
    }

    @Test
    void unselected_claims_have_no_ratio() {
        List<ReportedImage> images = List.of(image("full", 1000L), image("minimal", 200L),
                image("multi-stage", 600L), image("extended-minimal", 400L));

        List<SizeRatio> ratios = SizeRatio.of(images, Set.of("MIN-FEW-PACKAGES", "IMG-LABELS"));

        assertThat(ratios).extracting(SizeRatio::claim).containsExactly("MIN-FEW-PACKAGES", null);
        assertThat(SizeRatio.of(images, Set.of("IMG-LABELS"))).extracting(SizeRatio::image)
                .containsExactly("extended-minimal");
    }

    private static ReportedImage image(String role, long size) {
        return new ReportedImage(role, role + ":1", null).inspected("sha256:" + role, List.of(), size);
    }
}
