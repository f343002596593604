package io.github.s2ikit.junit;

import io.github.s2ikit.variant.Variant;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @AppVariant} selects how an {@link S2iAppTest} parameter's app is built: on the minimal
 * image, on the full image, on the minimal image extended with a compiler, or multi-stage.
 *
 * <pre>{@code
 * @Test
 * void compilesUwsgi(@AppVariant(value = Variant.EXTENDED_MINIMAL, packages = "which") AppImage image) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface AppVariant {

    /** The variant. */
    Variant value();

    /**
     * Packages to install besides the platform's compiler packages; only for
     * {@link Variant#EXTENDED_MINIMAL}.
     */
    String[] packages() default {};
}
