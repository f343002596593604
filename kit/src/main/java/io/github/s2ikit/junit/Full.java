package io.github.s2ikit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @Full} selects the full image's value of a parameter that exists for both images:
 * {@code PlatformImage}, {@code ImageConfig}, {@code ContainerFacts} or {@code ImageContainer}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Full {
}
