package io.github.s2ikit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks which program names the compiler search takes for compilers. The search runs the pattern
 * through {@code grep -E}, whose syntax agrees with Java's for the constructs the pattern uses.
 */
class CompilerSearchTests {

    private static final Pattern NAME = Pattern.compile(CompilerSearch.NAME_PATTERN);

    @ParameterizedTest
    @ValueSource(strings = {"gcc", "cc", "c++", "g++", "clang", "cpp", "gcc-12", "x86_64-linux-gnu-gcc-12",
            "x86_64-linux-gnu-cpp", "c99-gcc", "clang-14", "clang++-14", "g++-12"})
    void compiler_names_match(String name) {
        assertThat(NAME.matcher("/usr/bin/" + name).find()).as("/usr/bin/%s is taken for a compiler", name).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gcc-ar-12", "x86_64-linux-gnu-gcc-nm", "c++filt", "pcc", "ccache", "python3.11-config",
            "gcc-12.sh", "cpp-helper"})
    void other_names_do_not_match(String name) {
        assertThat(NAME.matcher("/usr/bin/" + name).find()).as("/usr/bin/%s is taken for a compiler", name).isFalse();
    }
}
