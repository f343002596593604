package io.github.s2ikit.conformance.report;

import io.github.s2ikit.junit.Claim;
import io.github.s2ikit.junit.ReportEntryKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Test classes that the report tests run through a launcher of their own, to produce a report.
 *
 * <p>They are not tests by themselves, so Surefire leaves them out in two ways: its default
 * includes match neither this file's name nor nested classes, and the module's POM excludes the
 * tag {@value #TAG}, which also holds when {@code -Dtest} replaces the includes. Should another
 * runner, such as an IDE, still find them, each class is disabled unless the launcher sets the
 * configuration parameter {@value #ENABLED}.
 */
class ReportFixtureTestCases {

    /** The configuration parameter that enables the fixture classes. */
    static final String ENABLED = "s2ikit.report.fixtures";

    /** The tag of the fixture classes, which Surefire excludes. */
    static final String TAG = "report-fixture";

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Tag(TAG)
    @ExtendWith(FixtureCondition.class)
    @interface Fixture {
    }

    static class FixtureCondition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(ENABLED).isPresent()
                    ? ConditionEvaluationResult.enabled("run by the report tests")
                    : ConditionEvaluationResult.disabled("fixture of the report tests, enabled by the configuration parameter " + ENABLED);
        }
    }

    /** Publishes the platform and images at class level, as the kit's extension does. */
    static class PublishImages implements BeforeAllCallback, BeforeEachCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            context.publishReportEntry(ReportEntryKeys.PLATFORM, "reference");
            context.publishReportEntry(ReportEntryKeys.IMAGE,
                    "{\"role\":\"minimal\",\"name\":\"localhost/python-minimal:1\",\"id\":\"sha256:aaa\"}");
            context.publishReportEntry(ReportEntryKeys.IMAGE,
                    "{\"role\":\"full\",\"name\":\"localhost/python-full:1\",\"id\":\"sha256:fff\"}");
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            context.publishReportEntry(ReportEntryKeys.EVIDENCE, "started container for " + context.getDisplayName());
        }
    }

    /** Publishes evidence from the class context before the class's {@code @BeforeAll} fails. */
    static class PublishContainerEvidence implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            context.publishReportEntry(ReportEntryKeys.EVIDENCE, "pulling localhost/missing:1");
        }
    }

    @Fixture
    static class VerdictTestCases {

        @Test
        @Claim("IMG-USER-1001")
        void passing(TestReporter reporter) {
            reporter.publishEntry(ReportEntryKeys.EVIDENCE, "uid=1001 gid=0");
        }

        @Test
        @Claim("IMG-EXPOSE-8080")
        void failing(TestReporter reporter) {
            reporter.publishEntry(ReportEntryKeys.EVIDENCE, "exposed ports: []");
            fail("expected port 8080/tcp to be exposed");
        }

        @Test
        @Claim("IMG-FIX-PERMISSIONS")
        void javaAssertionError() {
            throw new AssertionError("expected group 0 on /tmp/scratch/a");
        }

        @Test
        @Claim("IMG-USAGE")
        void erroring() {
            throw new IllegalStateException("container engine not reachable", new IOException("connection refused"));
        }

        @Test
        @Claim("IMG-PYTHON-VERSION")
        void aborted() {
            assumeTrue(false, "python not on PATH");
        }

        @Test
        @Disabled("needs a UTF-8 host locale")
        @Claim("IMG-LOCALE")
        void skipped() {
        }

        @Test
        @Claim("NOT-A-CLAIM")
        void unknownId(TestReporter reporter) {
            reporter.publishEntry(ReportEntryKeys.EVIDENCE, "ran anyway");
        }

        @Test
        void withoutClaim(TestReporter reporter) {
            reporter.publishEntry(ReportEntryKeys.EVIDENCE, "not part of any claim");
        }

        @Test
        void claimByEntry(TestReporter reporter) {
            reporter.publishEntry(Map.of(ReportEntryKeys.CLAIM, "IMG-S2I-SCRIPTS"));
            reporter.publishEntry(ReportEntryKeys.EVIDENCE, "assemble, run and usage are executable");
        }

        @Test
        @Claim("IMG-APP-ROOT")
        void conflictingEntry(TestReporter reporter) {
            reporter.publishEntry(ReportEntryKeys.CLAIM, "IMG-LABELS");
        }
    }

    @Fixture
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class TwoTestsTestCases {

        @Test
        @Order(1)
        @Claim("IMG-LABELS")
        void labelsPresent(TestReporter reporter) {
            reporter.publishEntry(ReportEntryKeys.EVIDENCE, "summary | io.k8s.description present");
        }

        @Test
        @Order(2)
        @Claim("IMG-LABELS")
        void exposeServices(TestReporter reporter) throws InterruptedException {
            // Gives the claim a duration that a sum of zeros cannot reach.
            Thread.sleep(20);
            reporter.publishEntry(ReportEntryKeys.EVIDENCE, "io.openshift.expose-services=8080");
            fail("expected io.openshift.expose-services to be 8080:http");
        }
    }

    @Fixture
    @ExtendWith(PublishContainerEvidence.class)
    static class BeforeAllFailsTestCases {

        @BeforeAll
        static void buildImage() {
            throw new IllegalStateException("base image localhost/missing:1 not found");
        }

        @Test
        @Claim("MIN-NO-COMPILERS")
        void noCompilers() {
        }

        @Test
        @Claim("MIN-NO-HEADERS")
        void noHeaders() {
        }
    }

    @Fixture
    @Disabled("no full image configured")
    static class DisabledClassTestCases {

        @Test
        @Claim("FULL-TOOLCHAIN")
        void toolchain() {
        }
    }

    @Fixture
    static class ParameterizedTestCases {

        @ParameterizedTest
        @ValueSource(ints = {100001, 12345})
        @Claim("IMG-ARBITRARY-UID")
        void runsAs(int uid) {
            if (uid == 12345) {
                fail("uid 12345 has no passwd entry");
            }
        }
    }

    @Fixture
    @ExtendWith(PublishImages.class)
    static class ImageEntriesTestCases {

        @Test
        @Claim("MIN-NO-NODE")
        void publishesImages(TestReporter reporter) {
            // The second minimal image replaces the first, and the listener ignores the malformed entries.
            reporter.publishEntry(ReportEntryKeys.IMAGE,
                    "{\"role\":\"minimal\",\"name\":\"localhost/python-minimal:2\",\"id\":\"sha256:bbb\"}");
            reporter.publishEntry(ReportEntryKeys.IMAGE, "{not json");
            reporter.publishEntry(ReportEntryKeys.IMAGE, "{\"name\":\"localhost/no-role:1\"}");
            reporter.publishEntry(ReportEntryKeys.IMAGE, "{\"role\":\"variant\",\"name\":\"localhost/variant:1\"}");
            reporter.publishEntry(ReportEntryKeys.EVIDENCE, "node: not found");
        }
    }

    /**
     * Publishes the outcomes of two mutants as the mutation self-test does, one caught and one
     * missed, and an entry that lacks most fields. It verifies no claim itself.
     */
    @Fixture
    static class MutantEntriesTestCases {

        @Test
        void publishesMutants(TestReporter reporter) {
            reporter.publishEntry(SuiteReportKeys.MUTANT, "{\"id\":\"user-root\",\"description\":\"The user is root\","
                    + "\"role\":\"minimal\",\"targets\":[\"IMG-USER-1001\"],\"caught\":true,"
                    + "\"failedClaims\":[\"IMG-USER-1001\"],\"unexpectedFailures\":[]}");
            reporter.publishEntry(SuiteReportKeys.MUTANT, "{\"id\":\"locale-missing\","
                    + "\"description\":\"LANG | LC_ALL name a locale that is not installed\",\"role\":\"full\","
                    + "\"targets\":[\"IMG-LOCALE\",\"IMG-LABELS\"],\"caught\":false,\"failedClaims\":[\"IMG-LABELS\"],"
                    + "\"unexpectedFailures\":[\"MIN-FEW-PACKAGES\"]}");
            reporter.publishEntry(SuiteReportKeys.MUTANT, "{\"id\":\"incomplete\"}");
        }
    }

    @Fixture
    static class WithoutClaimsTestCases {

        @Test
        void plain() {
        }
    }

    @Fixture
    @Execution(ExecutionMode.CONCURRENT)
    static class ParallelTestCases {

        static final int REPETITIONS = 24;

        @RepeatedTest(REPETITIONS)
        @Execution(ExecutionMode.CONCURRENT)
        @Claim("RUN-APP-FILE")
        void repeated(RepetitionInfo repetition, TestReporter reporter) throws InterruptedException {
            int number = repetition.getCurrentRepetition();
            reporter.publishEntry(ReportEntryKeys.EVIDENCE, "repetition " + number + " step 1");
            Thread.sleep(5);
            reporter.publishEntry(ReportEntryKeys.EVIDENCE, "repetition " + number + " step 2");
        }

        @Test
        @Claim("RUN-APP-SCRIPT")
        void single(TestReporter reporter) {
            reporter.publishEntry(ReportEntryKeys.EVIDENCE, "app.sh ran");
        }
    }
}
