package io.github.s2ikit.platform;

import io.github.s2ikit.facts.ImageConfig;
import io.github.s2ikit.reference.ReferenceImages;
import java.util.EnumMap;
import java.util.Map;

/**
 * Resolves the images of a platform in the engine, once each: named images are pulled when
 * missing, reference images are built when missing.
 *
 * <p>Thread-safe: concurrent requests for the same role resolve it once.
 */
public final class PlatformImages {

    private final Platform platform;
    private final Map<ImageRole, PlatformImage> resolved = new EnumMap<>(ImageRole.class);

    public PlatformImages(Platform platform) {
        this.platform = platform;
    }

    /** Returns the platform. */
    public Platform platform() {
        return platform;
    }

    /**
     * Returns the image of the given role, resolving it on first use.
     *
     * @throws io.github.s2ikit.image.ImageNotFoundException when a named image cannot be found or pulled
     * @throws io.github.s2ikit.image.ImageBuildException when a reference image fails to build
     */
    public synchronized PlatformImage get(ImageRole role) {
        return resolved.computeIfAbsent(role, this::resolve);
    }

    private PlatformImage resolve(ImageRole role) {
        String name = switch (role) {
            case MINIMAL -> platform.minimalImage().orElseGet(() -> ReferenceImages.minimal(platform).name());
            case FULL -> platform.fullImage().orElseGet(() -> ReferenceImages.full(platform).name());
        };
        return new PlatformImage(role, ImageConfig.inspect(name));
    }
}
