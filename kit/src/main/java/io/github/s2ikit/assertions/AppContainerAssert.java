package io.github.s2ikit.assertions;

import io.github.s2ikit.container.AppContainer;

/**
 * Assertions on a running app container; start with {@link S2iAssertions#assertThat(AppContainer)}.
 */
public class AppContainerAssert extends AbstractAppContainerAssert<AppContainerAssert> {

    /**
     * Creates assertions on the given running app.
     *
     * @param actual the app container under test
     */
    public AppContainerAssert(AppContainer actual) {
        super(actual, AppContainerAssert.class);
    }
}
