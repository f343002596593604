package io.github.s2ikit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @ImageConformance} is a JUnit Jupiter extension that gives a test class the platform
 * under test, its minimal and full images, their facts and idle containers, as test method
 * parameters.
 *
 * <p>The platform and images come from system properties, so one suite runs against any image pair:
 * <ul>
 *   <li>{@code conformance.platform}: the platform id (default {@code reference}, the locally
 *       built reference images; others are {@code c9s-3.11}, {@code c9s-3.12}, {@code el8-3.11});
 *   <li>{@code conformance.minimal.image} and {@code conformance.full.image}: image names that
 *       replace the platform's.
 * </ul>
 *
 * <p>Each image is resolved (pulled or built) once per run, started once as an idle container and
 * probed once; every test shares those. A test names its claim with {@link Claim} and records its
 * evidence through a {@link ClaimEvidence} parameter.
 *
 * <pre>{@code
 * @ImageConformance
 * class MinimalImageTests {
 *     @Test
 *     @Claim("MIN-NO-NODE")
 *     void noNode(@Minimal ContainerFacts minimal, ClaimEvidence evidence) {
 *         evidence.record("node", minimal.locationsOf("node"));
 *         assertThat(minimal).hasNoExecutables(ProbeRequest.NODE);
 *     }
 * }
 * }</pre>
 *
 * <p>Limits:
 * <ul>
 *   <li>An invalid property fails every test of the class with an {@code ExtensionConfigurationException};
 *       it never skips them.
 *   <li>Containers and networks the run created are removed when the run ends; built images stay
 *       as a cache, labelled {@code io.github.s2ikit.cache}.
 * </ul>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(ImageConformanceExtension.class)
public @interface ImageConformance {
}
