package io.github.s2ikit.index;

import java.util.Objects;

/**
 * A pinned Debian binary package that ships a Python wheel under {@code /usr/share/python-wheels},
 * such as {@code python3-wheel-whl}.
 *
 * @param binaryPackage the Debian binary package, for example {@code python3-wheel-whl}
 * @param version the exact Debian version, for example {@code 0.38.4-2}
 * @param suite the Debian suite that serves it, for messages; the package comes from the suites the
 *     image's own apt configuration names
 * @param fileName the wheel's file name in the package, for example
 *     {@code wheel-0.38.4-py3-none-any.whl}
 */
public record DebianWheel(String binaryPackage, String version, String suite, String fileName) {

    /** The folder where Debian's {@code *-whl} packages put their wheels. */
    public static final String WHEEL_FOLDER = "/usr/share/python-wheels";

    public DebianWheel {
        DebianNames.requirePackage("binary package", binaryPackage);
        DebianNames.requireVersion(version);
        DebianNames.requireSuite(suite);
        Objects.requireNonNull(fileName, "The wheel file name should not be null");
        if (!fileName.endsWith(".whl")) {
            throw new IllegalArgumentException("Invalid wheel file name '" + fileName + "': expected a .whl file");
        }
        ProjectNames.fromFileName(fileName);
    }

    @Override
    public String toString() {
        return "binary package " + binaryPackage + " " + version + " (suite " + suite + ")";
    }
}
