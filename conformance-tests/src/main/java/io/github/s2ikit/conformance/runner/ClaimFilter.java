package io.github.s2ikit.conformance.runner;

import io.github.s2ikit.junit.Claim;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Keeps the test methods whose {@link Claim @Claim} id is selected and drops every other test
 * method, including those without {@code @Claim}. Classes and engines pass, and the launcher then
 * removes the classes left without tests, so that their images and containers are never prepared.
 */
final class ClaimFilter implements PostDiscoveryFilter {

    private final ClaimSelection selection;

    ClaimFilter(ClaimSelection selection) {
        this.selection = selection;
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        // A test template, such as a parameterized test, is a container with a method source, so
        // it is judged by its method too.
        if (descriptor.getSource().isEmpty() || !(descriptor.getSource().get() instanceof MethodSource)) {
            return FilterResult.included("not a test method");
        }
        Optional<String> claim = claimOf(descriptor.getSource());
        if (claim.isEmpty()) {
            return FilterResult.excluded("the method has no @Claim");
        }
        return selection.includes(claim.get())
                ? FilterResult.included("claim " + claim.get() + " is selected")
                : FilterResult.excluded("claim " + claim.get() + " is not selected");
    }

    /**
     * Returns the {@code @Claim} id of the method behind a test, or an empty {@code Optional}
     * when the source is not a method or the method has no {@code @Claim}.
     */
    static Optional<String> claimOf(Optional<TestSource> source) {
        if (source.isEmpty() || !(source.get() instanceof MethodSource methodSource)) {
            return Optional.empty();
        }
        Method method = methodSource.getJavaMethod();
        Claim claim = method.getAnnotation(Claim.class);
        return claim == null ? Optional.empty() : Optional.of(claim.value().strip());
    }
}
