package io.github.s2ikit.assertions;

import io.github.s2ikit.facts.ContainerFacts;
import io.github.s2ikit.facts.ImageConfig;
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
