package io.github.s2ikit.index;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks of the names and versions in Debian pins. The values end up as words in a shell script,
 * so these patterns also keep quoting characters out.
 */
final class DebianNames {

    /** A Debian package name: lower-case letters, digits, + - and ., at least two, starting with a letter or digit. */
    private static final Pattern PACKAGE = Pattern.compile("[a-z0-9][a-z0-9+.-]+");

    /** A Debian version, [epoch:]upstream[-revision], with letters, digits and . + ~ - in the upstream part. */
    private static final Pattern VERSION = Pattern.compile("([0-9]+:)?[0-9][A-Za-z0-9.+~-]*");

    private static final Pattern SUITE = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    private static final Pattern PROJECT = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._]*[A-Za-z0-9])?");

    private static final Pattern SUBFOLDER = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

    private DebianNames() {
    }

    static void requirePackage(String kind, String name) {
        require(PACKAGE, name, "Invalid Debian " + kind + " name", "use lower-case letters, digits and + - .");
    }

    static void requireVersion(String version) {
        require(VERSION, version, "Invalid Debian version", "expected [epoch:]upstream[-revision], such as 5.0.2-1");
    }

    static void requireSuite(String suite) {
        require(SUITE, suite, "Invalid Debian suite", "expected a suite name such as bookworm or trixie");
    }

    static void requireProject(String project) {
        // A dash would end the name part of the source distribution's file name.
        require(PROJECT, project, "Invalid Python project name", "use letters, digits, . and _ (not -)");
    }

    static void requireSubfolder(String subfolder) {
        require(SUBFOLDER, subfolder, "Invalid subfolder", "use letters, digits, . _ - and / between folders");
        for (String segment : subfolder.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new IllegalArgumentException("Invalid subfolder '" + subfolder + "': it may not contain . or ..");
            }
        }
    }

    /** Strips the epoch ({@code 1:}) and the Debian revision (after the last {@code -}). */
    static String upstreamVersion(String version) {
        String withoutEpoch = version.substring(version.indexOf(':') + 1);
        int revision = withoutEpoch.lastIndexOf('-');
        return revision < 0 ? withoutEpoch : withoutEpoch.substring(0, revision);
    }

    private static void require(Pattern pattern, String value, String label, String hint) {
        Objects.requireNonNull(value, label.replace("Invalid", "The") + " should not be null");
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(label + " '" + value + "': " + hint);
        }
    }
}
