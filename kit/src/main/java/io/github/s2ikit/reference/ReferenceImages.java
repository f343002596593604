package io.github.s2ikit.reference;

import io.github.s2ikit.image.BuildContext;
import io.github.s2ikit.image.BuiltImage;
import io.github.s2ikit.image.ClasspathFolder;
import io.github.s2ikit.image.ImageBuild;
import io.github.s2ikit.image.ImageBuilder;
import io.github.s2ikit.platform.Platform;
import java.time.Duration;

/**
 * Builds the reference images: Debian 12 stand-ins for the minimal and the full Python s2i image,
 * made from the kit's own definitions (resources under {@code io/github/s2ikit/reference}).
 *
 * <p>Both start from {@code debian:bookworm-slim}, which must be in the engine or pullable. They
 * are tagged by the hash of their definitions and the base image's id, so an unchanged definition
 * is never rebuilt. They exist so the kit runs end to end without a registry; they are not the real
 * images.
 */
public final class ReferenceImages {

    /** The base image of both reference images. */
    public static final String BASE_IMAGE = "debian:bookworm-slim";

    private static final String DEFINITIONS = "io/github/s2ikit/reference";

    /** The full image installs compilers, Node.js and Apache httpd: allow for a slow archive. */
    private static final Duration TIMEOUT = Duration.ofMinutes(20);

    private ReferenceImages() {
    }

    /**
     * Returns the reference minimal image for the platform's Python version, building it when needed.
     */
    public static BuiltImage minimal(Platform platform) {
        return ImageBuilder.build(build(platform, "minimal", "s2ikit/reference-python-"
                + platform.pythonVersionWithoutDot() + "-minimal"));
    }

    /**
     * Returns the reference full image for the platform's Python version, building it when needed.
     */
    public static BuiltImage full(Platform platform) {
        return ImageBuilder.build(build(platform, "full", "s2ikit/reference-python-"
                + platform.pythonVersionWithoutDot()));
    }

    private static ImageBuild build(Platform platform, String role, String repository) {
        BuildContext context = ClasspathFolder.read(DEFINITIONS);
        return ImageBuild.of(repository, "the reference " + role + " image", context, role + ".Dockerfile")
                .withBuildArg("PYTHON_VERSION", platform.pythonVersion())
                .withBaseImages(BASE_IMAGE)
                .withTimeout(TIMEOUT);
    }
}
