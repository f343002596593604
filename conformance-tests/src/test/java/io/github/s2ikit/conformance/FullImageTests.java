package io.github.s2ikit.conformance;

import static io.github.s2ikit.assertions.S2iAssertions.assertThat;

import io.github.s2ikit.facts.ContainerFacts;
import io.github.s2ikit.junit.Claim;
import io.github.s2ikit.junit.ClaimEvidence;
import io.github.s2ikit.junit.Full;
import io.github.s2ikit.junit.ImageConformance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The full image: it has what the minimal image leaves out.
 */
@ImageConformance
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
}
