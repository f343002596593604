package io.github.s2ikit.platform;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An image family: everything about a pair of Python s2i images that the claims do not fix.
 *
 * <p>Claims are the same on every platform; a check asks the platform for image names, the
 * Python version, the package manager and package names, and never hard-codes them. The
 * {@linkplain Platforms#REFERENCE reference platform} has no image names: its images are built
 * locally from the kit's own definitions.
 *
 * @param id the stable id used on the command line, for example {@code c9s-3.11}
 * @param description a one-line description for reports
 * @param pythonVersion the Python {@code major.minor} version, for example {@code 3.11}
 * @param minimalImage the minimal image's name, empty for locally built reference images
 * @param fullImage the full image's name, empty for locally built reference images
 * @param packageManager the minimal image's package manager
 * @param compilerPackages what the "extend the minimal image" recipe installs to compile
 * @param httpdRuntimePackage what the multi-stage recipe installs to run httpd on the minimal image
 * @param osId the {@code ID=} value of {@code /etc/os-release}
 * @param packageBudget the most OS packages the minimal image may have installed
 */
public record Platform(
        String id,
        String description,
        String pythonVersion,
        Optional<String> minimalImage,
        Optional<String> fullImage,
        PackageManager packageManager,
        List<String> compilerPackages,
        String httpdRuntimePackage,
        String osId,
        int packageBudget) {

    public Platform {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(pythonVersion, "pythonVersion");
        Objects.requireNonNull(minimalImage, "minimalImage");
        Objects.requireNonNull(fullImage, "fullImage");
        Objects.requireNonNull(packageManager, "packageManager");
        compilerPackages = List.copyOf(compilerPackages);
        Objects.requireNonNull(httpdRuntimePackage, "httpdRuntimePackage");
        Objects.requireNonNull(osId, "osId");
        if (!pythonVersion.matches("\\d+\\.\\d+")) {
            throw new IllegalArgumentException(
                    "The Python version should be major.minor, for example 3.11, but was " + pythonVersion);
        }
        if (packageBudget <= 0) {
            throw new IllegalArgumentException("The package budget should be positive but was " + packageBudget);
        }
    }

    /**
     * Tells whether this platform's images are built locally from the kit's reference definitions.
     */
    public boolean isReference() {
        return minimalImage.isEmpty() && fullImage.isEmpty();
    }

    /**
     * Returns a copy of this platform whose images are the given ones, for example candidate images
     * of a release. An empty value keeps this platform's image for that role.
     */
    public Platform withImages(Optional<String> minimal, Optional<String> full) {
        return new Platform(id, description, pythonVersion,
                minimal.or(() -> minimalImage), full.or(() -> fullImage),
                packageManager, compilerPackages, httpdRuntimePackage, osId, packageBudget);
    }

    /**
     * Returns the Python version without the dot, as image names and tags use it ({@code 311}).
     */
    public String pythonVersionWithoutDot() {
        return pythonVersion.replace(".", "");
    }
}
