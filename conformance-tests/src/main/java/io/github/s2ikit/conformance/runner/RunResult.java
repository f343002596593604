package io.github.s2ikit.conformance.runner;

import io.github.s2ikit.conformance.report.Verdict;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one run of the suite.
 *
 * @param verdicts the verdict of each claim, selected claims first
 * @param duration the time from the start of the run to its end
 */
record RunResult(Map<String, Verdict> verdicts, Duration duration) {

    RunResult {
        verdicts = Collections.unmodifiableMap(new LinkedHashMap<>(verdicts));
    }

    /**
     * Tells whether the run checked at least one claim and every claim passed.
     */
    boolean allPassed() {
        return !verdicts.isEmpty() && count(Verdict.PASSED) == verdicts.size();
    }

    /**
     * Returns the number of claims with the verdict.
     */
    long count(Verdict verdict) {
        return verdicts.values().stream().filter(verdict::equals).count();
    }
}
