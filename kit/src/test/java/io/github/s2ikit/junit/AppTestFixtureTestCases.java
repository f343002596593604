package io.github.s2ikit.junit;

import static io.github.s2ikit.assertions.S2iAssertions.assertThat;

import io.github.s2ikit.container.AppContainer;
import io.github.s2ikit.variant.AppImage;
import io.github.s2ikit.variant.Variant;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Test classes that {@link S2iAppTestExtensionTests} runs through the JUnit engine. They carry the
 * {@code fixture} tag, which the build leaves out of ordinary runs.
 */
@Tag("fixture")
class AppTestFixtureTestCases {

    private static final String FIXTURES = "src/test/resources/app-fixtures/";

    /** The images that the parallel fixtures received, by identity. */
    static final Set<Integer> RECEIVED_IMAGES = ConcurrentHashMap.newKeySet();

    @S2iAppTest(source = FIXTURES + "hello")
    static class FirstParallelTestCases {

        @Test
        void one(@AppVariant(Variant.S2I_MINIMAL) AppImage image) {
            RECEIVED_IMAGES.add(System.identityHashCode(image));
        }

        @Test
        void two(@AppVariant(Variant.S2I_MINIMAL) AppImage image) {
            RECEIVED_IMAGES.add(System.identityHashCode(image));
        }
    }

    @S2iAppTest(source = FIXTURES + "hello")
    static class SecondParallelTestCases {

        @Test
        void three(@AppVariant(Variant.S2I_MINIMAL) AppImage image) {
            RECEIVED_IMAGES.add(System.identityHashCode(image));
        }

        @Test
        void four(@AppVariant(Variant.S2I_MINIMAL) AppImage image) {
            RECEIVED_IMAGES.add(System.identityHashCode(image));
        }
    }

    @S2iAppTest(source = FIXTURES + "hello", name = "constructor-fixture")
    static class ConstructorTestCases {

        private final AppImage image;

        ConstructorTestCases(@AppVariant(Variant.S2I_MINIMAL) AppImage image) {
            this.image = image;
        }

        @Test
        void receivesImage() {
            assertThat(image).runsAsUid(1001);
            org.assertj.core.api.Assertions.assertThat(image.name()).startsWith("s2ikit/s2i-constructor-fixture:");
        }
    }

    @S2iAppTest(source = FIXTURES + "hello")
    static class NeedsEngineTestCases {

        @Test
        void builds(@AppVariant(Variant.S2I_MINIMAL) AppImage image) {
        }
    }

    @S2iAppTest(source = FIXTURES + "hello", disabledWithoutEngine = true)
    static class SkipsWithoutEngineTestCases {

        @Test
        void builds(@AppVariant(Variant.S2I_MINIMAL) AppImage image) {
        }
    }

    @S2iAppTest(source = FIXTURES + "hello", minimalImage = "s2ikit/no-such-image:1")
    static class MissingImageTestCases {

        @Test
        void builds(@AppVariant(Variant.S2I_MINIMAL) AppImage image) {
        }
    }

    @S2iAppTest(source = FIXTURES + "no-such-folder")
    static class MissingFolderTestCases {

        @Test
        void builds(@AppVariant(Variant.S2I_MINIMAL) AppImage image) {
        }
    }

    @S2iAppTest(source = FIXTURES + "no-entry-point")
    static class NoEntryPointTestCases {

        @Test
        void builds(@AppVariant(Variant.S2I_MINIMAL) AppImage image) {
        }
    }

    @S2iAppTest(source = FIXTURES + "broken-assemble")
    static class BrokenAssembleTestCases {

        @Test
        void builds(@AppVariant(Variant.S2I_MINIMAL) AppImage image) {
        }
    }

    @S2iAppTest(source = FIXTURES + "wrong-port")
    static class NeverAnswersTestCases {

        @Test
        void answers(@AppVariant(Variant.S2I_MINIMAL) AppContainer app) {
            assertThat(app).respondsTo("/", 200, Duration.ofSeconds(3));
        }
    }

    @S2iAppTest(source = FIXTURES + "hello")
    static class ArbitraryUidTestCases {

        @Test
        void serves(@AppVariant(Variant.S2I_MINIMAL) @RunAs("100001:0") AppContainer app) {
            assertThat(app).respondsTo("/", 200, "hello fixture", Duration.ofSeconds(30)).runsAsUid(100001);
        }

        @Test
        void wrongUid(@AppVariant(Variant.S2I_MINIMAL) AppContainer app) {
            assertThat(app).respondsTo("/", 200, Duration.ofSeconds(30)).runsAsUid(4242);
        }
    }
}
