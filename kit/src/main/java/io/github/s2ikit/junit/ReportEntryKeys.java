package io.github.s2ikit.junit;

/**
 * Keys of the JUnit report entries that the kit publishes while a conformance test runs.
 *
 * <p>A report writer reads them from {@code TestExecutionListener.reportingEntryPublished}: they
 * are the only channel between the extension, which has the images and the evidence, and the
 * listener, which writes the per-claim report.
 */
public final class ReportEntryKeys {

    /** The id of the claim the test verifies; the value is the id as text. */
    public static final String CLAIM = "s2ikit.claim";

    /** One piece of evidence a test recorded for its claim; the value is free text. */
    public static final String EVIDENCE = "s2ikit.evidence";

    /**
     * An image a test used; the value is a JSON object with the fields {@code role}
     * ({@code minimal}, {@code full} or a variant name), {@code name} and {@code id}.
     */
    public static final String IMAGE = "s2ikit.image";

    /** The id of the platform under test, for example {@code reference} or {@code c9s-3.11}. */
    public static final String PLATFORM = "s2ikit.platform";

    private ReportEntryKeys() {
    }
}
