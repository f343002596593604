package io.github.s2ikit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @RunAs} starts an {@code AppContainer} parameter as the given user instead of the
 * image's, as OpenShift starts pods with an arbitrary uid and group 0.
 *
 * <pre>{@code
 * @Test
 * void startsAsArbitraryUid(@AppVariant(Variant.S2I_MINIMAL) @RunAs("100001:0") AppContainer app) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface RunAs {

    /** The user, as {@code uid} or {@code uid:gid}, for example {@code 100001:0}. */
    String value();
}
