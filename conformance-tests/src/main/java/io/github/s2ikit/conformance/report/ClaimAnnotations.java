package io.github.s2ikit.conformance.report;

import io.github.s2ikit.junit.Claim;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Reads the {@link Claim @Claim} annotation of the method behind a test.
 */
final class ClaimAnnotations {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimAnnotations.class);

    private ClaimAnnotations() {
    }

    /**
     * Returns the claim id of the test's method, or an empty {@code Optional} when the test has no
     * method source, the method has no {@code @Claim}, or the method cannot be loaded.
     */
    static Optional<String> claimIdOf(TestIdentifier identifier) {
        Optional<TestSource> source = identifier.getSource();
        if (source.isEmpty() || !(source.get() instanceof MethodSource)) {
            return Optional.empty();
        }
        MethodSource methodSource = (MethodSource) source.get();

        Method method;
        try {
            // Loads the class with the default class loader, then finds the method by name and
            // parameter types, searching superclasses and interfaces as JUnit does.
            method = methodSource.getJavaMethod();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Failed to load the method {}#{}({}) of test {} to read its @Claim, so the test is left "
                            + "out of the conformance report: {}",
                    methodSource.getClassName(), methodSource.getMethodName(),
                    methodSource.getMethodParameterTypes(), identifier.getUniqueId(), e.toString());
            return Optional.empty();
        }

        Claim claim = method.getAnnotation(Claim.class);
        return claim == null ? Optional.empty() : Optional.of(claim.value().strip());
    }
}
