package io.github.s2ikit.http;

/**
 * Thrown when an app does not answer HTTP as expected within the timeout.
 */
public class HttpNotReadyException extends AssertionError {

    private static final long serialVersionUID = 1L;

    public HttpNotReadyException(String message) {
        super(message);
    }
}
