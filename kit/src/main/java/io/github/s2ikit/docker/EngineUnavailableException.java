package io.github.s2ikit.docker;

/**
 * Thrown when no container engine responds, so nothing can be built, inspected or started.
 */
public class EngineUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is missing and what to do
     */
    public EngineUnavailableException(String message) {
        super(message);
    }
}
