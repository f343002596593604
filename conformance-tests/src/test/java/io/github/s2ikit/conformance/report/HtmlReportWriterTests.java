package io.github.s2ikit.conformance.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportWriterTests {

    private static final String HTML = HtmlReportWriter.render(SampleReports.withEverySection());

    @Test
    void every_claim_has_a_row() {
        for (ClaimResult claim : SampleReports.withEverySection().claims()) {
            assertThat(HTML).as(claim.id()).contains("data-claim=\"" + claim.id() + "\" data-verdict=\""
                    + claim.verdict().label() + "\"");
        }
    }

    @Test
    void evidence_is_escaped() {
        assertThat(HTML).doesNotContain("<script>alert");
        assertThat(HTML).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;");
        assertThat(HTML).contains("The user is &lt;root&gt;");
    }

    @Test
    void page_loads_nothing() {
        assertThat(HTML).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=")
                .doesNotContain("http://").doesNotContain("https://").doesNotContain("url(");
        assertThat(HTML).contains("<style>");
    }

    @Test
    void failures_come_first() {
        int attention = HTML.indexOf("<section id=\"attention\">");
        int baseline = HTML.indexOf("<section id=\"baseline\">");
        int sizes = HTML.indexOf("<section id=\"sizes\">");
        int claims = HTML.indexOf("<section id=\"claims\">");
        int inventory = HTML.indexOf("<section id=\"inventory\">");
        int mutation = HTML.indexOf("<section id=\"mutation\">");

        assertThat(List.of(attention, baseline, sizes, claims, inventory, mutation)).isSorted().doesNotContain(-1);
        String attentionSection = HTML.substring(attention, baseline);
        int lastFailed = attentionSection.lastIndexOf("<tr class=\"failed\">");
        int firstError = attentionSection.indexOf("<tr class=\"error\">");
        assertThat(lastFailed).isPositive();
        assertThat(firstError).isGreaterThan(lastFailed);
        assertThat(attentionSection).doesNotContain("<tr class=\"passed\">");
    }

    @Test
    void groups_follow_catalogue() {
        int previous = -1;
        for (String group : ClaimCatalogue.load().groups()) {
            int position = HTML.indexOf(">" + group.replace("'", "&#39;") + "<span class=\"group-counts\">");
            assertThat(position).as(group).isGreaterThan(previous);
            previous = position;
        }
        assertThat(HTML).contains(">Claims not in the catalogue<span");
    }

    @Test
    void statement_code_is_marked() {
        assertThat(HTML).contains("The image config&#39;s user is <code>1001</code>");
    }

    @Test
    void long_evidence_is_folded() {
        // Mustache.java escapes line breaks too, as character references that <pre> shows as line breaks.
        assertThat(HTML).contains("<details><summary>line 1 (6 more lines)</summary><pre>line 1&#10;line 2");
    }

    @Test
    void sizes_and_ratios_are_shown() {
        assertThat(HTML).contains("<td>minimal</td><td>s2ikit/reference-python-311-minimal:1</td>");
        assertThat(HTML).contains("175.0 MB");
        assertThat(HTML).contains("repo digests: quay.io/example/minimal@sha256:1234");
        assertThat(HTML).contains("<td class=\"id\">MIN-FEW-PACKAGES</td><td>minimal</td><td>full</td>"
                + "<td class=\"number\">23.5%</td><td class=\"number\">50.0%</td><td>within</td>");
        assertThat(HTML).contains("<td class=\"id\">WA-MULTISTAGE-LEAN</td><td>multi-stage</td><td>full</td>"
                + "<td class=\"number\">unknown</td>");
    }

    @Test
    void inventory_is_folded_per_image() {
        assertThat(HTML).contains("<details class=\"inventory\" data-role=\"minimal\">");
        assertThat(HTML).contains("(2 OS packages, 1 Python package)");
        assertThat(HTML).contains("<tr><td>tree</td><td>2.1.0-1</td></tr>");
        assertThat(HTML).contains("Not complete: the image could not be inspected");
    }

    @Test
    void baseline_changes_are_listed() {
        assertThat(HTML).contains("Baseline: <code>previous/report.json</code>, generated at 2025-01-01T00:00:00Z");
        assertThat(HTML).contains("<p>1 verdict, 1 package and 1 image size changed (a size counts as changed beyond "
                + "5.0%).</p>");
        assertThat(HTML).contains("<tr><td class=\"id\">MIN-NO-NODE</td><td>passed</td><td>failed</td></tr>");
        assertThat(HTML).contains("<tr><td>minimal</td><td>OS</td><td>tree</td><td>added</td><td></td>"
                + "<td>2.1.0-1</td></tr>");
        assertThat(HTML).contains("<td class=\"number bad\">+6.3%</td>");
        assertThat(HTML).contains("<li>The multi-stage image is not in the baseline, so it is not compared.</li>");
    }

    @Test
    void unreadable_baseline_says_why() {
        ConformanceReport report = SampleReports.withEverySection()
                .withBaseline(BaselineComparison.unreadable("missing.json", "the file /x/missing.json does not exist"));

        String html = HtmlReportWriter.render(report);

        assertThat(html).contains("<p class=\"problem\"><strong>The baseline could not be used:</strong> the file "
                + "/x/missing.json does not exist. Nothing is compared.</p>");
    }

    @Test
    void run_details_are_shown() {
        assertThat(HTML).contains("<dt>Kit version</dt><dd>0.1.0-SNAPSHOT</dd>");
        assertThat(HTML).contains("<dt>Engine</dt><dd>Docker 20.10.24+dfsg1 (API 1.41)</dd>");
        assertThat(HTML).contains("Mutation score: <strong>1 of 1 mutant caught (100%)</strong>");
    }
}
