package io.github.s2ikit.conformance.mutation;

import io.github.s2ikit.container.ImageContainer;
import io.github.s2ikit.facts.ContainerFacts;
import io.github.s2ikit.facts.ImageConfig;
import io.github.s2ikit.junit.Claim;
import io.github.s2ikit.junit.ClaimEvidence;
import io.github.s2ikit.junit.ImageConformance;
import io.github.s2ikit.platform.Platform;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The claim tests of the conformance suite: the {@link Claim @Claim} methods of the
 * {@link ImageConformance @ImageConformance} classes in the suite's package, found by reflection.
 */
final class ClaimMethods {

    /** The package of the suite's claim classes. Its subpackages contain other tests. */
    static final String SUITE_PACKAGE = "io.github.s2ikit.conformance";

    /**
     * The parameter types a claim test can get from the images under test and their idle containers
     * alone, without building an app or starting a package index.
     */
    private static final Set<Class<?>> STATIC_PARAMETER_TYPES = Set.of(
            Platform.class, ImageConfig.class, ContainerFacts.class, ImageContainer.class, ClaimEvidence.class);

    private final Map<String, List<Method>> methodsByClaim;

    private ClaimMethods(Map<String, List<Method>> methodsByClaim) {
        this.methodsByClaim = methodsByClaim;
    }

    /**
     * Finds the claim tests of the suite.
     *
     * @throws IllegalStateException when the class path has none
     */
    static ClaimMethods find() {
        List<Class<?>> classes = ReflectionSupport.findAllClassesInPackage(SUITE_PACKAGE,
                type -> type.getPackageName().equals(SUITE_PACKAGE)
                        && AnnotationSupport.isAnnotated(type, ImageConformance.class),
                name -> true);
        List<Method> methods = new ArrayList<>();
        for (Class<?> type : classes) {
            methods.addAll(AnnotationSupport.findAnnotatedMethods(type, Claim.class, HierarchyTraversalMode.TOP_DOWN));
        }
        // Sorted, so that the runs select their tests in the same order every time.
        methods.sort(Comparator.comparing((Method method) -> method.getDeclaringClass().getName())
                .thenComparing(Method::getName));

        Map<String, List<Method>> byClaim = new LinkedHashMap<>();
        for (Method method : methods) {
            String claim = method.getAnnotation(Claim.class).value().strip();
            byClaim.computeIfAbsent(claim, id -> new ArrayList<>()).add(method);
        }
        if (byClaim.isEmpty()) {
            throw new IllegalStateException("No @Claim method of an @ImageConformance class was found in package "
                    + SUITE_PACKAGE + "; the suite's test classes must be on the class path");
        }
        return new ClaimMethods(byClaim);
    }

    /** Returns the ids of the claims that have a test, sorted. */
    Set<String> claims() {
        return new TreeSet<>(methodsByClaim.keySet());
    }

    /**
     * Returns the ids of the claims all of whose tests are static: they read the images' config,
     * facts and idle containers, and build no app and start no package index, so they are cheap
     * to run against every mutant. A test is static when each of its parameters is one of the
     * types in {@link #STATIC_PARAMETER_TYPES}.
     */
    Set<String> staticClaims() {
        Set<String> ids = new TreeSet<>();
        methodsByClaim.forEach((id, methods) -> {
            if (methods.stream().allMatch(ClaimMethods::isStatic)) {
                ids.add(id);
            }
        });
        return ids;
    }

    /**
     * Returns the test methods of the given claims.
     *
     * @throws IllegalArgumentException naming a claim that has no test
     */
    List<Method> methodsOf(Collection<String> claimIds) {
        List<Method> methods = new ArrayList<>();
        for (String id : new TreeSet<>(claimIds)) {
            List<Method> found = methodsByClaim.get(id);
            if (found == null) {
                throw new IllegalArgumentException("No test of the suite verifies claim " + id + "; claims with tests: "
                        + claims());
            }
            methods.addAll(found);
        }
        return methods;
    }

    private static boolean isStatic(Method method) {
        for (Class<?> type : method.getParameterTypes()) {
            if (!STATIC_PARAMETER_TYPES.contains(type)) {
                return false;
            }
        }
        return true;
    }
}
