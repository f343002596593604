package io.github.s2ikit.conformance.report;

/**
 * Counts written as text with the noun in singular for one and in plural otherwise, so that the
 * report and the runner write {@code 1 claim} and {@code 2 claims} alike.
 *
 * <p>The plural adds {@code s} to the last word, which fits every noun the kit counts: claim,
 * verdict, package, image size, mutant and change.
 */
public final class Counts {

    private Counts() {
    }

    /**
     * Returns the count and the noun, such as {@code 1 claim} or {@code 0 claims}.
     */
    public static String of(int count, String noun) {
        return count + " " + noun(count, noun);
    }

    /**
     * Returns the noun in the form that fits the count: singular for 1, plural otherwise.
     */
    public static String noun(int count, String noun) {
        return count == 1 ? noun : noun + "s";
    }
}
