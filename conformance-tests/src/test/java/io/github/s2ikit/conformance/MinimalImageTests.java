package io.github.s2ikit.conformance;

import static io.github.s2ikit.assertions.S2iAssertions.assertThat;

import io.github.s2ikit.assertions.S2iSoftAssertions;
import io.github.s2ikit.assertions.Sizes;
import io.github.s2ikit.facts.ContainerFacts;
import io.github.s2ikit.facts.ImageConfig;
import io.github.s2ikit.facts.ProbeRequest;
import io.github.s2ikit.junit.Claim;
import io.github.s2ikit.junit.ClaimEvidence;
import io.github.s2ikit.junit.Full;
import io.github.s2ikit.junit.ImageConformance;
import io.github.s2ikit.junit.Minimal;
import io.github.s2ikit.platform.PackageManager;
import io.github.s2ikit.platform.Platform;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The minimal image's limitations: what it leaves out, and how small that makes it.
 */
@ImageConformance
class MinimalImageTests {

    @Test
    @Claim("MIN-NO-COMPILERS")
    void noCompilers(@Minimal ContainerFacts minimal, ClaimEvidence evidence) {
        evidence.record(minimal.image(), foundOrAbsent(minimal, ProbeRequest.COMPILERS));

        assertThat(minimal).hasNoExecutables(ProbeRequest.COMPILERS);
    }

    @Test
    @Claim("MIN-NO-HEADERS")
    void noHeaders(@Minimal ContainerFacts minimal, ClaimEvidence evidence) {
        evidence.record(minimal.image(), "Python.h: " + minimal.foundFiles().getOrDefault("Python.h", List.of())
                + ", " + minimal.file("/usr/include/stdio.h"));

        assertThat(minimal).hasNoFileNamed("Python.h").doesNotHaveFile("/usr/include/stdio.h");
    }

    @Test
    @Claim("MIN-NO-NODE")
    void noNode(@Minimal ContainerFacts minimal, ClaimEvidence evidence) {
        evidence.record(minimal.image(), foundOrAbsent(minimal, ProbeRequest.NODE));

        assertThat(minimal).hasNoExecutables(ProbeRequest.NODE);
    }

    @Test
    @Claim("MIN-PACKAGE-MANAGER")
    void minimalPackageManagerOnly(Platform platform, @Minimal ContainerFacts minimal, ClaimEvidence evidence) {
        PackageManager manager = platform.packageManager();
        evidence.record(minimal.image(), manager.name() + " at " + minimal.locationsOf(manager.name())
                + "; " + foundOrAbsent(minimal, manager.absentManagers()));

        assertThat(minimal).hasExecutables(manager.name()).hasNoExecutables(manager.absentManagers());
    }

    @Test
    @Claim("MIN-FEW-PACKAGES")
    void fewPackagesAndHalfTheSize(Platform platform, @Minimal ContainerFacts minimal, @Full ContainerFacts full,
            @Minimal ImageConfig minimalConfig, @Full ImageConfig fullConfig, ClaimEvidence evidence) {
        evidence.record("OS packages", count(minimal) + " (minimal, budget " + platform.packageBudget()
                + "), " + count(full) + " (full)");
        evidence.record("sizes", Sizes.megabytes(minimalConfig.sizeBytes()) + " (minimal), "
                + Sizes.megabytes(fullConfig.sizeBytes()) + " (full), ratio "
                + Sizes.percent((double) minimalConfig.sizeBytes() / fullConfig.sizeBytes()));

        S2iSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(minimal).hasFewerPackagesThan(platform.packageBudget());
            // "Well below the full image's": at most half its package count.
            full.packageCount().ifPresentOrElse(
                    fullCount -> softly.assertThat(minimal).hasFewerPackagesThan(fullCount / 2 + 1),
                    () -> softly.fail("No package database was found in the full image " + full.image()));
            softly.assertThat(minimalConfig).isAtMostFractionOfSize(fullConfig, 0.5);
        });
    }

    private static String count(ContainerFacts facts) {
        return facts.packageCount().isPresent() ? String.valueOf(facts.packageCount().getAsInt()) : "unknown";
    }

    static String foundOrAbsent(ContainerFacts facts, List<String> names) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String name : names) {
            if (facts.hasExecutable(name)) {
                found.put(name, facts.locationsOf(name));
            }
        }
        return found.isEmpty() ? "none of " + names + " found" : "found " + found;
    }
}
