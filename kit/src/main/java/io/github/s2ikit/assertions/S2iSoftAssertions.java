package io.github.s2ikit.assertions;

import io.github.s2ikit.container.AppContainer;
import io.github.s2ikit.facts.ContainerFacts;
import io.github.s2ikit.facts.ImageConfig;
import io.github.s2ikit.variant.AppImage;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.StandardSoftAssertionsProvider;

/**
 * Soft assertions with the kit's {@code assertThat} methods beside AssertJ's standard ones: every
 * failure is collected and all are reported together, so a check of both images shows what each
 * one lacks.
 *
 * <pre>{@code
 * S2iSoftAssertions.assertSoftly(softly -> {
 *     softly.assertThat(minimalFacts).runsAsUid(1001);
 *     softly.assertThat(fullFacts).runsAsUid(1001);
 * });
 * }</pre>
 */
public class S2iSoftAssertions extends AbstractSoftAssertions implements StandardSoftAssertionsProvider {

    /** Starts soft assertions on the facts a probe read from a container. */
    public ContainerFactsAssert assertThat(ContainerFacts actual) {
        return proxy(ContainerFactsAssert.class, ContainerFacts.class, actual);
    }

    /** Starts soft assertions on an image's configuration. */
    public ImageConfigAssert assertThat(ImageConfig actual) {
        return proxy(ImageConfigAssert.class, ImageConfig.class, actual);
    }

    /** Starts soft assertions on an app's built image. */
    public AppImageAssert assertThat(AppImage actual) {
        return proxy(AppImageAssert.class, AppImage.class, actual);
    }

    /** Starts soft assertions on a running app container. */
    public AppContainerAssert assertThat(AppContainer actual) {
        return proxy(AppContainerAssert.class, AppContainer.class, actual);
    }

    /**
     * Runs the assertions and then fails once with every collected failure.
     *
     * @throws AssertionError listing every failed assertion
     */
    public static void assertSoftly(Consumer<S2iSoftAssertions> assertions) {
        S2iSoftAssertions softly = new S2iSoftAssertions();
        assertions.accept(softly);
        softly.assertAll();
    }
}
