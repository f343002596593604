package io.github.s2ikit.index;

/**
 * Thrown when a Python package for the local index cannot be fetched or built. The message names
 * the package and shows the tail of the output that explains why.
 */
public class PackagePreparationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PackagePreparationException(String message) {
        super(message);
    }
}
