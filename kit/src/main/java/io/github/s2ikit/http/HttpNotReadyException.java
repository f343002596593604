package io.github.s2ikit.http;

/**
 * Thrown when an app does not respond over HTTP as expected within the timeout.
 */
public class HttpNotReadyException extends AssertionError {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the URL, the expected status, the timeout and the app's log tail
     */
    public HttpNotReadyException(String message) {
        super(message);
    }
}
