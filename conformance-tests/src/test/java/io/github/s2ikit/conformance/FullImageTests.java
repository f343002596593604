package io.github.s2ikit.conformance;

import static io.github.s2ikit.assertions.S2iAssertions.assertThat;

import io.github.s2ikit.container.AppContainer;
import io.github.s2ikit.facts.ContainerFacts;
import io.github.s2ikit.image.BuiltImage;
import io.github.s2ikit.junit.Claim;
import io.github.s2ikit.junit.ClaimEvidence;
import io.github.s2ikit.junit.Full;
import io.github.s2ikit.junit.ImageConformance;
import io.github.s2ikit.platform.PlatformImage;
import io.github.s2ikit.variant.S2iBuild;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;

/**
 * The full image: it has what the minimal image leaves out.
 */
@ImageConformance
@ExtendWith(PackageIndexes.Resolver.class)
class FullImageTests {

    @Test
    @Claim("FULL-TOOLCHAIN")
    void hasCompilerHeadersAndNode(@Full ContainerFacts full, ClaimEvidence evidence) {
        for (String name : List.of("gcc", "node", "npm")) {
            evidence.record(name, full.locationsOf(name));
        }
        evidence.record("Python.h", full.foundFiles().getOrDefault("Python.h", List.of()));

        assertThat(full).hasExecutables("gcc", "node", "npm").hasFileNamed("Python.h");
    }

    @Test
    @Claim("FULL-SOURCE-BUILDS")
    void buildsTheSourceOnlyExtension(@Full PlatformImage full, PackageIndexes indexes, ClaimEvidence evidence) {
        S2iBuild build = S2iBuild.of(SampleApps.app("c-extension-app")).on(full.name())
                .withPipIndex(indexes.sourceOnly());
        BuiltImage app = SampleApps.buildAsClaimed(build::build);

        try (AppContainer container = AppContainer.of(app.name()).start()) {
            String body = container.awaitHttp("/", 200, Duration.ofSeconds(60)).body();
            evidence.record(app.name(), "built from the source distribution; GET / -> " + body.strip());
            org.assertj.core.api.Assertions.assertThat(body).as("body of c-extension-app built on %s", full.name())
                    .contains("add(40, 2) = 42 from _fastsum.");
        }
    }
}
