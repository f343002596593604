package io.github.s2ikit.conformance.report;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the report in the JUnit XML format that CI servers read: one {@code testsuite} per claim
 * group of the catalogue, in catalogue order, and one {@code testcase} per claim.
 *
 * <p>A test case's {@code classname} is the claim's group and its {@code name} is
 * {@code "CLAIM-ID: statement"}. A failed claim has a {@code failure} element and a claim with the
 * verdict {@code error} an {@code error} element, each with the evidence as text and a
 * {@code message} such as {@code Claim MIN-NO-NODE is not met: node: found}, which ends with the
 * first line of the evidence. Every test case has its evidence in {@code system-out}. The run's platform,
 * kit version, engine, selection of claims and images are {@code properties} of each suite.
 */
final class JunitXmlReportWriter {

    /** The maximum length of the evidence in a failure or error message, in characters. */
    static final int MESSAGE_EVIDENCE_WIDTH = 160;

    private JunitXmlReportWriter() {
    }

    /**
     * Writes the report to the file in UTF-8, replacing it if it exists.
     *
     * @throws IOException if writing fails
     */
    static void write(ConformanceReport report, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(report, out);
        }
    }

    static void write(ConformanceReport report, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "s2ikit conformance");
            writeCounts(xml, report.claims());
            xml.writeAttribute("timestamp", report.generatedAt().toString());
            for (Map.Entry<String, List<ClaimResult>> group : ClaimGroups.byGroup(report.claims()).entrySet()) {
                writeSuite(xml, report, group.getKey(), group.getValue());
            }
            newline(xml, 0);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Failed to write the JUnit XML report: " + e.getMessage(), e);
        }
    }

    private static void writeSuite(XMLStreamWriter xml, ConformanceReport report, String group,
            List<ClaimResult> claims) throws XMLStreamException {
        newline(xml, 1);
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", clean(group));
        writeCounts(xml, claims);
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("timestamp", report.generatedAt().toString());
        writeProperties(xml, report);
        for (ClaimResult claim : claims) {
            writeCase(xml, group, claim);
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void writeCounts(XMLStreamWriter xml, List<ClaimResult> claims) throws XMLStreamException {
        ReportSummary summary = ReportSummary.of(claims);
        long millis = claims.stream().mapToLong(ClaimResult::durationMillis).sum();
        xml.writeAttribute("tests", Integer.toString(claims.size()));
        xml.writeAttribute("failures", Integer.toString(summary.failed()));
        xml.writeAttribute("errors", Integer.toString(summary.error()));
        xml.writeAttribute("time", seconds(millis));
    }

    private static void writeProperties(XMLStreamWriter xml, ConformanceReport report) throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("properties");
        writeProperty(xml, "platform", report.platform() == null ? "not reported" : report.platform());
        writeProperty(xml, "kitVersion", report.kitVersion());
        writeProperty(xml, "engine", report.engine().describe());
        if (report.selection() != null) {
            writeProperty(xml, "selection", String.join(", ", report.selection().claims()) + " ("
                    + report.selection().phrase() + ")");
        }
        for (ReportedImage image : report.images()) {
            writeProperty(xml, "image." + image.role(),
                    image.name() + (image.id() == null ? "" : " (" + image.id() + ")"));
        }
        newline(xml, 2);
        xml.writeEndElement();
    }

    private static void writeProperty(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        newline(xml, 3);
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", clean(name));
        xml.writeAttribute("value", clean(value));
    }

    private static void writeCase(XMLStreamWriter xml, String group, ClaimResult claim) throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", clean(group));
        xml.writeAttribute("name", clean(caseName(claim)));
        xml.writeAttribute("time", seconds(claim.durationMillis()));
        if (claim.verdict() != Verdict.PASSED) {
            newline(xml, 3);
            xml.writeStartElement(claim.verdict() == Verdict.FAILED ? "failure" : "error");
            xml.writeAttribute("message", clean(message(claim)));
            xml.writeAttribute("type", claim.verdict() == Verdict.FAILED ? "claim not met" : "claim not verified");
            xml.writeCharacters(clean(claim.evidence()));
            xml.writeEndElement();
        }
        newline(xml, 3);
        xml.writeStartElement("system-out");
        xml.writeCharacters(clean(claim.evidence()));
        xml.writeEndElement();
        newline(xml, 2);
        xml.writeEndElement();
    }

    /**
     * Returns the message of a claim that did not pass: a sentence with the claim id and the
     * verdict, then the first line of the evidence, shortened to {@value #MESSAGE_EVIDENCE_WIDTH}
     * characters, because CI servers show the message as a one-line title.
     */
    static String message(ClaimResult claim) {
        String sentence = "Claim " + claim.id() + (claim.verdict() == Verdict.FAILED ? " is not met"
                : " could not be verified");
        String firstLine = claim.firstEvidenceLine().strip();
        if (firstLine.isEmpty()) {
            return sentence;
        }
        if (firstLine.length() > MESSAGE_EVIDENCE_WIDTH) {
            firstLine = firstLine.substring(0, MESSAGE_EVIDENCE_WIDTH - 3) + "...";
        }
        return sentence + ": " + firstLine;
    }

    /**
     * Returns the test case name: the claim id and its statement, or the id alone for a claim
     * that is not in the catalogue.
     */
    static String caseName(ClaimResult claim) {
        return claim.statement() == null ? claim.id() : claim.id() + ": " + claim.statement();
    }

    /**
     * Replaces the characters that XML 1.0 does not allow, even escaped, such as the escape
     * character of ANSI colour codes, with a {@code \}{@code uXXXX} text. The XML writer escapes
     * {@code <}, {@code &} and quotes itself.
     */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            if (allowed) {
                out.appendCodePoint(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
            }
        });
        return out.toString();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
