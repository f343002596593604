package io.github.s2ikit.conformance.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReportWriterTests {

    private static final String MARKDOWN = MarkdownReportWriter.render(SampleReports.withEverySection());

    @Test
    void baseline_counts_are_singular_for_one() {
        assertThat(MARKDOWN).contains("- Changes: 1 verdict, 1 package, 1 image size beyond 5.0%\n");
    }
}
