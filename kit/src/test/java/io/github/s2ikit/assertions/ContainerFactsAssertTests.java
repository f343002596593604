package io.github.s2ikit.assertions;

import static io.github.s2ikit.assertions.S2iAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.s2ikit.facts.ContainerFacts;
import io.github.s2ikit.facts.FileStat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ContainerFactsAssertTests {

    private static final ContainerFacts MINIMAL_WITH_GCC = new ContainerFacts(
            "mutant:gcc", 1001, 0, Optional.empty(), Map.of("LANG", "en_US.UTF-8"), "debian",
            Map.of("gcc", List.of("/usr/local/bin/gcc"), "cc", List.of(), "node", List.of(),
                    "g++", List.of()),
            Map.of("g++", List.of("/usr/bin/x86_64-linux-gnu-g++-12")),
            Map.of("/opt/app-root", new FileStat("/opt/app-root", true, 0755, 0, 0, "directory"),
                    "/usr/include/stdio.h", FileStat.missing("/usr/include/stdio.h")),
            Map.of(), Optional.of("dpkg"), OptionalInt.of(120),
            new ContainerFacts.PythonFacts("3.11.2", "/opt/app-root", "/opt/app-root/bin/python", "UTF-8",
                    "en_US.UTF-8", true, ""),
            new ContainerFacts.ShellFacts("/opt/app-root", "/opt/app-root/bin/python", "Python 3.11.2", ""));

    @Test
    void should_pass_on_matching_facts() {
        assertThat(MINIMAL_WITH_GCC).runsAsUid(1001).runsAsGid(0).doesNotRunAsRoot()
                .hasNoExecutables("cc", "node").doesNotHaveFile("/usr/include/stdio.h")
                .hasPythonVersion("3.11").hasPythonPrefix("/opt/app-root").hasWorkingLocale("UTF-8")
                .hasFewerPackagesThan(150);
    }

    @Test
    void should_fail_listing_the_compiler_found() {
        assertThatThrownBy(() -> assertThat(MINIMAL_WITH_GCC).hasNoExecutables("gcc", "cc"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("mutant:gcc")
                .hasMessageContaining("gcc at /usr/local/bin/gcc");
    }

    @Test
    void should_fail_on_versioned_compiler() {
        assertThatThrownBy(() -> assertThat(MINIMAL_WITH_GCC).hasNoExecutables("g++"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("g++ at /usr/bin/x86_64-linux-gnu-g++-12");
    }

    @Test
    void should_fail_on_root_owned_app_root() {
        assertThatThrownBy(() -> assertThat(MINIMAL_WITH_GCC).hasGroupZeroWritable("/opt/app-root"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to be group 0 and group-writable")
                .hasMessageContaining("/opt/app-root (directory, mode 0755, owner 0:0)");
    }

    @Test
    void should_fail_on_other_python_version() {
        assertThatThrownBy(() -> assertThat(MINIMAL_WITH_GCC).hasPythonVersion("3.12"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("3.12.x")
                .hasMessageContaining("3.11.2");
    }

    @Test
    void should_fail_on_package_budget() {
        assertThatThrownBy(() -> assertThat(MINIMAL_WITH_GCC).hasFewerPackagesThan(100))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to have fewer than")
                .hasMessageContaining("120 (dpkg)");
    }

    @Test
    void should_reject_executables_not_looked_up() {
        assertThatThrownBy(() -> assertThat(MINIMAL_WITH_GCC).hasNoExecutables("clang"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[clang]");
    }

    @Test
    void soft_assertions_collect_every_failure() {
        assertThatThrownBy(() -> S2iSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(MINIMAL_WITH_GCC).runsAsUid(0);
            softly.assertThat(MINIMAL_WITH_GCC).hasNoExecutables("gcc");
        }))
                .hasMessageContaining("to run as uid")
                .hasMessageContaining("gcc at /usr/local/bin/gcc");
    }
}
