package io.github.s2ikit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @Minimal} selects the minimal image's value of a parameter that exists for both images:
 * {@code PlatformImage}, {@code ImageConfig}, {@code ContainerFacts} or {@code ImageContainer}.
 *
 * <pre>{@code
 * @Test
 * @Claim("MIN-NO-COMPILERS")
 * void noCompilers(@Minimal ContainerFacts minimal) {
 *     assertThat(minimal).hasNoExecutables(ProbeRequest.COMPILERS);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Minimal {
}
