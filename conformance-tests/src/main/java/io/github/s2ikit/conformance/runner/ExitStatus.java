package io.github.s2ikit.conformance.runner;

/**
 * The exit statuses of the standalone runner.
 */
public final class ExitStatus {

    /** Every selected claim passed. */
    public static final int PASSED = 0;

    /** At least one selected claim failed or has the verdict {@code error}. */
    public static final int NOT_PASSED = 1;

    /**
     * The run did not start: invalid options, or an environment problem such as no container
     * engine or a missing image. Also the status when the runner itself fails unexpectedly.
     */
    public static final int INVALID = 2;

    private ExitStatus() {
    }
}
