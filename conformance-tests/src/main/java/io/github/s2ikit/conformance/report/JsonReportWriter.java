package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the report as pretty-printed JSON.
 */
final class JsonReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReportWriter() {
    }

    /**
     * Writes the report to the file, replacing it if it exists.
     *
     * @throws IOException if writing fails
     */
    static void write(ConformanceReport report, Path file) throws IOException {
        JSON.writeValue(file.toFile(), report);
    }
}
