package io.github.s2ikit.platform;

import io.github.s2ikit.facts.ImageConfig;
import java.util.Objects;

/**
 * One image of the platform under test, resolved in the engine: its role and its configuration.
 *
 * @param role minimal or full
 * @param config the image's configuration facts, with its name and id
 */
public record PlatformImage(ImageRole role, ImageConfig config) {

    public PlatformImage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(config, "config");
    }

    /** Returns the image name. */
    public String name() {
        return config.name();
    }

    /** Returns the engine's image id. */
    public String id() {
        return config.id();
    }

    @Override
    public String toString() {
        return role.label() + " image " + name();
    }
}
