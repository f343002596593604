package io.github.s2ikit.conformance.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the report as one self-contained HTML page for a browser. The claims that need attention
 * come first. The changes since a baseline, the image sizes and ratios, every claim by catalogue
 * group, the packages of each image and the mutation self-test follow.
 *
 * <p>The page comes from the Mustache template {@value #TEMPLATE}, which escapes every value. Its
 * CSS is inline and it loads nothing, so it opens offline and from a CI artifact alike.
 */
final class HtmlReportWriter {

    /** The class path resource of the page's template. */
    static final String TEMPLATE = "io/github/s2ikit/conformance/report/report.html.mustache";

    private HtmlReportWriter() {
    }

    /**
     * Writes the report to the file in UTF-8, replacing it if it exists.
     *
     * @throws IOException if writing fails
     */
    static void write(ConformanceReport report, Path file) throws IOException {
        Files.writeString(file, render(report), StandardCharsets.UTF_8);
    }

    /**
     * Returns the page.
     *
     * @throws IllegalStateException when the template is missing from the class path
     */
    static String render(ConformanceReport report) {
        StringWriter out = new StringWriter();
        compileTemplate().execute(out, HtmlReportView.of(report));
        return out.toString();
    }

    private static Mustache compileTemplate() {
        InputStream input = HtmlReportWriter.class.getClassLoader().getResourceAsStream(TEMPLATE);
        if (input == null) {
            throw new IllegalStateException("The HTML report template " + TEMPLATE + " is not on the class path. Put "
                    + "the s2ikit-conformance-tests jar, or its target/classes folder, on the class path.");
        }
        try (Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8)) {
            // A new factory each time, because a factory caches what it compiled for its lifetime,
            // and a run writes one report.
            return new DefaultMustacheFactory().compile(reader, TEMPLATE);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read the HTML report template " + TEMPLATE, e);
        }
    }
}
