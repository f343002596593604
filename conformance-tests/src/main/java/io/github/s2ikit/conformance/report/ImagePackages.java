package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The OS and Python packages installed in one reported image.
 *
 * @param role the image's role, as in {@link ReportedImage#role()}
 * @param name the image's name
 * @param osPackageDatabase {@code dpkg} or {@code rpm}, or {@code null} when the image has neither
 *     or the packages were not read
 * @param pythonVersion the version of the image's {@code python3} (or {@code python}) on
 *     {@code PATH}, or {@code null} when there is none
 * @param osPackages the installed OS packages, sorted by name
 * @param pythonPackages the Python distributions that this Python finds, sorted by name
 * @param problem why the packages, or a part of them, could not be read, or {@code null}
 */
@JsonPropertyOrder({"role", "name", "osPackageDatabase", "pythonVersion", "osPackages", "pythonPackages", "problem"})
public record ImagePackages(
        String role,
        String name,
        String osPackageDatabase,
        String pythonVersion,
        List<InstalledPackage> osPackages,
        List<InstalledPackage> pythonPackages,
        String problem) {

    /**
     * Creates the packages of an image.
     *
     * @throws NullPointerException if {@code role}, {@code name} or a list is {@code null}
     */
    public ImagePackages {
        requireNonNull(role, "role");
        requireNonNull(name, "name");
        osPackages = List.copyOf(osPackages);
        pythonPackages = List.copyOf(pythonPackages);
    }

    /**
     * Returns the packages of an image that could not be read at all, with the reason.
     */
    static ImagePackages notCollected(ReportedImage image, String reason) {
        return new ImagePackages(image.role(), image.name(), null, null, List.of(), List.of(), reason);
    }

    /**
     * Tells whether the OS packages were read; the Python packages may still be missing.
     */
    boolean hasOsPackages() {
        return osPackageDatabase != null;
    }

    /**
     * Tells whether the Python packages were read.
     */
    boolean hasPythonPackages() {
        return pythonVersion != null;
    }
}
