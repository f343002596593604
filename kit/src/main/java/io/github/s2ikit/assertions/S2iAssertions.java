package io.github.s2ikit.assertions;

import io.github.s2ikit.container.AppContainer;
import io.github.s2ikit.facts.ContainerFacts;
import io.github.s2ikit.facts.ImageConfig;
import io.github.s2ikit.variant.AppImage;

/**
 * The entry point of the kit's AssertJ assertions. Import its {@code assertThat} methods
 * statically, beside AssertJ's own.
 *
 * <pre>{@code
 * import static io.github.s2ikit.assertions.S2iAssertions.assertThat;
 *
 * assertThat(minimalFacts).runsAsUid(1001).doesNotRunAsRoot().hasNoExecutables(ProbeRequest.COMPILERS);
 * assertThat(minimalConfig).hasUser("1001").exposesPort("8080/tcp");
 * }</pre>
 */
public final class S2iAssertions {

    private S2iAssertions() {
    }

    /** Starts assertions on the facts a probe read from a container. */
    public static ContainerFactsAssert assertThat(ContainerFacts actual) {
        return new ContainerFactsAssert(actual);
    }

    /** Starts assertions on an image's configuration. */
    public static ImageConfigAssert assertThat(ImageConfig actual) {
        return new ImageConfigAssert(actual);
    }

    /** Starts assertions on an app's built image. */
    public static AppImageAssert assertThat(AppImage actual) {
        return new AppImageAssert(actual);
    }

    /** Starts assertions on a running app container. */
    public static AppContainerAssert assertThat(AppContainer actual) {
        return new AppContainerAssert(actual);
    }
}
