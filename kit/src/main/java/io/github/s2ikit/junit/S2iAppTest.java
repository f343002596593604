package io.github.s2ikit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @S2iAppTest} is a JUnit Jupiter extension that builds your app's source folder the way the
 * Python s2i minimal image's README recommends and hands the results to your test methods.
 *
 * <p>Test method parameters it resolves, each marked with {@link AppVariant} to say how the app is
 * built:
 * <ul>
 *   <li>{@code AppImage}: the built image;
 *   <li>{@code AppContainer}: a started container of it, as the image's user or as the user of
 *       {@link RunAs}, with the URL of port 8080 as the host reaches it; stopped after the test;
 *   <li>{@code ContainerFacts}: the image's static facts, read by one probe.
 * </ul>
 *
 * <pre>{@code
 * @S2iAppTest(source = "src/main/python")
 * class AppImageTests {
 *
 *     @Test
 *     void servesAsNonRoot(@AppVariant(Variant.S2I_MINIMAL) AppContainer app) {
 *         assertThat(app).respondsTo("/", 200, "Hello", Duration.ofSeconds(30)).runsAsUid(1001);
 *     }
 * }
 * }</pre>
 *
 * <p>Each image is built once per test run, however many tests and classes ask for the same app
 * and variant, also when JUnit runs them in parallel; an image whose inputs did not change since
 * an earlier run is not built again.
 *
 * <p>The system properties of the conformance suite override the attributes: {@code
 * conformance.platform}, {@code conformance.minimal.image}, {@code conformance.full.image}, and
 * {@code s2ikit.pip.index} for {@link #pipIndex()}.
 *
 * <p>Limits:
 * <ul>
 *   <li>Without a container engine the tests fail with one message saying what to start, unless
 *       {@link #disabledWithoutEngine()} is set.
 *   <li>The source folder must have something the s2i run script can start (such as {@code app.py},
 *       {@code app.sh} or {@code APP_MODULE} in {@code .s2i/environment}); otherwise the class fails
 *       before anything is built.
 * </ul>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(S2iAppTestExtension.class)
public @interface S2iAppTest {

    /** The app's source folder, relative to the working directory of the test run. */
    String source();

    /**
     * The app's name, for image names and messages; empty means the source folder's name. Set it
     * when the folder has a generic name such as {@code src/main/python}.
     */
    String name() default "";

    /**
     * The platform id, such as {@code reference} or {@code c9s-3.11}; empty means the system property
     * {@code conformance.platform}, else {@code reference}.
     */
    String platform() default "";

    /** The minimal image to build on, replacing the platform's; empty keeps the platform's. */
    String minimalImage() default "";

    /** The full image to build on, replacing the platform's; empty keeps the platform's. */
    String fullImage() default "";

    /**
     * The Python package index the builds install from, as a simple index URL; empty leaves pip's
     * default. The system property {@code s2ikit.pip.index} overrides it.
     */
    String pipIndex() default "";

    /**
     * Whether to report the tests as disabled, instead of failing them, when no container engine
     * responds.
     */
    boolean disabledWithoutEngine() default false;
}
