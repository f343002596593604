package io.github.s2ikit.assertions;

import java.util.Locale;

/**
 * Formats image sizes and ratios for messages and evidence.
 */
public final class Sizes {

    private Sizes() {
    }

    /** Formats a byte count in megabytes (10^6 bytes, as the engine's CLI shows sizes). */
    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    /** Formats a ratio as a percentage with one decimal. */
    public static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }
}
