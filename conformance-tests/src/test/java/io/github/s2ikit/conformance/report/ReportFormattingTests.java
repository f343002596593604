package io.github.s2ikit.conformance.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFormattingTests {

    @Test
    void cell_escapes_pipe_and_newlines() {
        assertThat(MarkdownReportWriter.cell("a | b\nc\r\nd")).isEqualTo("a \\| b<br>c<br>d");
    }

    @Test
    void cell_escapes_html_and_backslash() {
        assertThat(MarkdownReportWriter.cell("<module> & C:\\app")).isEqualTo("&lt;module&gt; &amp; C:\\\\app");
    }

    @Test
    void fence_outgrows_backtick_runs() {
        assertThat(MarkdownReportWriter.fenceFor("no backticks")).isEqualTo("```");
        assertThat(MarkdownReportWriter.fenceFor("a ``` b")).isEqualTo("````");
        assertThat(MarkdownReportWriter.fenceFor("`````")).isEqualTo("``````");
    }

    @Test
    void shorten_trims_long_evidence() {
        String longLine = "x".repeat(100);

        assertThat(ConsoleSummary.shorten(longLine)).hasSize(ConsoleSummary.EVIDENCE_WIDTH).endsWith("...");
        assertThat(ConsoleSummary.shorten("  short  ")).isEqualTo("short");
        assertThat(ConsoleSummary.shorten("y".repeat(80))).isEqualTo("y".repeat(80));
    }

    @Test
    void durations_pick_readable_unit() {
        assertThat(Durations.format(0)).isEqualTo("0 ms");
        assertThat(Durations.format(999)).isEqualTo("999 ms");
        assertThat(Durations.format(4_250)).isEqualTo("4.3 s");
        assertThat(Durations.format(185_000)).isEqualTo("3 min 05 s");
    }

    @Test
    void first_evidence_line_of_claim() {
        ClaimResult claim = new ClaimResult("ID", null, null, Verdict.ERROR, "one\ntwo", 0, java.util.List.of());

        assertThat(claim.firstEvidenceLine()).isEqualTo("one");
    }
}
