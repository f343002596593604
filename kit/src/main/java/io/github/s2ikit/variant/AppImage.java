package io.github.s2ikit.variant;

import io.github.s2ikit.facts.ImageConfig;
import io.github.s2ikit.image.BuiltImage;
import java.util.Objects;

/**
 * An app's image built as one {@link Variant}.
 *
 * @param app the app's name
 * @param variant how it was built
 * @param image the built image
 * @param config the image's configuration
 */
public record AppImage(String app, Variant variant, BuiltImage image, ImageConfig config) {

    public AppImage {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(config, "config");
    }

    /** Returns the image name. */
    public String name() {
        return image.name();
    }

    @Override
    public String toString() {
        return "image " + name() + " of app '" + app + "' (" + variant.description() + ")";
    }
}
