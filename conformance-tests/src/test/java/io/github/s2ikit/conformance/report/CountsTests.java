package io.github.s2ikit.conformance.report;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CountsTests {

    @Test
    void one_is_singular() {
        assertThat(Counts.of(1, "claim")).isEqualTo("1 claim");
        assertThat(Counts.of(1, "image size")).isEqualTo("1 image size");
    }

    @Test
    void zero_and_many_are_plural() {
        assertThat(Counts.of(0, "verdict")).isEqualTo("0 verdicts");
        assertThat(Counts.of(477, "package")).isEqualTo("477 packages");
    }

    @Test
    void noun_alone_follows_count() {
        assertThat(Counts.noun(1, "claim")).isEqualTo("claim");
        assertThat(Counts.noun(34, "claim")).isEqualTo("claims");
    }

    @Test
    void mutation_score_counts_mutants() {
        assertThat(MarkdownReportWriter.scoreText(new MutationScore(1, 1))).isEqualTo("1 of 1 mutant caught (100%)");
        assertThat(MarkdownReportWriter.scoreText(new MutationScore(1, 2))).isEqualTo("1 of 2 mutants caught (50%)");
    }

    @Test
    void console_counts_baseline_changes() {
        ConformanceReport report = SampleReports.withEverySection();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        ConsoleSummary.print(report, null, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("Changes since the baseline previous/report.json: 1 verdict, 1 package, 1 image size");
    }
}
