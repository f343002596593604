package io.github.s2ikit.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.s2ikit.junit.Claim;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;

class ProgressListenerTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T03:04:05Z"));
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final ProgressListener listener = new ProgressListener(
            new PrintStream(output, true, StandardCharsets.UTF_8), clock, Set.of("IMG-LABELS"));

    @AfterEach
    void finishPlan() {
        listener.testPlanExecutionFinished(null);
    }

    @Test
    void heartbeat_names_long_test() throws NoSuchMethodException {
        TestIdentifier test = claimTest();
        listener.testPlanExecutionStarted(null);
        listener.executionStarted(test);

        clock.advance(Duration.ofSeconds(59));
        listener.heartbeat();
        clock.advance(Duration.ofSeconds(66));
        listener.heartbeat();
        listener.heartbeat();

        assertThat(lines()).containsExactly("03:06:10 IMG-LABELS (labels()) still running after 2 min 05 s");
    }

    @Test
    void heartbeat_is_quiet_between_tests() throws NoSuchMethodException {
        TestIdentifier test = claimTest();
        listener.testPlanExecutionStarted(null);
        listener.executionStarted(test);
        listener.executionFinished(test, TestExecutionResult.successful());

        clock.advance(Duration.ofMinutes(5));
        listener.heartbeat();

        assertThat(lines()).isEmpty();
    }

    private String[] lines() {
        String text = output.toString(StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? new String[0] : text.split("\n");
    }

    private static TestIdentifier claimTest() throws NoSuchMethodException {
        Method method = ClaimFixture.class.getDeclaredMethod("labels");
        AbstractTestDescriptor descriptor = new AbstractTestDescriptor(
                UniqueId.forEngine("progress-test").append("method", "labels"), "labels()", MethodSource.from(method)) {
            @Override
            public Type getType() {
                return Type.TEST;
            }
        };
        return TestIdentifier.from(descriptor);
    }

    static class ClaimFixture {

        @Claim("IMG-LABELS")
        void labels() {
        }
    }

    /** A clock that tests move forward by hand. */
    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
