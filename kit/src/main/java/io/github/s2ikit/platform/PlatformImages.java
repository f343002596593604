package io.github.s2ikit.platform;

import io.github.s2ikit.facts.ImageConfig;
import io.github.s2ikit.reference.ReferenceImages;
import java.util.EnumMap;
import java.util.Map;

/**
 * Resolves the images of a platform in the engine, once each: named images are pulled when
 * missing, reference images are built when missing.
 *
 * <p>Thread-safe: concurrent requests for the same role resolve it once, and a failure is reported
 * again to every later request.
 */
public final class PlatformImages {

    private final Platform platform;
    private final Map<ImageRole, PlatformImage> resolved = new EnumMap<>(ImageRole.class);
    private final Map<ImageRole, RuntimeException> failures = new EnumMap<>(ImageRole.class);

    /**
     * Prepares to resolve the images of the platform; nothing is pulled or built before the first request.
     *
     * @param platform the platform
     */
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
        // A failure is remembered, so the tests after the first fail at once with the same reason
        // instead of each trying a long build or pull again.
        RuntimeException failure = failures.get(role);
        if (failure != null) {
            throw failure;
        }
        try {
            return resolved.computeIfAbsent(role, this::resolve);
        } catch (RuntimeException e) {
            failures.put(role, e);
            throw e;
        }
    }

    private PlatformImage resolve(ImageRole role) {
        String name = switch (role) {
            case MINIMAL -> platform.minimalImage().orElseGet(() -> ReferenceImages.minimal(platform).name());
            case FULL -> platform.fullImage().orElseGet(() -> ReferenceImages.full(platform).name());
        };
        return new PlatformImage(role, ImageConfig.inspect(name));
    }
}
