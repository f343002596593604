package io.github.s2ikit.assertions;

import io.github.s2ikit.facts.ImageConfig;

/**
 * Assertions on {@link ImageConfig}; start with {@link S2iAssertions#assertThat(ImageConfig)}.
 */
public class ImageConfigAssert extends AbstractImageConfigAssert<ImageConfigAssert> {

    /**
     * Creates assertions on the given image configuration.
     *
     * @param actual the configuration under test
     */
    public ImageConfigAssert(ImageConfig actual) {
        super(actual, ImageConfigAssert.class);
    }
}
