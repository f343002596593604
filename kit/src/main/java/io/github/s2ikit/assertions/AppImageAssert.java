package io.github.s2ikit.assertions;

import io.github.s2ikit.variant.AppImage;

/**
 * Assertions on an app's built image; start with {@link S2iAssertions#assertThat(AppImage)}.
 */
public class AppImageAssert extends AbstractAppImageAssert<AppImageAssert> {

    public AppImageAssert(AppImage actual) {
        super(actual, AppImageAssert.class);
    }
}
