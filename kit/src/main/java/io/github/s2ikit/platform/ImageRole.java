package io.github.s2ikit.platform;

import java.util.Locale;

/**
 * The two images of a platform.
 */
public enum ImageRole {

    /** The minimal image: no compilers, headers or Node.js. */
    MINIMAL,

    /** The full image, with the build tool chain. */
    FULL;

    /** Returns the role's name in lower case, as reports and properties use it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
