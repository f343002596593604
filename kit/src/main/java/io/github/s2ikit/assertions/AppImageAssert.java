package io.github.s2ikit.assertions;

import io.github.s2ikit.variant.AppImage;

/**
 * Assertions on an app's built image; start with {@link S2iAssertions#assertThat(AppImage)}.
 */
public class AppImageAssert extends AbstractAppImageAssert<AppImageAssert> {

    /**
     * Creates assertions on the given app image.
     *
     * @param actual the image under test
     */
    public AppImageAssert(AppImage actual) {
        super(actual, AppImageAssert.class);
    }
}
