package io.github.s2ikit.conformance.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReportWriterTests {

    private static final String MARKDOWN = MarkdownReportWriter.render(SampleReports.withEverySection());

    @Test
    void baseline_counts_are_singular_for_one() {
        assertThat(MARKDOWN).contains("- Changes: 1 verdict, 1 package, 1 image size beyond 5.0%\n");
    }

    @Test
    void failures_come_before_lists() {
        int firstGroup = MARKDOWN.indexOf("## " + ClaimCatalogue.load().groups().get(0) + "\n");
        int evidence = MARKDOWN.indexOf("## Evidence of failed and error claims\n");
        int baseline = MARKDOWN.indexOf("## Changes since the baseline\n");
        int images = MARKDOWN.indexOf("## Images\n");
        int ratios = MARKDOWN.indexOf("## Size ratios\n");
        int packages = MARKDOWN.indexOf("## Packages\n");
        int mutation = MARKDOWN.indexOf("## Mutation testing\n");

        assertThat(List.of(firstGroup, evidence, baseline, images, ratios, packages, mutation))
                .doesNotContain(-1)
                .isSorted();
    }

    @Test
    void summary_comes_first() {
        int counts = MARKDOWN.indexOf("- Claims: ");
        int firstSection = MARKDOWN.indexOf("\n## ");

        assertThat(counts).isPositive().isLessThan(firstSection);
    }
}
