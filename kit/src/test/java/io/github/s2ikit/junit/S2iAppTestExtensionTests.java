package io.github.s2ikit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs the fixtures of {@link AppTestFixtureTestCases} through the JUnit engine and checks what a
 * user of {@code @S2iAppTest} sees.
 */
@Isolated
class S2iAppTestExtensionTests {

    @Test
    void parallel_tests_share_one_build() {
        // given
        AppTestFixtureTestCases.RECEIVED_IMAGES.clear();

        // when
        Events tests = EngineTestKit.engine("junit-jupiter")
                .configurationParameters(Map.of(
                        "junit.jupiter.execution.parallel.enabled", "true",
                        "junit.jupiter.execution.parallel.mode.default", "concurrent",
                        "junit.jupiter.execution.parallel.mode.classes.default", "concurrent"))
                .selectors(selectClass(AppTestFixtureTestCases.FirstParallelTestCases.class),
                        selectClass(AppTestFixtureTestCases.SecondParallelTestCases.class))
                .execute()
                .testEvents();

        // then
        tests.assertStatistics(stats -> stats.started(4).succeeded(4));
        assertThat(AppTestFixtureTestCases.RECEIVED_IMAGES).as("distinct AppImage values the four tests received")
                .hasSize(1);
    }

    @Test
    void constructor_parameter_is_resolved() {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(AppTestFixtureTestCases.ConstructorTestCases.class))
                .execute()
                .testEvents();

        tests.assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void no_engine_fails_with_advice() {
        String message = withoutEngine(() -> onlyFailure(AppTestFixtureTestCases.NeedsEngineTestCases.class));

        assertThat(message)
                .contains("No container engine responds")
                .contains("Start Docker or Podman")
                .contains("disabledWithoutEngine = true");
    }

    @Test
    void no_engine_disables_on_request() {
        Events events = withoutEngine(() -> run(AppTestFixtureTestCases.SkipsWithoutEngineTestCases.class));

        // The condition disables the whole class, so JUnit reports the class as skipped and starts no test.
        events.assertStatistics(stats -> stats.skipped(1).failed(0));
        assertThat(events.filter(event -> event.getType() == EventType.STARTED
                && event.getTestDescriptor().isTest()).count()).as("tests started").isZero();
        String reason = events.skipped().stream().map(event -> event.getPayload(String.class).orElse(""))
                .findFirst().orElse("");
        assertThat(reason).contains("No container engine responds");
    }

    @Test
    void missing_image_names_it() {
        String message = onlyFailure(AppTestFixtureTestCases.MissingImageTestCases.class);

        assertThat(message)
                .contains("Image s2ikit/no-such-image:1 is not in the container engine and could not be pulled")
                .contains("docker pull s2ikit/no-such-image:1");
    }

    @Test
    void missing_folder_is_a_configuration_error() {
        String message = onlyFailure(AppTestFixtureTestCases.MissingFolderTestCases.class);

        assertThat(message)
                .contains("Invalid @S2iAppTest(source = \"src/test/resources/app-fixtures/no-such-folder\")")
                .contains("does not exist");
    }

    @Test
    void folder_without_entry_point_is_rejected() {
        String message = onlyFailure(AppTestFixtureTestCases.NoEntryPointTestCases.class);

        assertThat(message)
                .contains("has no entry point")
                .contains("app.py")
                .contains("APP_MODULE");
    }

    @Test
    void failed_assemble_shows_step_and_output() {
        String message = onlyFailure(AppTestFixtureTestCases.BrokenAssembleTestCases.class);

        assertThat(message)
                .contains("Could not build app 'broken-assemble'")
                .contains("failed with exit status 4")
                .contains("Failed step: ")
                .contains("RUN /tmp/src/.s2i/bin/assemble")
                .contains("assemble broke on purpose");
    }

    @Test
    void silent_app_shows_url_timeout_and_log() {
        String message = onlyFailure(AppTestFixtureTestCases.NeverAnswersTestCases.class);

        assertThat(message)
                .containsPattern("GET http://[^ ]+:\\d+/ did not return status 200 within 3 s")
                .contains("Last lines of the app's log")
                .contains("wrong-port: serving on port 8081 instead of 8080");
    }

    @Test
    void arbitrary_uid_serves_and_wrong_uid_fails() {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(AppTestFixtureTestCases.ArbitraryUidTestCases.class))
                .execute()
                .testEvents();

        tests.assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        assertThat(failureMessages(tests)).singleElement().asString()
                .contains("to run as uid 4242")
                .contains("as uid 1001");
    }

    private static Events run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute().allEvents();
    }

    private static String onlyFailure(Class<?> fixture) {
        List<String> messages = failureMessages(run(fixture));
        assertThat(messages).as("failures of %s", fixture.getSimpleName()).hasSize(1);
        return messages.get(0);
    }

    private static List<String> failureMessages(Events events) {
        return events.filter(event -> event.getType() == EventType.FINISHED)
                .map(Event::getPayload)
                .flatMap(java.util.Optional::stream)
                .filter(org.junit.platform.engine.TestExecutionResult.class::isInstance)
                .map(org.junit.platform.engine.TestExecutionResult.class::cast)
                .flatMap(result -> result.getThrowable().stream())
                .map(S2iAppTestExtensionTests::fullMessage)
                .toList();
    }

    private static String fullMessage(Throwable throwable) {
        StringBuilder message = new StringBuilder();
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            message.append(cause.getMessage()).append('\n');
        }
        return message.toString();
    }

    private static <T> T withoutEngine(java.util.function.Supplier<T> action) {
        BooleanSupplier original = S2iAppTestExtension.engineCheck;
        S2iAppTestExtension.engineCheck = () -> false;
        try {
            return action.get();
        } finally {
            S2iAppTestExtension.engineCheck = original;
        }
    }
}
