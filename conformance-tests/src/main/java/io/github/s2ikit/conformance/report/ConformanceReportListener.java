package io.github.s2ikit.conformance.report;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code ConformanceReportListener} is a JUnit Platform listener that writes the per-claim
 * conformance report of a test run.
 *
 * <p>It maps each test whose method has {@link io.github.s2ikit.junit.Claim @Claim} (or that
 * publishes the {@link io.github.s2ikit.junit.ReportEntryKeys#CLAIM} report entry) to its claim,
 * collects the evidence, images and platform the kit publishes as report entries, and the
 * outcomes of the mutation self-test ({@link SuiteReportKeys#MUTANT}). At the end of the run it
 * reads the container engine's version and the id, digests and size of each reported image. It
 * lists the OS and Python packages of each image with one short container per image, and
 * compares the report with a baseline report when one is given. Then it writes
 * {@value #JSON_FILE}, {@value #MARKDOWN_FILE}, {@value #JUNIT_XML_FILE} and {@value #HTML_FILE}
 * to the report folder and prints a short table to standard output.
 *
 * <p>Configuration parameters, which JUnit also reads from system properties:
 * <ul>
 *   <li>{@value #REPORT_DIR_PROPERTY}: the report folder (default {@value #DEFAULT_REPORT_DIR});</li>
 *   <li>{@value #CONSOLE_PROPERTY}: {@code false} leaves out the table on standard output;</li>
 *   <li>{@value #INVENTORY_PROPERTY}: {@code false} leaves out the package inventory;</li>
 *   <li>{@value #BASELINE_PROPERTY}: the path of an earlier {@value #JSON_FILE} to compare with.</li>
 * </ul>
 *
 * <p>The listener is registered through {@code META-INF/services}, so Surefire and any
 * {@code Launcher} with listener auto-registration use it. Behaviour worth knowing:
 * <ul>
 *   <li>A run without any claim test writes nothing, so a run of the mutation self-test alone
 *       leaves only the reports of its inner runs.</li>
 *   <li>Every claim of the catalogue gets a row, or with {@value #SELECTED_CLAIMS_PROPERTY}
 *       every selected claim. A claim without a test, with only skipped tests,
 *       or whose tests never started because a container such as the test class failed, gets the
 *       verdict {@code error} with the reason as evidence.</li>
 *   <li>Evidence published by a container, such as in {@code @BeforeAll}, is shown only as part of
 *       the reason why that container's tests never started.</li>
 *   <li>When the engine does not respond, an image is gone, or the baseline cannot be read, the
 *       report is written all the same and names what is missing and why.</li>
 *   <li>Exceptions thrown inside the listener are logged, not rethrown, so they do not fail the
 *       test run.</li>
 *   <li>Each execution of a test plan replaces the report of the one before. NOTE: Surefire's
 *       {@code rerunFailingTestsCount} may rerun failed tests as a second execution, whose report
 *       would then list only the rerun tests. This case has not been tried.</li>
 * </ul>
 */
public final class ConformanceReportListener implements TestExecutionListener {

    /** The configuration parameter, or system property, that sets the report folder. */
    public static final String REPORT_DIR_PROPERTY = "conformance.report.dir";

    /**
     * Configuration parameter or system property: {@code false} leaves out the summary table on
     * standard output; the report files are written all the same.
     */
    public static final String CONSOLE_PROPERTY = "conformance.report.console";

    /**
     * Configuration parameter or system property: the comma-separated ids of the claims that the
     * run selected, such as {@code IMG-LABELS,MIN-NO-NODE}. When it is set, the report has rows for
     * those claims only, so that the claims left out of the run do not show as {@code error}, and
     * each report names the selection. Ids that are not in the catalogue are ignored, with a
     * warning. NOTE: a test of a claim outside the selection that runs all the same is reported as
     * an unknown claim id. Set it only for a run that selects the tests of those claims alone, as
     * the standalone runner does.
     */
    public static final String SELECTED_CLAIMS_PROPERTY = "conformance.report.claims";

    /** The report folder used when {@value #REPORT_DIR_PROPERTY} is not set. */
    public static final String DEFAULT_REPORT_DIR = "target/conformance";

    /** The file name of the JSON report. */
    public static final String JSON_FILE = "report.json";

    /** The file name of the Markdown report. */
    public static final String MARKDOWN_FILE = "report.md";

    /** The file name of the JUnit XML report, with one test case per claim. */
    public static final String JUNIT_XML_FILE = "junit.xml";

    /** The file name of the HTML report. */
    public static final String HTML_FILE = "report.html";

    /**
     * Configuration parameter or system property: {@code false} leaves out the package inventory,
     * which starts one short container per reported image at the end of the run.
     */
    public static final String INVENTORY_PROPERTY = "conformance.report.inventory";

    /**
     * Configuration parameter or system property: the path of the {@value #JSON_FILE} of an earlier
     * run, such as the last release's, to list what changed since.
     */
    public static final String BASELINE_PROPERTY = "conformance.report.baseline";

    private static final Logger LOG = LoggerFactory.getLogger(ConformanceReportListener.class);

    private final Supplier<PrintStream> console;
    private final Clock clock;
    private final AtomicInteger eventFailures = new AtomicInteger();

    // Replaced at the start of each test plan, because a Launcher may run several plans with the
    // same listener.
    private volatile ResultCollector collector;

    /**
     * Creates a listener that prints to {@code System.out} as it is at the end of the run.
     */
    public ConformanceReportListener() {
        this(() -> System.out, Clock.systemUTC());
    }

    ConformanceReportListener(Supplier<PrintStream> console, Clock clock) {
        this.console = console;
        this.clock = clock;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        eventFailures.set(0);
        try {
            collector = new ResultCollector(testPlan);
        } catch (RuntimeException e) {
            collector = null;
            LOG.error("Failed to read the claims of the test plan, so no conformance report will be written", e);
        }
    }

    @Override
    public void dynamicTestRegistered(TestIdentifier testIdentifier) {
        handle("dynamicTestRegistered", testIdentifier, current -> current.dynamicTestRegistered(testIdentifier));
    }

    @Override
    public void executionStarted(TestIdentifier testIdentifier) {
        handle("executionStarted", testIdentifier, current -> current.executionStarted(testIdentifier));
    }

    @Override
    public void executionSkipped(TestIdentifier testIdentifier, String reason) {
        handle("executionSkipped", testIdentifier, current -> current.executionSkipped(testIdentifier, reason));
    }

    @Override
    public void executionFinished(TestIdentifier testIdentifier, TestExecutionResult testExecutionResult) {
        handle("executionFinished", testIdentifier,
                current -> current.executionFinished(testIdentifier, testExecutionResult));
    }

    @Override
    public void reportingEntryPublished(TestIdentifier testIdentifier, ReportEntry entry) {
        handle("reportingEntryPublished", testIdentifier,
                current -> current.reportingEntryPublished(testIdentifier, entry));
    }

    private void handle(String event, TestIdentifier identifier, Consumer<ResultCollector> action) {
        ResultCollector current = collector;
        if (current == null) {
            return;
        }
        try {
            action.accept(current);
        } catch (RuntimeException e) {
            // Logs the first failure in full and counts the rest, so that a bug hit by every event
            // does not flood the build output.
            if (eventFailures.getAndIncrement() == 0) {
                LOG.error("Failed to handle {} for {}, so the conformance report may be incomplete",
                        event, identifier.getUniqueId(), e);
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        ResultCollector finished = collector;
        collector = null;
        int failures = eventFailures.get();
        if (failures > 1) {
            LOG.error("{} more listener events failed after the first one logged above, so the conformance report "
                    + "may be incomplete", failures - 1);
        }
        if (finished == null) {
            return;
        }
        try {
            report(testPlan, finished);
        } catch (RuntimeException e) {
            LOG.error("Failed to build the conformance report, so no report was written", e);
        }
    }

    private void report(TestPlan testPlan, ResultCollector finished) {
        finished.resolveUnfinished();
        if (finished.claimRecords().isEmpty()) {
            LOG.debug("The test plan has no claim test, so no conformance report is written");
            return;
        }

        ConformanceReport report;
        try {
            report = aggregator(testPlan).aggregate(finished, clock.instant());
        } catch (IllegalStateException e) {
            LOG.error("No conformance report was written: {}", e.getMessage());
            return;
        }

        ReportSettings settings = ReportSettings.from(testPlan.getConfigurationParameters());
        report = EngineDetails.addTo(report, settings.inventory());
        if (settings.baseline().isPresent()) {
            report = report.withBaseline(BaselineReader.compare(settings.baseline().get(), report));
        }

        Path markdownFile = write(report, settings.reportDir());
        if (settings.console()) {
            ConsoleSummary.print(report, markdownFile, console.get());
        }
    }

    /**
     * Creates the aggregator for the claims catalogue, reduced to the claims of
     * {@value #SELECTED_CLAIMS_PROPERTY} when that is set.
     *
     * @throws IllegalStateException if no selected id is in the catalogue
     */
    private static ClaimAggregator aggregator(TestPlan testPlan) {
        ClaimCatalogue catalogue = ClaimCatalogue.load();
        List<String> selected = testPlan.getConfigurationParameters().get(SELECTED_CLAIMS_PROPERTY).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .toList();
        if (selected.isEmpty()) {
            return new ClaimAggregator(catalogue, null);
        }
        SelectedClaims selection = SelectedClaims.of(catalogue, selected);
        if (!selection.ignoredIds().isEmpty()) {
            LOG.warn("The claim ids {} of {} are not in the claims catalogue, so the conformance report leaves them "
                    + "out. Check their spelling.", selection.ignoredIds(), SELECTED_CLAIMS_PROPERTY);
        }
        return new ClaimAggregator(catalogue.select(selected), selection);
    }

    /**
     * Writes the report files, each on its own, so that a failure of one writer leaves the others.
     *
     * @return the Markdown file, or {@code null} when it could not be written
     */
    private static Path write(ConformanceReport report, Path dir) {
        if (dir == null) {
            return null;
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            // The exception names the folder and the problem, so its stack trace would add nothing.
            LOG.error("Failed to create the conformance report folder {}: {}. Check that it can be created and "
                    + "written, or set {} to another folder.", dir.toAbsolutePath(), e, REPORT_DIR_PROPERTY);
            return null;
        }
        writeFile(dir.resolve(JSON_FILE), file -> JsonReportWriter.write(report, file));
        boolean markdown = writeFile(dir.resolve(MARKDOWN_FILE), file -> MarkdownReportWriter.write(report, file));
        writeFile(dir.resolve(JUNIT_XML_FILE), file -> JunitXmlReportWriter.write(report, file));
        writeFile(dir.resolve(HTML_FILE), file -> HtmlReportWriter.write(report, file));
        return markdown ? dir.resolve(MARKDOWN_FILE) : null;
    }

    private static boolean writeFile(Path file, ReportFileWriter writer) {
        try {
            writer.write(file);
            return true;
        } catch (IOException e) {
            LOG.error("Failed to write the conformance report file {}: {}. Check that the folder can be written, "
                    + "or set {} to another folder.", file.toAbsolutePath(), e, REPORT_DIR_PROPERTY);
            return false;
        } catch (RuntimeException e) {
            LOG.error("Failed to write the conformance report file {}", file.toAbsolutePath(), e);
            return false;
        }
    }

    @FunctionalInterface
    private interface ReportFileWriter {

        void write(Path file) throws IOException;
    }
}
