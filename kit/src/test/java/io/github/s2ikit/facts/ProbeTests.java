package io.github.s2ikit.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.s2ikit.container.ImageContainer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProbeTests {

    @Nested
    class Parsing {

        @Test
        void parses_every_record_kind() {
            // given
            String output = String.join("\n",
                    "uid\t1001",
                    "gid\t0",
                    "user\t",
                    "env\t" + base64("PATH=/opt/app-root/bin:/usr/bin\0HOME=/opt/app-root/src\0"),
                    "os\tdebian",
                    "which\tgcc\t/usr/bin/gcc",
                    "at\tgcc\t/usr/bin/gcc",
                    "at\tgcc\t/bin/gcc",
                    "which\tnode\t",
                    "which\tcc\t",
                    "variant\t/usr/bin/x86_64-linux-gnu-gcc-12",
                    "variant\t/usr/bin/gcc-ar-12",
                    "variant\t/usr/bin/c99-gcc",
                    "stat\t/opt/app-root\t775\t1001\t0\tdirectory",
                    "missing\t/usr/include/stdio.h",
                    "found\tPython.h\t/usr/include/python3.11/Python.h",
                    "packages\tdpkg\t  112",
                    "python.version\t3.11.2",
                    "python.prefix\t/opt/app-root",
                    "python.executable\t/opt/app-root/bin/python",
                    "python.encoding\tUTF-8",
                    "python.locale\ten_US.UTF-8",
                    "python.stderr\t",
                    "bash\t" + base64("/opt/app-root\t/opt/app-root/bin/python\tPython 3.11.2"),
                    "bash.stderr\t");

            // when
            ContainerFacts facts = Probe.parse("image:tag", output);

            // then
            assertThat(facts.uid()).isEqualTo(1001);
            assertThat(facts.gid()).isZero();
            assertThat(facts.userName()).isEmpty();
            assertThat(facts.env()).containsEntry("HOME", "/opt/app-root/src");
            assertThat(facts.osId()).isEqualTo("debian");
            assertThat(facts.locationsOf("gcc")).containsExactly("/usr/bin/gcc", "/bin/gcc");
            assertThat(facts.hasExecutable("node")).isFalse();
            assertThat(facts.variantsOf("gcc")).containsExactly("/usr/bin/c99-gcc", "/usr/bin/x86_64-linux-gnu-gcc-12");
            assertThat(facts.variantsOf("cc")).isEmpty();
            assertThat(facts.file("/opt/app-root").mode()).isEqualTo(0775);
            assertThat(facts.file("/opt/app-root").isGroupWritable()).isTrue();
            assertThat(facts.file("/usr/include/stdio.h").exists()).isFalse();
            assertThat(facts.foundFiles().get("Python.h")).containsExactly("/usr/include/python3.11/Python.h");
            assertThat(facts.packageCount()).hasValue(112);
            assertThat(facts.packageDatabase()).hasValue("dpkg");
            assertThat(facts.python().version()).isEqualTo("3.11.2");
            assertThat(facts.python().localeSupported()).isTrue();
            assertThat(facts.bash().virtualEnv()).isEqualTo("/opt/app-root");
            assertThat(facts.bash().pythonVersion()).isEqualTo("Python 3.11.2");
        }

        @Test
        void locale_error_marks_locale_unsupported() {
            ContainerFacts facts = Probe.parse("image", "uid\t0\ngid\t0\npython.locale_error\tunsupported locale setting\n");

            assertThat(facts.python().localeSupported()).isFalse();
            assertThat(facts.python().locale()).isEqualTo("unsupported locale setting");
        }

        @ParameterizedTest
        @ValueSource(strings = {"gcc-12", "x86_64-linux-gnu-gcc-12", "x86_64-linux-gnu-gcc", "c99-gcc", "clang-14",
                "clang++-14", "g++-12", "x86_64-linux-gnu-cpp"})
        void compiler_forms_are_variants(String fileName) {
            Map<String, List<String>> variants = Probe.variants(ProbeRequest.COMPILERS, List.of("/usr/bin/" + fileName));

            assertThat(variants.values()).as("names that %s is a form of", fileName).isNotEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"gcc", "gcc-ar-12", "x86_64-linux-gnu-gcc-nm", "c++filt", "pcc", "ccache",
                "python3.11-config", "gcc-12.sh", "cpp-helper"})
        void other_programs_are_not_variants(String fileName) {
            Map<String, List<String>> variants = Probe.variants(ProbeRequest.COMPILERS, List.of("/usr/bin/" + fileName));

            assertThat(variants).as("names that %s is a form of", fileName).isEmpty();
        }

        @Test
        void unknown_path_is_rejected_with_advice() {
            ContainerFacts facts = Probe.parse("image", "uid\t0\ngid\t0\n");

            assertThatThrownBy(() -> facts.file("/etc/passwd"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("/etc/passwd")
                    .hasMessageContaining("ProbeRequest");
        }
    }

    @Nested
    class InAContainer {

        @Test
        void reads_facts_of_a_plain_debian_container() {
            // given: the base image of the reference images, which has neither Python nor compilers
            try (ImageContainer container = ImageContainer.start("debian:bookworm-slim")) {

                // when
                ContainerFacts facts = container.probe(ProbeRequest.standard().withPaths(List.of("/etc/passwd")));

                // then
                assertThat(facts.uid()).isZero();
                assertThat(facts.userName()).hasValue("root");
                assertThat(facts.osId()).isEqualTo("debian");
                assertThat(facts.locationsOf("apt-get")).contains("/usr/bin/apt-get");
                assertThat(facts.hasExecutable("gcc")).isFalse();
                assertThat(facts.file("/etc/passwd").exists()).isTrue();
                assertThat(facts.file("/etc/passwd").uid()).isZero();
                assertThat(facts.file("/opt/app-root").exists()).isFalse();
                assertThat(facts.packageDatabase()).hasValue("dpkg");
                assertThat(facts.packageCount().getAsInt()).isGreaterThan(50);
                assertThat(facts.python().version()).isEmpty();
                assertThat(facts.env()).containsKey("PATH");
            }
        }

        @Test
        void finds_versioned_and_prefixed_compilers() {
            try (ImageContainer container = ImageContainer.start("debian:bookworm-slim")) {
                // given: compilers installed only under the names compiler packages give them
                container.exec("/bin/sh", "-c", "for name in gcc-12 x86_64-linux-gnu-g++ gcc-ar-12; do"
                        + " : > /usr/local/bin/$name; chmod 755 /usr/local/bin/$name; done");

                // when
                ContainerFacts facts = container.probe(ProbeRequest.standard());

                // then
                assertThat(facts.hasExecutable("gcc")).isFalse();
                assertThat(facts.variantsOf("gcc")).containsExactly("/usr/local/bin/gcc-12");
                assertThat(facts.variantsOf("g++")).containsExactly("/usr/local/bin/x86_64-linux-gnu-g++");
                assertThat(facts.variantsOf("cc")).isEmpty();
            }
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
