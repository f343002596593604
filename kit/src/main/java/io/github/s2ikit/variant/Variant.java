package io.github.s2ikit.variant;

/**
 * The ways the minimal image's README lets an app be built: the image as it is, and its three
 * workarounds for what it cannot compile.
 */
public enum Variant {

    /** An s2i build on the minimal image as it is. */
    S2I_MINIMAL("s2i build on the minimal image"),

    /** An s2i build on the full image: the first workaround. */
    S2I_FULL("s2i build on the full image"),

    /** The minimal image extended with the compiler and Python header packages: the second workaround. */
    EXTENDED_MINIMAL("minimal image extended with a compiler"),

    /** Built on the full image, run on the minimal image with httpd, as a multi-stage Dockerfile: the third. */
    MULTI_STAGE("multi-stage build from the full to the minimal image"),

    /** The same runtime image as {@link #MULTI_STAGE}, assembled by Jib Core without a Docker build. */
    MULTI_STAGE_JIB("multi-stage runtime image assembled by Jib");

    private final String description;

    Variant(String description) {
        this.description = description;
    }

    /** Returns a short description for messages and reports. */
    public String description() {
        return description;
    }
}
