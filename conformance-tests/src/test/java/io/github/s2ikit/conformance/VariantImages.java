package io.github.s2ikit.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.s2ikit.conformance.report.ImageRoles;
import io.github.s2ikit.image.BuiltImage;
import io.github.s2ikit.junit.ReportEntryKeys;
import io.github.s2ikit.variant.Variant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.TestReporter;

/**
 * Reports the images of the workaround variants to the conformance report, which lists their
 * sizes, their size ratios to the full image and their packages.
 */
final class VariantImages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VariantImages() {
    }

    /**
     * Publishes the image as the {@link ReportEntryKeys#IMAGE} entry of the variant's role, such as
     * {@code multi-stage}.
     */
    static void report(TestReporter reporter, Variant variant, BuiltImage image) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("role", ImageRoles.of(variant));
        entry.put("name", image.name());
        entry.put("id", image.id());
        try {
            reporter.publishEntry(ReportEntryKeys.IMAGE, JSON.writeValueAsString(entry));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the image entry " + entry, e);
        }
    }
}
