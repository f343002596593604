package io.github.s2ikit.conformance.report;

import java.util.Locale;

/**
 * Formats durations for people: {@code 350 ms}, {@code 4.2 s}, {@code 3 min 05 s}.
 */
public final class Durations {

    private Durations() {
    }

    /** Formats a duration given in milliseconds. */
    public static String format(long millis) {
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1_000.0);
        }
        long seconds = millis / 1_000;
        return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
}
