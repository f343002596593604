package io.github.s2ikit.conformance.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Summary statistics of repeated measurements.
 */
final class Stats {

    private Stats() {
    }

    /**
     * Returns the median, the mean of the two middle values for an even count.
     *
     * @throws IllegalArgumentException when there are no values
     */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("The values should not be empty");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Returns the smallest value. */
    static double min(List<Double> values) {
        return Collections.min(values);
    }

    /** Returns the largest value. */
    static double max(List<Double> values) {
        return Collections.max(values);
    }
}
