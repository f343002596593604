package io.github.s2ikit.conformance.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryOutputTests {

    private static final ReportedImage IMAGE = new ReportedImage("minimal", "localhost/minimal:1", "sha256:abc");

    @Test
    void dpkg_output_lists_installed_only() {
        String output = String.join("\n",
                "database dpkg",
                "os installed zlib1g 1:1.2.13.dfsg-1",
                "os installed bash 5.2.15-2+b7",
                "os config-files oldpkg 1.0-1",
                "os not-installed ghost ",
                "python 3.11.2",
                "py pip 23.0.1",
                "py setuptools 66.1.1",
                "");

        ImagePackages packages = InventoryOutput.parse(IMAGE, 0, output);

        assertThat(packages.problem()).isNull();
        assertThat(packages.osPackageDatabase()).isEqualTo("dpkg");
        assertThat(packages.osPackages()).containsExactly(new InstalledPackage("bash", "5.2.15-2+b7"),
                new InstalledPackage("zlib1g", "1:1.2.13.dfsg-1"));
        assertThat(packages.pythonVersion()).isEqualTo("3.11.2");
        assertThat(packages.pythonPackages()).containsExactly(new InstalledPackage("pip", "23.0.1"),
                new InstalledPackage("setuptools", "66.1.1"));
        assertThat(packages.role()).isEqualTo("minimal");
        assertThat(packages.name()).isEqualTo("localhost/minimal:1");
    }

    @Test
    void shadowed_python_package_left_out() {
        String output = "database rpm\nos installed glibc 2.34-100.el9\npython 3.12.1\n"
                + "py Foo_Bar 2.0\npy foo-bar 1.0\n";

        ImagePackages packages = InventoryOutput.parse(IMAGE, 0, output);

        assertThat(packages.osPackageDatabase()).isEqualTo("rpm");
        assertThat(packages.pythonPackages()).containsExactly(new InstalledPackage("Foo_Bar", "2.0"));
    }

    @Test
    void noise_lines_are_ignored() {
        String output = "WARNING: something on stderr\ndatabase dpkg\nos installed bash 5.2\n"
                + "dpkg-query: warning: files list file missing\npython 3.11.2\n";

        ImagePackages packages = InventoryOutput.parse(IMAGE, 0, output);

        assertThat(packages.problem()).isNull();
        assertThat(packages.osPackages()).containsExactly(new InstalledPackage("bash", "5.2"));
    }

    @Test
    void missing_tools_are_problems() {
        ImagePackages packages = InventoryOutput.parse(IMAGE, 0, "database none\npython none\n");

        assertThat(packages.hasOsPackages()).isFalse();
        assertThat(packages.hasPythonPackages()).isFalse();
        assertThat(packages.problem()).isEqualTo(
                "the image has neither dpkg-query nor rpm, so its OS packages are not listed; "
                        + "the image has no python3 or python on PATH, so its Python packages are not listed");
    }

    @Test
    void old_python_is_problem() {
        String output = "database dpkg\npython 3.7.3\npython-error importlib.metadata is missing\n";

        ImagePackages packages = InventoryOutput.parse(IMAGE, 0, output);

        assertThat(packages.hasPythonPackages()).isTrue();
        assertThat(packages.pythonPackages()).isEmpty();
        assertThat(packages.problem()).isEqualTo("the Python packages could not be listed: importlib.metadata is missing");
    }

    @Test
    void early_end_shows_output() {
        ImagePackages packages = InventoryOutput.parse(IMAGE, 127, "database dpkg\nsh: 1: exec: python3: not found\n");

        assertThat(packages.problem()).isEqualTo("the inventory script ended early with exit status 127; its last "
                + "output:\ndatabase dpkg\nsh: 1: exec: python3: not found");
    }

    @Test
    void python_names_are_normalized() {
        assertThat(InventoryOutput.normalizePythonName("Foo__Bar.baz-Qux")).isEqualTo("foo-bar-baz-qux");
    }
}
