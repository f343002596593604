package io.github.s2ikit.conformance.report;

import org.junit.platform.engine.TestExecutionResult;

import java.util.Optional;

/**
 * Turns JUnit execution results into verdicts and evidence.
 */
final class Outcomes {

    private Outcomes() {
    }

    /**
     * Returns {@code passed} for a successful result, {@code failed} for a failure by an
     * {@link AssertionError} (which includes opentest4j's {@code AssertionFailedError}), and
     * {@code error} for any other failure or an aborted result.
     */
    static Verdict verdictOf(TestExecutionResult result) {
        switch (result.getStatus()) {
            case SUCCESSFUL:
                return Verdict.PASSED;
            case FAILED:
                return result.getThrowable().orElse(null) instanceof AssertionError ? Verdict.FAILED : Verdict.ERROR;
            default:
                return Verdict.ERROR;
        }
    }

    /**
     * Returns the evidence a result adds to a test: the assertion message of a failed check, the
     * exception type and message of an error, or the reason of an abort. A successful result adds
     * none.
     */
    static Optional<String> evidenceOf(TestExecutionResult result) {
        Throwable throwable = result.getThrowable().orElse(null);
        switch (result.getStatus()) {
            case SUCCESSFUL:
                return Optional.empty();
            case ABORTED:
                return Optional.of("aborted: " + (throwable == null ? "no reason given" : messageOf(throwable)));
            default:
                if (throwable == null) {
                    return Optional.of("failed without an exception");
                }
                // An assertion message is the evidence itself. For any other exception the type is
                // the first hint at what went wrong.
                return Optional.of(throwable instanceof AssertionError ? messageOf(throwable) : describe(throwable));
        }
    }

    /**
     * Returns why a container did not succeed, such as {@code failed: IllegalStateException: no
     * engine}, in words that follow the container's name.
     */
    static String problemOf(TestExecutionResult result) {
        Throwable throwable = result.getThrowable().orElse(null);
        String verb = result.getStatus() == TestExecutionResult.Status.ABORTED ? "was aborted" : "failed";
        return throwable == null ? verb : verb + ": " + describe(throwable);
    }

    private static String messageOf(Throwable throwable) {
        String message = throwable.getMessage();
        return message == null || message.isBlank() ? throwable.getClass().getName() : message.strip();
    }

    /**
     * Returns the type and message of the throwable and, when it differs, of its root cause, which
     * often names the real problem behind a wrapper such as a container launch failure.
     */
    private static String describe(Throwable throwable) {
        String text = throwable.getClass().getSimpleName() + ": " + messageOf(throwable);
        Throwable root = throwable;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != throwable) {
            text += "\ncaused by " + root.getClass().getSimpleName() + ": " + messageOf(root);
        }
        return text;
    }
}
