package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs fixture classes through a launcher with a {@link ConformanceReportListener} that writes to a
 * folder the caller chooses, and reads the files it wrote.
 */
final class ReportRun {

    static final Instant GENERATED_AT = Instant.parse("2025-01-02T03:04:05Z");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path reportDir;
    private final String console;
    private final TestExecutionSummary summary;

    private ReportRun(Path reportDir, String console, TestExecutionSummary summary) {
        this.reportDir = reportDir;
        this.console = console;
        this.summary = summary;
    }

    /**
     * Runs the fixture classes one after another, with the report written to {@code reportDir}.
     */
    static ReportRun run(Path reportDir, Class<?>... fixtures) {
        return run(reportDir, Map.of(), fixtures);
    }

    /**
     * Runs the fixture classes with extra configuration parameters, such as those that enable
     * parallel execution.
     */
    static ReportRun run(Path reportDir, Map<String, String> parameters, Class<?>... fixtures) {
        ByteArrayOutputStream consoleBytes = new ByteArrayOutputStream();
        PrintStream console = new PrintStream(consoleBytes, true, StandardCharsets.UTF_8);
        Clock clock = Clock.fixed(GENERATED_AT, ZoneOffset.UTC);
        ConformanceReportListener listener = new ConformanceReportListener(() -> console, clock);
        SummaryGeneratingListener summary = new SummaryGeneratingListener();

        // Without auto-registration, so that the service-loaded listener does not write a second
        // report into the default folder.
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .addTestExecutionListeners(listener, summary)
                .build());
        launcher.execute(request(reportDir, parameters, fixtures));

        return new ReportRun(reportDir, consoleBytes.toString(StandardCharsets.UTF_8), summary.getSummary());
    }

    static LauncherDiscoveryRequest request(Path reportDir, Map<String, String> parameters, Class<?>... fixtures) {
        Map<String, String> configuration = new HashMap<>(parameters);
        configuration.put(ReportFixtureTestCases.ENABLED, "true");
        configuration.put(ConformanceReportListener.REPORT_DIR_PROPERTY, reportDir.toString());
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(Arrays.stream(fixtures).map(DiscoverySelectors::selectClass).toList())
                .configurationParameters(configuration)
                .build();
    }

    Path jsonFile() {
        return reportDir.resolve(ConformanceReportListener.JSON_FILE);
    }

    Path markdownFile() {
        return reportDir.resolve(ConformanceReportListener.MARKDOWN_FILE);
    }

    Path junitXmlFile() {
        return reportDir.resolve(ConformanceReportListener.JUNIT_XML_FILE);
    }

    Path htmlFile() {
        return reportDir.resolve(ConformanceReportListener.HTML_FILE);
    }

    String html() {
        try {
            return Files.readString(htmlFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read " + htmlFile(), e);
        }
    }

    JsonNode report() {
        assertThat(jsonFile()).as("JSON report").exists();
        try {
            return JSON.readTree(jsonFile().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read " + jsonFile(), e);
        }
    }

    /**
     * Returns the row of the claim with the given id in the JSON report.
     */
    JsonNode claim(String id) {
        for (JsonNode claim : report().get("claims")) {
            if (claim.get("id").asText().equals(id)) {
                return claim;
            }
        }
        throw new AssertionError("The JSON report has no claim " + id + ":\n" + report().toPrettyString());
    }

    String markdown() {
        try {
            return Files.readString(markdownFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read " + markdownFile(), e);
        }
    }

    String console() {
        return console;
    }

    TestExecutionSummary summary() {
        return summary;
    }
}
