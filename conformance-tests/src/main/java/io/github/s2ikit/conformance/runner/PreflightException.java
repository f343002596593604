package io.github.s2ikit.conformance.runner;

/**
 * A problem found before the run starts, such as an invalid option, an unknown claim or a missing
 * image. The runner prints the message as one line and exits with {@link ExitStatus#INVALID}.
 */
final class PreflightException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one line: what is wrong, with which value, and what to do
     */
    PreflightException(String message) {
        super(message);
    }
}
