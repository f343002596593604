package io.github.s2ikit.conformance.report;

import io.github.s2ikit.variant.Variant;

import java.util.Locale;

/**
 * The role names of the images in the report: {@code minimal} and {@code full} for the images
 * under test, and one role per variant that the workaround tests build and report.
 */
public final class ImageRoles {

    /** The minimal image under test. */
    public static final String MINIMAL = "minimal";

    /** The full image under test. */
    public static final String FULL = "full";

    /** The minimal image extended with a compiler, as built for the uWSGI app. */
    public static final String EXTENDED_MINIMAL = of(Variant.EXTENDED_MINIMAL);

    /** The multi-stage runtime image of the mod_wsgi app, built with a Dockerfile. */
    public static final String MULTI_STAGE = of(Variant.MULTI_STAGE);

    /** The same runtime image assembled by Jib. */
    public static final String MULTI_STAGE_JIB = of(Variant.MULTI_STAGE_JIB);

    private ImageRoles() {
    }

    /**
     * Returns the role name of a variant: its constant's name in lower case with hyphens, such as
     * {@code multi-stage-jib}.
     */
    public static String of(Variant variant) {
        return variant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
