package io.github.s2ikit.docker;

/**
 * Thrown when a command in a container did not finish within its timeout.
 */
public class ExecTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the command, the container, the timeout and the output so far
     */
    public ExecTimeoutException(String message) {
        super(message);
    }
}
