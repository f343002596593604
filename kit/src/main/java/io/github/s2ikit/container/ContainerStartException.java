package io.github.s2ikit.container;

/**
 * Thrown when a container does not start; the message names the image and the reason.
 */
public class ContainerStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContainerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
