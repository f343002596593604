package io.github.s2ikit.image;

/**
 * Thrown when an image is neither in the engine nor pullable.
 */
public class ImageNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the image, the reason and what to do
     */
    public ImageNotFoundException(String message) {
        super(message);
    }
}
