package io.github.s2ikit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @Claim} names the documented claim that a test verifies, by its stable id from the
 * claims catalogue, for example {@code @Claim("MIN-NO-COMPILERS")}.
 *
 * <p>The conformance report has one row per claim id. Several tests may verify one claim; the
 * claim then passes only when all of them pass. A test verifies at most one claim.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Claim {

    /**
     * The claim id, for example {@code "IMG-USER-1001"}.
     */
    String value();
}
