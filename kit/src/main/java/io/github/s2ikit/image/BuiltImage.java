package io.github.s2ikit.image;

import java.time.Duration;
import java.util.Objects;

/**
 * An image that a build produced or found in the engine's cache.
 *
 * @param name the image's name with its tag, the input hash
 * @param id the engine's image id ({@code sha256:...})
 * @param description what was built
 * @param cached whether the image was already there, so nothing was built
 * @param buildTime how long the build took, zero when cached
 */
public record BuiltImage(String name, String id, String description, boolean cached, Duration buildTime) {

    public BuiltImage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(buildTime, "buildTime");
    }

    /**
     * Returns this image as a later request gets it: found ready, nothing built.
     */
    public BuiltImage asCached() {
        return new BuiltImage(name, id, description, true, Duration.ZERO);
    }
}
