package io.github.s2ikit.facts;

/**
 * Thrown when the fact probe cannot run in a container or prints nothing usable.
 */
public class ProbeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, on which image, with the probe's output
     */
    public ProbeException(String message) {
        super(message);
    }
}
