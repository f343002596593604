package io.github.s2ikit.container;

/**
 * Thrown when a container does not start; the message names the image and the reason.
 */
public class ContainerStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, on which image, and why
     * @param cause the engine's error
     */
    public ContainerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
