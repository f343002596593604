package io.github.s2ikit.conformance.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class VersionOrderTests {

    @ParameterizedTest(name = "dpkg {0} < {1}")
    @CsvSource({
        "1.0, 1.1",
        "1.0-1, 1.0-2",
        "1.0~rc1, 1.0",
        "1.0, 1.0+deb12u1",
        "1.0-1, 1:0.9-1",
        "2.36-9+deb12u7, 2.36-9+deb12u10",
        "1.0a, 1.0b",
        "1.0, 1.0a",
        "9, 10",
        "3.11.2-6, 3.11.2-6+deb12u1",
    })
    void dpkg_orders_versions(String lower, String higher) {
        assertThat(VersionOrder.compare("dpkg", lower, higher)).contains(-1);
        assertThat(VersionOrder.compare("dpkg", higher, lower)).contains(1);
    }

    @ParameterizedTest(name = "dpkg {0} = {1}")
    @CsvSource({"1.0, 1.0", "0:1.0, 1.0", "1.0-0, 1.0", "01, 1"})
    void dpkg_equal_versions(String left, String right) {
        assertThat(VersionOrder.compare("dpkg", left, right)).contains(0);
    }

    @ParameterizedTest(name = "rpm {0} < {1}")
    @CsvSource({
        "1.0-1.el9, 1.0-2.el9",
        "1.9-1, 1.10-1",
        "1.0~rc1-1, 1.0-1",
        "1.0-1, 1.0^git1-1",
        "1.0-1, 1:0.5-1",
        "2.34-100.el9, 2.34-100.el9_4.2",
        "1.0a-1, 1.0.1-1",
    })
    void rpm_orders_versions(String lower, String higher) {
        assertThat(VersionOrder.compare("rpm", lower, higher)).contains(-1);
        assertThat(VersionOrder.compare("rpm", higher, lower)).contains(1);
    }

    @ParameterizedTest(name = "python {0} < {1}")
    @CsvSource({
        "1.0, 1.1",
        "1.0.dev1, 1.0a1",
        "1.0a1, 1.0a2",
        "1.0a2, 1.0b1",
        "1.0b1, 1.0rc1",
        "1.0rc1, 1.0",
        "1.0, 1.0.post1",
        "1.0.post1.dev1, 1.0.post1",
        "23.0.1, 24.0",
        "2.0, 1!0.1",
        "65.5.0, 68.1.2",
    })
    void python_orders_versions(String lower, String higher) {
        assertThat(VersionOrder.compare("python", lower, higher)).contains(-1);
        assertThat(VersionOrder.compare("python", higher, lower)).contains(1);
    }

    @ParameterizedTest(name = "python {0} = {1}")
    @CsvSource({"1.0, 1.0.0", "1.0+local, 1.0", "1.0RC1, 1.0rc1"})
    void python_equal_versions(String left, String right) {
        assertThat(VersionOrder.compare("python", left, right)).contains(0);
    }

    @ParameterizedTest(name = "{0}: {1} and {2} have no order")
    @CsvSource({"python, not-a-version, 1.0", "apk, 1.0, 2.0"})
    void unknown_formats_have_no_order(String format, String left, String right) {
        assertThat(VersionOrder.compare(format, left, right)).isEmpty();
    }
}
