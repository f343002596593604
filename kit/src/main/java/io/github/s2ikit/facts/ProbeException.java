package io.github.s2ikit.facts;

/**
 * Thrown when the fact probe cannot run in a container or prints nothing usable.
 */
public class ProbeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProbeException(String message) {
        super(message);
    }
}
