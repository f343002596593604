package io.github.s2ikit.conformance.report;

import org.junit.platform.engine.ConfigurationParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import static io.github.s2ikit.conformance.report.ConformanceReportListener.BASELINE_PROPERTY;
import static io.github.s2ikit.conformance.report.ConformanceReportListener.CONSOLE_PROPERTY;
import static io.github.s2ikit.conformance.report.ConformanceReportListener.DEFAULT_REPORT_DIR;
import static io.github.s2ikit.conformance.report.ConformanceReportListener.INVENTORY_PROPERTY;
import static io.github.s2ikit.conformance.report.ConformanceReportListener.REPORT_DIR_PROPERTY;

/**
 * The settings of the report, read from the JUnit configuration parameters that
 * {@link ConformanceReportListener} documents. JUnit also reads them from system properties and
 * {@code junit-platform.properties}. A blank value counts as unset.
 *
 * @param reportDir the folder to write to, or {@code null} when the value is not a valid path
 * @param console whether to print the summary table
 * @param inventory whether to list the packages of each image
 * @param baseline the baseline report file as given, if any
 */
record ReportSettings(Path reportDir, boolean console, boolean inventory, Optional<String> baseline) {

    private static final Logger LOG = LoggerFactory.getLogger(ReportSettings.class);

    /**
     * Reads the settings.
     */
    static ReportSettings from(ConfigurationParameters parameters) {
        return new ReportSettings(
                reportDir(value(parameters, REPORT_DIR_PROPERTY).orElse(DEFAULT_REPORT_DIR)),
                parameters.getBoolean(CONSOLE_PROPERTY).orElse(true),
                parameters.getBoolean(INVENTORY_PROPERTY).orElse(true),
                value(parameters, BASELINE_PROPERTY));
    }

    private static Optional<String> value(ConfigurationParameters parameters, String key) {
        return parameters.get(key).map(String::strip).filter(text -> !text.isEmpty());
    }

    private static Path reportDir(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            LOG.error("No conformance report will be written: {}={} is not a valid path ({}). Set it to a folder "
                    + "path.", REPORT_DIR_PROPERTY, value, e.getMessage());
            return null;
        }
    }
}
