package io.github.s2ikit.conformance.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares package versions by the rules of the package database they come from, to tell an
 * upgrade from a downgrade.
 *
 * <ul>
 *   <li>{@code dpkg}: Debian's {@code [epoch:]upstream[-revision]}, compared as
 *       {@code dpkg --compare-versions} does, where {@code ~} sorts before everything, even the
 *       end of the version.</li>
 *   <li>{@code rpm}: {@code [epoch:]version-release}, compared segment by segment as rpm's
 *       {@code rpmvercmp} does, where {@code ~} sorts before everything and {@code ^} after the
 *       end of the version.</li>
 *   <li>{@code python}: PEP 440 versions, including pre-, post- and development releases; local
 *       version labels ({@code +...}) are left out of the comparison.</li>
 * </ul>
 * A version that does not fit its format has no known order.
 */
final class VersionOrder {

    /** The format of Python package versions. */
    static final String PYTHON = "python";

    private static final Pattern PEP_440 = Pattern.compile(
            "v?(?:(\\d+)!)?(\\d+(?:\\.\\d+)*)"
                    + "(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\\d*))?"
                    + "(?:-(\\d+)|[-_.]?(?:post|rev|r)[-_.]?(\\d*))?"
                    + "(?:[-_.]?dev[-_.]?(\\d*))?"
                    + "(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?",
            Pattern.CASE_INSENSITIVE);

    private VersionOrder() {
    }

    /**
     * Compares two versions of the given format.
     *
     * @param format {@code dpkg}, {@code rpm} or {@value #PYTHON}
     * @return a negative number, zero or a positive number as {@code older} is lower than, equal to
     *     or higher than {@code newer}, or empty when the format is unknown or a version does not
     *     fit it
     */
    static Optional<Integer> compare(String format, String older, String newer) {
        if (format == null) {
            return Optional.empty();
        }
        return switch (format) {
            case "dpkg" -> Optional.of(Integer.signum(compareDebian(older, newer)));
            case "rpm" -> Optional.of(Integer.signum(compareRpm(older, newer)));
            case PYTHON -> comparePython(older, newer).map(Integer::signum);
            default -> Optional.empty();
        };
    }

    // Debian ------------------------------------------------------------------------------------

    static int compareDebian(String a, String b) {
        return compareEpochVersionRelease(a, b, VersionOrder::compareDebianPart);
    }

    /**
     * Compares two versions of the form {@code [epoch:]version[-release]}, which Debian and rpm
     * share, by epoch, then version, then release, each part with the format's own comparison.
     */
    private static int compareEpochVersionRelease(String a, String b, Comparator<String> parts) {
        String[] left = splitEpoch(a);
        String[] right = splitEpoch(b);
        int epochs = compareNumbers(left[0], right[0]);
        if (epochs != 0) {
            return epochs;
        }

        String[] leftParts = splitRevision(left[1]);
        String[] rightParts = splitRevision(right[1]);
        int versions = parts.compare(leftParts[0], rightParts[0]);
        return versions != 0 ? versions : parts.compare(leftParts[1], rightParts[1]);
    }

    private static String[] splitEpoch(String version) {
        int colon = version.indexOf(':');
        if (colon > 0 && version.substring(0, colon).chars().allMatch(Character::isDigit)) {
            return new String[] {version.substring(0, colon), version.substring(colon + 1)};
        }
        return new String[] {"0", version};
    }

    private static String[] splitRevision(String version) {
        int hyphen = version.lastIndexOf('-');
        return hyphen < 0 ? new String[] {version, ""} : new String[] {version.substring(0, hyphen),
            version.substring(hyphen + 1)};
    }

    /**
     * Compares an upstream version or a revision: alternately a run of non-digits, compared
     * character by character in Debian's order, and a run of digits, compared as a number.
     */
    private static int compareDebianPart(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() || j < b.length()) {
            while ((i < a.length() && !Character.isDigit(a.charAt(i)))
                    || (j < b.length() && !Character.isDigit(b.charAt(j)))) {
                int left = i < a.length() && !Character.isDigit(a.charAt(i)) ? debianOrder(a.charAt(i)) : 0;
                int right = j < b.length() && !Character.isDigit(b.charAt(j)) ? debianOrder(b.charAt(j)) : 0;
                if (left != right) {
                    return left - right;
                }
                i++;
                j++;
            }
            int startA = i;
            while (i < a.length() && Character.isDigit(a.charAt(i))) {
                i++;
            }
            int startB = j;
            while (j < b.length() && Character.isDigit(b.charAt(j))) {
                j++;
            }
            int numbers = compareNumbers(a.substring(startA, i), b.substring(startB, j));
            if (numbers != 0) {
                return numbers;
            }
        }
        return 0;
    }

    /**
     * Returns the weight of a non-digit: {@code ~} below the end of the part (0), letters in
     * ASCII order, then every other character after all letters.
     */
    private static int debianOrder(char c) {
        if (c == '~') {
            return -1;
        }
        if (Character.isLetter(c)) {
            return c;
        }
        return c + 256;
    }

    // rpm ---------------------------------------------------------------------------------------

    static int compareRpm(String a, String b) {
        return compareEpochVersionRelease(a, b, VersionOrder::rpmVersionCompare);
    }

    private static int rpmVersionCompare(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        int i = 0;
        int j = 0;
        while (i < a.length() || j < b.length()) {
            while (i < a.length() && isRpmSeparator(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && isRpmSeparator(b.charAt(j))) {
                j++;
            }
            char left = i < a.length() ? a.charAt(i) : 0;
            char right = j < b.length() ? b.charAt(j) : 0;

            // A tilde sorts before everything, even the end of the version.
            if (left == '~' || right == '~') {
                if (left != '~') {
                    return 1;
                }
                if (right != '~') {
                    return -1;
                }
                i++;
                j++;
                continue;
            }
            // A caret sorts after the end of the version but before anything else.
            if (left == '^' || right == '^') {
                if (left == 0) {
                    return -1;
                }
                if (right == 0) {
                    return 1;
                }
                if (left != '^') {
                    return 1;
                }
                if (right != '^') {
                    return -1;
                }
                i++;
                j++;
                continue;
            }
            if (left == 0 || right == 0) {
                break;
            }

            boolean numeric = isAsciiDigit(left);
            int startA = i;
            int startB = j;
            while (i < a.length() && (numeric ? isAsciiDigit(a.charAt(i)) : isAsciiLetter(a.charAt(i)))) {
                i++;
            }
            while (j < b.length() && (numeric ? isAsciiDigit(b.charAt(j)) : isAsciiLetter(b.charAt(j)))) {
                j++;
            }
            String segmentA = a.substring(startA, i);
            String segmentB = b.substring(startB, j);
            if (segmentB.isEmpty()) {
                // Segments of different types: a numeric one is newer than an alphabetic one.
                return numeric ? 1 : -1;
            }
            int compared = numeric ? compareNumbers(segmentA, segmentB) : Integer.signum(segmentA.compareTo(segmentB));
            if (compared != 0) {
                return compared;
            }
        }
        boolean restA = i < a.length();
        boolean restB = j < b.length();
        if (restA == restB) {
            return 0;
        }
        return restA ? 1 : -1;
    }

    private static boolean isRpmSeparator(char c) {
        return !isAsciiDigit(c) && !isAsciiLetter(c) && c != '~' && c != '^';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    // Python (PEP 440) ---------------------------------------------------------------------------

    static Optional<Integer> comparePython(String a, String b) {
        Optional<List<BigInteger>> left = pythonKey(a);
        Optional<List<BigInteger>> right = pythonKey(b);
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        List<BigInteger> x = left.get();
        List<BigInteger> y = right.get();
        for (int k = 0; k < Math.max(x.size(), y.size()); k++) {
            int compared = element(x, k).compareTo(element(y, k));
            if (compared != 0) {
                return Optional.of(compared);
            }
        }
        return Optional.of(0);
    }

    private static BigInteger element(List<BigInteger> key, int index) {
        return index < key.size() ? key.get(index) : BigInteger.ZERO;
    }

    /**
     * Returns a key that orders PEP 440 versions: epoch, a fixed number of release segments, then
     * pre-release, post-release and development release. Absent parts get values that sort them
     * in the order of PEP 440: {@code 1.0.dev1 < 1.0a1 < 1.0 < 1.0.post1}.
     */
    private static Optional<List<BigInteger>> pythonKey(String version) {
        Matcher matcher = PEP_440.matcher(version.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        BigInteger low = BigInteger.valueOf(-1);
        BigInteger high = BigInteger.valueOf(Long.MAX_VALUE);
        List<BigInteger> key = new ArrayList<>();
        key.add(number(matcher.group(1)));

        String[] release = matcher.group(2).split("\\.");
        // Release segments are padded to one length, because 1.0 and 1.0.0 are equal.
        int segments = 20;
        if (release.length > segments) {
            return Optional.empty();
        }
        for (int k = 0; k < segments; k++) {
            key.add(k < release.length ? new BigInteger(release[k]) : BigInteger.ZERO);
        }

        String phase = matcher.group(3);
        // An optional group that did not match is null, and one that matched without digits is "".
        boolean post = matcher.group(5) != null || matcher.group(6) != null;
        boolean dev = matcher.group(7) != null;
        if (phase != null) {
            key.add(BigInteger.valueOf(phaseRank(phase)));
            key.add(number(matcher.group(4)));
        } else if (dev && !post) {
            // A development release without a pre- or post-release comes before every pre-release.
            key.add(low.add(low));
            key.add(BigInteger.ZERO);
        } else {
            key.add(high);
            key.add(BigInteger.ZERO);
        }
        if (post) {
            key.add(number(matcher.group(5) != null ? matcher.group(5) : matcher.group(6)));
        } else {
            key.add(low);
        }
        key.add(dev ? number(matcher.group(7)) : high);
        return Optional.of(key);
    }

    private static int phaseRank(String phase) {
        return switch (phase.toLowerCase(Locale.ROOT)) {
            case "a", "alpha" -> 0;
            case "b", "beta" -> 1;
            default -> 2;
        };
    }

    private static BigInteger number(String digits) {
        return digits == null || digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits);
    }

    private static int compareNumbers(String a, String b) {
        return number(a).compareTo(number(b));
    }
}
