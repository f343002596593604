package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Reads a baseline report, the {@value ConformanceReportListener#JSON_FILE} of an earlier run, and
 * compares a report with it.
 */
final class BaselineReader {

    private static final Logger LOG = LoggerFactory.getLogger(BaselineReader.class);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The advice for a baseline that cannot be used, which names both ways to set the baseline. */
    static final String FIX_HINT = "Give the " + ConformanceReportListener.JSON_FILE + " of an earlier run with "
            + "--baseline of the runner or the configuration parameter " + ConformanceReportListener.BASELINE_PROPERTY
            + ".";

    private BaselineReader() {
    }

    /**
     * Compares the report with the baseline file. A baseline that cannot be used gives a comparison
     * with the reason, and an error in the log.
     *
     * @param file the baseline's path, as the user gave it
     */
    static BaselineComparison compare(String file, ConformanceReport current) {
        try {
            Path path;
            try {
                path = Path.of(file);
            } catch (InvalidPathException e) {
                throw new InvalidBaselineException("'" + file + "' is not a valid path: " + e.getMessage());
            }
            ReportSnapshot baseline = read(path);
            BaselineComparison comparison = ReportComparison.compare(file, baseline,
                    ReportSnapshot.fromJson(JSON.valueToTree(current)));
            LOG.info("Compared the conformance report with the baseline {}: {}, {} and {}", file,
                    Counts.of(comparison.verdictChanges().size(), "verdict change"),
                    Counts.of(comparison.packageChanges().size(), "package change"),
                    Counts.of(comparison.sizeChanges().size(), "size change"));
            return comparison;
        } catch (InvalidBaselineException e) {
            LOG.error("The baseline report could not be used, so the conformance report lists no changes: {}. {}",
                    e.getMessage(), FIX_HINT);
            return BaselineComparison.unreadable(file, e.getMessage());
        }
    }

    /**
     * Reads the baseline file.
     *
     * @throws InvalidBaselineException saying why when the file is missing, cannot be read, is not
     *     valid JSON or is not a conformance report
     */
    static ReportSnapshot read(Path file) {
        if (!Files.exists(file)) {
            throw new InvalidBaselineException("the file " + file.toAbsolutePath() + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidBaselineException(file.toAbsolutePath() + " is not a regular file");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new InvalidBaselineException("the file " + file.toAbsolutePath() + " is not valid JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidBaselineException("the file " + file.toAbsolutePath() + " could not be read: " + e);
        }
        try {
            return ReportSnapshot.fromJson(root);
        } catch (IllegalArgumentException e) {
            throw new InvalidBaselineException("the file " + file.toAbsolutePath() + " is not a conformance report, "
                    + "because " + e.getMessage());
        }
    }

    /**
     * A baseline file that cannot be used. The message gives the reason in words that can follow
     * "the baseline could not be used:".
     */
    static final class InvalidBaselineException extends RuntimeException {

        InvalidBaselineException(String message) {
            super(message);
        }
    }
}
