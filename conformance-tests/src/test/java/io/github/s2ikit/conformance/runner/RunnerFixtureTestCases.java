package io.github.s2ikit.conformance.runner;

import io.github.s2ikit.junit.Claim;
import io.github.s2ikit.junit.ConformanceSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Claim classes that the runner tests run through the runner in place of the suite's own, so
 * that the runner's selection, progress, report and exit status can be checked without a
 * container engine.
 *
 * <p>They are not tests by themselves. Surefire leaves them out because its default includes do
 * not match nested classes, and the module's POM excludes the tag {@value #TAG}, which also holds
 * when {@code -Dtest} replaces the includes. Should another runner, such as an IDE, still find
 * them, each class is disabled unless the configuration parameter or system property
 * {@value #ENABLED} is {@code true}.
 */
class RunnerFixtureTestCases {

    /** The configuration parameter, or system property, that enables the fixture classes. */
    static final String ENABLED = "s2ikit.runner.fixtures";

    /** The tag of the fixture classes, which Surefire excludes. */
    static final String TAG = "runner-fixture";

    /** The names of the fixture tests that ran, in the order they ran. */
    static final List<String> EXECUTED = new CopyOnWriteArrayList<>();

    /**
     * The kit's system properties and the report's configuration parameters as a fixture test saw
     * them; a missing value is not in the map.
     */
    static final Map<String, String> SETTINGS_SEEN = new ConcurrentHashMap<>();

    /** The property and parameter names that {@link RecordSettings} records. */
    static final List<String> RECORDED_SETTINGS = List.of(ConformanceSettings.PLATFORM,
            ConformanceSettings.MINIMAL_IMAGE, ConformanceSettings.FULL_IMAGE, RunRequest.BASELINE_PARAMETER,
            RunRequest.PACKAGES_DIR_PROPERTY);

    private RunnerFixtureTestCases() {
    }

    /**
     * Forgets what earlier runs recorded.
     */
    static void reset() {
        EXECUTED.clear();
        SETTINGS_SEEN.clear();
    }

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Tag(TAG)
    @ExtendWith(FixtureCondition.class)
    @ExtendWith(RecordSettings.class)
    @interface Fixture {
    }

    static class FixtureCondition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            boolean enabled = context.getConfigurationParameter(ENABLED).map(Boolean::parseBoolean).orElse(false);
            return enabled
                    ? ConditionEvaluationResult.enabled("run by the runner tests")
                    : ConditionEvaluationResult.disabled("a fixture of the runner tests; set " + ENABLED + "=true");
        }
    }

    /**
     * Records the test's name and the settings it reads: system properties for the kit's settings,
     * configuration parameters for the report's.
     */
    static class RecordSettings implements BeforeEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            EXECUTED.add(context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
            for (String name : RECORDED_SETTINGS) {
                String value = name.equals(RunRequest.BASELINE_PARAMETER)
                        ? context.getConfigurationParameter(name).orElse(null)
                        : System.getProperty(name);
                if (value != null) {
                    SETTINGS_SEEN.put(name, value);
                }
            }
        }
    }

    @Fixture
    static class PassingTestCases {

        @Test
        @Claim("IMG-LABELS")
        void labels() {
        }

        @Test
        @Claim("IMG-EXPOSE-8080")
        void exposedPort() {
        }

        @Test
        void withoutClaim() {
        }
    }

    @Fixture
    static class NotPassingTestCases {

        /** The message of the failure of {@link #compilers()}, longer than a progress line. */
        static final String LONG_MESSAGE = "Claim MIN-NO-COMPILERS is not met: found " + "/usr/bin/gcc ".repeat(30);

        @Test
        @Claim("MIN-NO-NODE")
        void node() {
            fail("Claim MIN-NO-NODE is not met: found node at\n/usr/bin/node");
        }

        @Test
        @Claim("MIN-NO-HEADERS")
        void headers() {
            throw new IllegalStateException("the probe container exited with status 137");
        }

        @Test
        @Claim("MIN-NO-COMPILERS")
        void compilers() {
            fail(LONG_MESSAGE);
        }
    }
}
