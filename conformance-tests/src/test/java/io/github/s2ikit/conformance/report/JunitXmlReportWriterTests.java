package io.github.s2ikit.conformance.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JunitXmlReportWriterTests {

    private static final ConformanceReport REPORT = SampleReports.withEverySection();

    @Test
    void one_case_per_claim() throws Exception {
        Document xml = parse(REPORT);

        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(REPORT.claims().size());
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo(Integer.toString(REPORT.claims().size()));
        assertThat(root.getAttribute("failures")).isEqualTo(Integer.toString(REPORT.summary().failed()));
        assertThat(root.getAttribute("errors")).isEqualTo(Integer.toString(REPORT.summary().error()));
    }

    @Test
    void suites_are_catalogue_groups() throws Exception {
        NodeList suites = parse(REPORT).getElementsByTagName("testsuite");

        List<String> names = new ArrayList<>();
        for (int i = 0; i < suites.getLength(); i++) {
            names.add(((Element) suites.item(i)).getAttribute("name"));
        }
        List<String> expected = new ArrayList<>(ClaimCatalogue.load().groups());
        expected.add(ClaimGroups.UNKNOWN_GROUP);
        assertThat(names).containsExactlyElementsOf(expected);
    }

    @Test
    void case_names_claim_and_statement() throws Exception {
        Element userCase = testCase(parse(REPORT), "IMG-USER-1001");

        assertThat(userCase.getAttribute("classname")).isEqualTo("Image basics (minimal and full)");
        assertThat(userCase.getAttribute("name")).startsWith("IMG-USER-1001: The image config's user is `1001`;");
        assertThat(userCase.getAttribute("time")).isEqualTo("1.234");
        assertThat(testCase(parse(REPORT), "NOT-A-CLAIM").getAttribute("name")).isEqualTo("NOT-A-CLAIM");
    }

    @Test
    void failed_claim_has_failure() throws Exception {
        Element nodeCase = testCase(parse(REPORT), "MIN-NO-NODE");

        Element failure = (Element) nodeCase.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message"))
                .isEqualTo("Claim MIN-NO-NODE is not met: <script>alert('x')</script> & \"quoted\"");
        assertThat(failure.getAttribute("type")).isEqualTo("claim not met");
        assertThat(failure.getTextContent()).isEqualTo(
                "<script>alert('x')</script> & \"quoted\"\n\\u001B[31mred\\u001B[0m line");
        assertThat(nodeCase.getElementsByTagName("error").getLength()).isZero();
        assertThat(nodeCase.getElementsByTagName("system-out").item(0).getTextContent())
                .isEqualTo(failure.getTextContent());
    }

    @Test
    void error_claim_has_error() throws Exception {
        Element unknown = testCase(parse(REPORT), "NOT-A-CLAIM");

        Element error = (Element) unknown.getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("message"))
                .isEqualTo("Claim NOT-A-CLAIM could not be verified: unknown claim id: NOT-A-CLAIM");
        assertThat(error.getAttribute("type")).isEqualTo("claim not verified");
        assertThat(error.getTextContent()).isEqualTo("unknown claim id: NOT-A-CLAIM");
    }

    @Test
    void passed_claim_has_output_only() throws Exception {
        ClaimResult passed = REPORT.claims().stream().filter(claim -> claim.verdict() == Verdict.PASSED)
                .findFirst().orElseThrow();

        Element passedCase = testCase(parse(REPORT), passed.id());

        assertThat(passedCase.getElementsByTagName("failure").getLength()).isZero();
        assertThat(passedCase.getElementsByTagName("error").getLength()).isZero();
        assertThat(passedCase.getElementsByTagName("system-out").item(0).getTextContent())
                .isEqualTo(passed.evidence());
    }

    @Test
    void suites_carry_run_properties() throws Exception {
        Element suite = (Element) parse(REPORT).getElementsByTagName("testsuite").item(0);

        NodeList properties = suite.getElementsByTagName("property");
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            pairs.add(property.getAttribute("name") + "=" + property.getAttribute("value"));
        }
        assertThat(pairs).containsExactly("platform=reference", "kitVersion=0.1.0-SNAPSHOT",
                "engine=Docker 20.10.24+dfsg1 (API 1.41)", "image.full=s2ikit/reference-python-311:1 (sha256:ffff)",
                "image.minimal=s2ikit/reference-python-311-minimal:1 (sha256:aaaa)",
                "image.multi-stage=s2ikit/multi-stage-mod-wsgi-app:1");
    }

    @Test
    void long_evidence_is_shortened_in_message() {
        String mapLine = "found {gcc=[/usr/bin/gcc, /usr/bin/gcc-12], " + "cc=[/usr/bin/cc], ".repeat(20) + "}";
        ClaimResult claim = new ClaimResult("MIN-NO-COMPILERS", "Minimal image", "No compiler is installed.",
                Verdict.FAILED, mapLine + "\nsecond line", 10, List.of());

        String message = JunitXmlReportWriter.message(claim);

        assertThat(message).startsWith("Claim MIN-NO-COMPILERS is not met: found {gcc=[/usr/bin/gcc, ");
        assertThat(message).endsWith("...");
        assertThat(message).hasSize("Claim MIN-NO-COMPILERS is not met: ".length()
                + JunitXmlReportWriter.MESSAGE_EVIDENCE_WIDTH);
        assertThat(message).doesNotContain("second line");
    }

    @Test
    void message_without_evidence_is_sentence() {
        ClaimResult claim = new ClaimResult("IMG-USAGE", "Image basics", "Prints usage.", Verdict.ERROR, "", 0,
                List.of());

        assertThat(JunitXmlReportWriter.message(claim)).isEqualTo("Claim IMG-USAGE could not be verified");
    }

    @Test
    void invalid_characters_are_replaced() {
        assertThat(JunitXmlReportWriter.clean("a\u0000b\u001Bc\td\ne\uD83D\uDE00\uD800"))
                .isEqualTo("a\\u0000b\\u001Bc\td\ne\uD83D\uDE00\\uD800");
    }

    private static Document parse(ConformanceReport report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JunitXmlReportWriter.write(report, out);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static Element testCase(Document xml, String claimId) {
        NodeList cases = xml.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            String name = testCase.getAttribute("name");
            if (name.equals(claimId) || name.startsWith(claimId + ": ")) {
                return testCase;
            }
        }
        throw new AssertionError("No test case for claim " + claimId);
    }
}
