package io.github.s2ikit.image;

import java.util.List;

/**
 * Thrown when an image build fails or times out. The message names what was built, the step that
 * failed and the last lines of the build output.
 */
public class ImageBuildException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> outputTail;

    /**
     * Creates the exception.
     *
     * @param message what was built, the failed step and the last output lines
     * @param outputTail the last lines of the build output
     * @param cause the engine's error, or {@code null}
     */
    public ImageBuildException(String message, List<String> outputTail, Throwable cause) {
        super(message, cause);
        this.outputTail = List.copyOf(outputTail);
    }

    /**
     * Returns the last lines of the build output.
     */
    public List<String> outputTail() {
        return outputTail;
    }
}
