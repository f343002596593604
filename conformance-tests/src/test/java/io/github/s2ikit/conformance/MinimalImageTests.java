package io.github.s2ikit.conformance;

import static io.github.s2ikit.assertions.S2iAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.s2ikit.assertions.S2iSoftAssertions;
import io.github.s2ikit.assertions.Sizes;
import io.github.s2ikit.container.AppContainer;
import io.github.s2ikit.docker.ExecResult;
import io.github.s2ikit.facts.ContainerFacts;
import io.github.s2ikit.facts.ImageConfig;
import io.github.s2ikit.facts.ProbeRequest;
import io.github.s2ikit.image.BuiltImage;
import io.github.s2ikit.image.ImageBuildException;
import io.github.s2ikit.junit.Claim;
import io.github.s2ikit.junit.ClaimEvidence;
import io.github.s2ikit.junit.Full;
import io.github.s2ikit.junit.ImageConformance;
import io.github.s2ikit.junit.Minimal;
import io.github.s2ikit.platform.PackageManager;
import io.github.s2ikit.platform.Platform;
import io.github.s2ikit.platform.PlatformImage;
import io.github.s2ikit.variant.S2iBuild;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The minimal image's limitations: what it leaves out, and how small that makes it.
 */
@ImageConformance
@ExtendWith(PackageIndexes.Resolver.class)
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

    @Test
    @Claim("MIN-WHEELS-INSTALL")
    void installsWheelsWithoutCompiler(@Minimal PlatformImage minimal, @Minimal ContainerFacts facts,
            PackageIndexes indexes, ClaimEvidence evidence) {
        evidence.record(minimal.name(), foundOrAbsent(facts, ProbeRequest.COMPILERS));
        S2iBuild build = S2iBuild.of(SampleApps.app("c-extension-app")).on(minimal.name())
                .withPipIndex(indexes.full());
        BuiltImage app = SampleApps.buildAsClaimed(build::build);

        try (AppContainer container = AppContainer.of(app.name()).start()) {
            String body = container.awaitHttp("/", 200, Duration.ofSeconds(60)).body();
            ExecResult installed = container.exec("/bin/sh", "-c",
                    "ls -d /opt/app-root/lib/python*/site-packages/*.dist-info | xargs -n1 basename");
            evidence.record("GET /", body.strip());
            evidence.record("installed distributions", installed.stdout().strip().replace('\n', ' '));

            S2iSoftAssertions.assertSoftly(softly -> {
                softly.assertThat(facts).hasNoExecutables(ProbeRequest.COMPILERS);
                softly.assertThat(body).as("body of c-extension-app; log:%n%s", container.logs())
                        .contains("add(40, 2) = 42 from _fastsum.").contains(".so");
                softly.assertThat(installed.stdout()).as("distributions installed in the virtual environment")
                        .contains("fastsum-0.1.0.dist-info").contains("greeting-1.0.0.dist-info");
            });
        }
    }

    @Test
    @Claim("MIN-NO-SOURCE-BUILDS")
    void sourceBuildFailsWithoutCompiler(@Minimal PlatformImage minimal, PackageIndexes indexes,
            ClaimEvidence evidence) {
        S2iBuild build = S2iBuild.of(SampleApps.app("c-extension-app")).on(minimal.name())
                .withPipIndex(indexes.sourceOnly());

        ImageBuildException failure = SampleApps.buildFailure(build);

        String output = failure == null ? "" : String.join("\n", failure.outputTail());
        evidence.record(minimal.name(), failure == null ? "assemble succeeded from source"
                : output.lines().filter(line -> line.contains("gcc") || line.contains("compiler")).findFirst()
                        .orElse(SampleApps.lastLines(output, 3)));
        assertThat(failure).as("assemble of c-extension-app from its source distribution on %s", minimal.name())
                .isNotNull();
        assertThat(failure.getMessage()).as("the build output shows the compiler is missing")
                .containsPattern("(gcc|cc|compiler)[^\\n]*(No such file or directory|not found|need a C compiler)");
    }

    private static String count(ContainerFacts facts) {
        return facts.packageCount().isPresent() ? String.valueOf(facts.packageCount().getAsInt()) : "unknown";
    }

    static String foundOrAbsent(ContainerFacts facts, List<String> names) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String name : names) {
            List<String> places = new ArrayList<>(facts.locationsOf(name));
            places.addAll(facts.variantsOf(name));
            if (!places.isEmpty()) {
                found.put(name, places);
            }
        }
        return found.isEmpty() ? "none of " + names + " found" : "found " + found;
    }
}
