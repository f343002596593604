package io.github.s2ikit.conformance.report;

import io.github.s2ikit.conformance.report.BaselineComparison.ImageComparison;
import io.github.s2ikit.conformance.report.BaselineComparison.PackageChange;
import io.github.s2ikit.conformance.report.BaselineComparison.VerdictChange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports made in memory for the tests of the writers, with every section filled.
 */
final class SampleReports {

    /** Evidence that HTML and XML must escape: markup, an ampersand, quotes and an ANSI escape. */
    static final String HOSTILE_EVIDENCE = "<script>alert('x')</script> & \"quoted\"\n\u001B[31mred\u001B[0m line";

    private SampleReports() {
    }

    /**
     * Returns a report with one row per catalogue claim: the first claim of each group failed,
     * every third claim errs, the others passed. The claim MIN-NO-NODE fails with
     * {@link #HOSTILE_EVIDENCE}, and one claim is not in the catalogue.
     */
    static ConformanceReport withEverySection() {
        List<ClaimResult> claims = new ArrayList<>();
        List<String> seenGroups = new ArrayList<>();
        int index = 0;
        for (ClaimDefinition claim : ClaimCatalogue.load().claims()) {
            Verdict verdict;
            String evidence;
            if (claim.id().equals("MIN-NO-NODE")) {
                verdict = Verdict.FAILED;
                evidence = HOSTILE_EVIDENCE;
            } else if (!seenGroups.contains(claim.group())) {
                verdict = Verdict.FAILED;
                evidence = "expected the first claim of the group to fail\nsecond line";
            } else if (index % 3 == 0) {
                verdict = Verdict.ERROR;
                evidence = ClaimAggregator.NO_TEST;
            } else {
                verdict = Verdict.PASSED;
                evidence = "line 1\nline 2\nline 3\nline 4\nline 5\nline 6\nline 7";
            }
            seenGroups.add(claim.group());
            claims.add(new ClaimResult(claim.id(), claim.group(), claim.statement(), verdict, evidence, 1234,
                    List.of(new TestResult("test of " + claim.id(), verdict, 1234))));
            index++;
        }
        claims.add(new ClaimResult("NOT-A-CLAIM", null, null, Verdict.ERROR, "unknown claim id: NOT-A-CLAIM", 0,
                List.of()));

        List<ReportedImage> images = List.of(
                new ReportedImage("full", "s2ikit/reference-python-311:1", "sha256:ffff", List.of(), 744_000_000L, null),
                new ReportedImage("minimal", "s2ikit/reference-python-311-minimal:1", "sha256:aaaa",
                        List.of("quay.io/example/minimal@sha256:1234"), 175_000_000L, null),
                new ReportedImage("multi-stage", "s2ikit/multi-stage-mod-wsgi-app:1", null, List.of(), null,
                        "the engine has no image s2ikit/multi-stage-mod-wsgi-app:1"));
        PackageInventory inventory = new PackageInventory(true, null, List.of(
                new ImagePackages("full", "s2ikit/reference-python-311:1", "dpkg", "3.11.2",
                        List.of(new InstalledPackage("gcc", "4:12.2.0-3")),
                        List.of(new InstalledPackage("pip", "23.0.1")), null),
                new ImagePackages("minimal", "s2ikit/reference-python-311-minimal:1", "dpkg", "3.11.2",
                        List.of(new InstalledPackage("bash", "5.2.15-2+b7"), new InstalledPackage("tree", "2.1.0-1")),
                        List.of(new InstalledPackage("pip", "23.0.1")), null),
                ImagePackages.notCollected(images.get(2), "the image could not be inspected")));
        BaselineComparison baseline = new BaselineComparison("previous/report.json", null, "2025-01-01T00:00:00Z",
                "reference", ReportComparison.SIZE_CHANGE_THRESHOLD,
                List.of(new VerdictChange("MIN-NO-NODE", "passed", "failed")),
                List.of(new PackageChange("minimal", "os", "tree", "added", null, "2.1.0-1")),
                List.of(new ImageComparison("full", "sha256:eeee", "sha256:ffff", 700_000_000L, 744_000_000L,
                        0.0629, true)),
                List.of(new ImageComparison("full", "sha256:eeee", "sha256:ffff", 700_000_000L, 744_000_000L,
                                0.0629, true),
                        new ImageComparison("minimal", "sha256:9999", "sha256:aaaa", 175_000_000L, 175_000_000L, 0.0,
                                false)),
                List.of("The multi-stage image is not in the baseline, so it is not compared."));
        List<MutantResult> mutants = List.of(new MutantResult("user-root", "The user is <root>", "minimal",
                List.of("IMG-USER-1001"), true, List.of("IMG-USER-1001"), List.of()));

        return new ConformanceReport("reference", Instant.parse("2025-02-03T04:05:06Z"), "0.1.0-SNAPSHOT",
                new EngineVersion("Docker", "20.10.24+dfsg1", "1.41", null), images, ReportSummary.of(claims), null, claims,
                SizeRatio.of(images, claims.stream().map(ClaimResult::id).toList()), inventory, baseline, mutants,
                MutationScore.of(mutants));
    }
}
