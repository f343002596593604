package io.github.s2ikit.conformance.report;

import com.github.dockerjava.api.command.InspectImageResponse;
import io.github.s2ikit.docker.Engine;
import io.github.s2ikit.docker.EngineUnavailableException;
import io.github.s2ikit.facts.ImageConfig;
import io.github.s2ikit.image.Images;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Adds to a report the facts that the container engine has at the end of the run: its own
 * version, the id, repo digests and size of each reported image, and the packages of each
 * image.
 *
 * <p>Nothing here fails the report: when the engine does not respond, or an image is gone, the
 * report gives the reason in place of the missing facts.
 */
final class EngineDetails {

    private static final Logger LOG = LoggerFactory.getLogger(EngineDetails.class);

    private static final Pattern FULL_ID = Pattern.compile("sha256:[0-9a-f]{64}");

    private EngineDetails() {
    }

    /**
     * Returns a copy of the report with the engine's version, the inspected images, their size
     * ratios and, when {@code withInventory} is set, their packages.
     */
    static ConformanceReport addTo(ConformanceReport report, boolean withInventory) {
        try {
            Engine.requireAvailable();
        } catch (EngineUnavailableException e) {
            LOG.warn("The conformance report has no engine version, image sizes or packages: {}", e.getMessage());
            String reason = e.getMessage();
            List<ReportedImage> images = report.images().stream().map(image -> image.notInspected(reason)).toList();
            return report.withEngineDetails(EngineVersion.unknown(reason), images,
                    PackageInventory.notCollected(reason));
        }

        EngineVersion version = readVersion();
        List<ReportedImage> images = new ArrayList<>();
        for (ReportedImage image : report.images()) {
            images.add(inspect(image));
        }

        PackageInventory inventory;
        if (!withInventory) {
            inventory = PackageInventory.notCollected("turned off by " + ConformanceReportListener.INVENTORY_PROPERTY + "=false");
        } else if (images.isEmpty()) {
            inventory = PackageInventory.notCollected("no test reported an image");
        } else {
            inventory = InventoryCollector.collect(images);
        }
        return report.withEngineDetails(version, images, inventory);
    }

    /**
     * Returns the reported id when it is a full image id or a digest reference, else the name. The
     * engine also accepts a prefix of an id, which could name another image, so a shorter id is
     * not used.
     */
    static String exactReference(ReportedImage image) {
        String id = image.id();
        if (id != null && (FULL_ID.matcher(id).matches() || id.contains("@sha256:"))) {
            return id;
        }
        return image.name();
    }

    private static EngineVersion readVersion() {
        try {
            return EngineVersion.read();
        } catch (RuntimeException e) {
            LOG.warn("Failed to read the container engine's version for the conformance report: {}", e.toString());
            return EngineVersion.unknown("the engine's version request failed: " + e.getMessage());
        }
    }

    /**
     * Inspects the image by the id or digest the test reported, which names exactly the image the
     * test used, else by its name.
     */
    static ReportedImage inspect(ReportedImage image) {
        String reference = exactReference(image);
        try {
            Optional<InspectImageResponse> inspection = Images.inspect(reference);
            if (inspection.isEmpty()) {
                String reason = "the engine has no image " + reference + ", so it was removed after the tests used it"
                        + " or the test reported a wrong id";
                LOG.warn("The conformance report has no size or packages of the {} image {}: {}", image.role(),
                        image.name(), reason);
                return image.notInspected(reason);
            }
            ImageConfig config = ImageConfig.from(image.name(), inspection.get());
            return image.inspected(config.id(), config.repoDigests(), config.sizeBytes());
        } catch (RuntimeException e) {
            LOG.warn("Failed to inspect the {} image {} for the conformance report: {}", image.role(), reference,
                    e.toString());
            return image.notInspected("inspecting " + reference + " failed: " + e.getMessage());
        }
    }
}
