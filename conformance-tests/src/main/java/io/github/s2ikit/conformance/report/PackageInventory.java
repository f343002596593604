package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Optional;

/**
 * The OS and Python packages of every reported image, read at the end of the run.
 *
 * @param collected whether the packages were read; {@code false} when the inventory was turned
 *     off, no engine responded or no image was reported
 * @param problem why the inventory was not collected, or {@code null} when it was
 * @param images the packages of each reported image, in the order of the report's images. An
 *     image whose packages could not be read has a problem of its own.
 */
@JsonPropertyOrder({"collected", "problem", "images"})
public record PackageInventory(boolean collected, String problem, List<ImagePackages> images) {

    /**
     * Creates an inventory.
     */
    public PackageInventory {
        images = List.copyOf(images);
    }

    /**
     * Returns an inventory that was not collected, with the reason.
     */
    static PackageInventory notCollected(String reason) {
        return new PackageInventory(false, reason, List.of());
    }

    /**
     * Returns the packages of the image with the given role.
     */
    Optional<ImagePackages> forRole(String role) {
        return images.stream().filter(image -> image.role().equals(role)).findFirst();
    }
}
