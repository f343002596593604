package io.github.s2ikit.index;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Project names of Python distribution files, in the normalized form that PEP 503 uses for the
 * folders of a "simple" index and that pip requests.
 */
public final class ProjectNames {

    private static final Pattern SEPARATORS = Pattern.compile("[-_.]+");

    /** The characters the kit accepts in a distribution file name, so names need no quoting in HTML, URLs or shells. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._+-]+");

    private static final String SDIST_SUFFIX = ".tar.gz";

    private static final String WHEEL_SUFFIX = ".whl";

    private ProjectNames() {
    }

    /**
     * Normalizes a project name as PEP 503 does: each run of {@code -}, {@code _} and {@code .}
     * becomes one {@code -}, and letters become lower case ({@code Mod_WSGI} gives {@code mod-wsgi}).
     */
    public static String normalize(String name) {
        Objects.requireNonNull(name, "The project name should not be null");
        return SEPARATORS.matcher(name).replaceAll("-").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Derives the normalized project name from a distribution file name. For a wheel
     * ({@code .whl}) it is the first dash-separated field. For a source distribution
     * ({@code .tar.gz}) it is everything before the last {@code -<version>} part.
     *
     * @throws IllegalArgumentException when the name is not that of a wheel or a {@code .tar.gz}
     *     source distribution, or has characters other than letters, digits and {@code . _ + -}
     */
    public static String fromFileName(String fileName) {
        Objects.requireNonNull(fileName, "The file name should not be null");
        if (!FILE_NAME.matcher(fileName).matches()) {
            throw invalid(fileName, "it may contain only letters, digits and . _ + -");
        }
        if (fileName.endsWith(WHEEL_SUFFIX)) {
            return fromWheelName(fileName);
        }
        if (fileName.endsWith(SDIST_SUFFIX)) {
            return fromSdistName(fileName);
        }
        throw invalid(fileName, "expected a wheel (.whl) or a source distribution (.tar.gz)");
    }

    private static String fromWheelName(String fileName) {
        // NAME-VERSION[-BUILD]-PYTHON-ABI-PLATFORM.whl, so a valid name has five or six fields.
        String[] fields = fileName.substring(0, fileName.length() - WHEEL_SUFFIX.length()).split("-", -1);
        if (fields.length != 5 && fields.length != 6) {
            throw invalid(fileName, "a wheel name has the form NAME-VERSION[-BUILD]-PYTHON-ABI-PLATFORM.whl");
        }
        requireNameAndVersion(fileName, fields[0], fields[1]);
        return normalize(fields[0]);
    }

    private static String fromSdistName(String fileName) {
        String base = fileName.substring(0, fileName.length() - SDIST_SUFFIX.length());
        int lastDash = base.lastIndexOf('-');
        if (lastDash < 0) {
            throw invalid(fileName, "a source distribution name has the form NAME-VERSION.tar.gz");
        }
        requireNameAndVersion(fileName, base.substring(0, lastDash), base.substring(lastDash + 1));
        return normalize(base.substring(0, lastDash));
    }

    private static void requireNameAndVersion(String fileName, String name, String version) {
        if (name.isEmpty() || SEPARATORS.matcher(name).matches()) {
            throw invalid(fileName, "the project name part is empty");
        }
        // Versions in file names are normalized PEP 440 versions, which start with a digit.
        if (version.isEmpty() || !Character.isDigit(version.charAt(0))) {
            throw invalid(fileName, "the version part '" + version + "' does not start with a digit");
        }
    }

    private static IllegalArgumentException invalid(String fileName, String reason) {
        return new IllegalArgumentException("Invalid distribution file name '" + fileName + "': " + reason);
    }
}
