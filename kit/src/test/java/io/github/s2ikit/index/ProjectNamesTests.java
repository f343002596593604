package io.github.s2ikit.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectNamesTests {

    @Test
    void normalize_follows_pep_503() {
        assertThat(ProjectNames.normalize("Foo__Bar..baz-_-Qux")).isEqualTo("foo-bar-baz-qux");
        assertThat(ProjectNames.normalize("mod_wsgi")).isEqualTo("mod-wsgi");
        assertThat(ProjectNames.normalize("uWSGI")).isEqualTo("uwsgi");
    }

    @ParameterizedTest
    @CsvSource({
            "mod_wsgi-5.0.2.tar.gz, mod-wsgi",
            "uWSGI-2.0.21.tar.gz, uwsgi",
            "python-dateutil-2.8.2.tar.gz, python-dateutil",
            "flit_core-3.12.0.tar.gz, flit-core",
            "Tiny.Sdist-0.1.0.tar.gz, tiny-sdist",
            "setuptools-66.1.1-py3-none-any.whl, setuptools",
            "fastsum-0.1.0-cp311-cp311-linux_x86_64.whl, fastsum",
            "Foo.Bar-1.0-1build-py3-none-any.whl, foo-bar",
            "local-1.0+deb12-py3-none-any.whl, local",
    })
    void file_name_gives_project(String fileName, String project) {
        assertThat(ProjectNames.fromFileName(fileName)).isEqualTo(project);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "README.txt",
            "project-1.0.zip",
            "project.tar.gz",
            "project-latest.tar.gz",
            "-1.0.tar.gz",
            "project-1.0-py3.whl",
            "project-1.0-1-2-py3-none-any.whl",
            "my project-1.0.tar.gz",
            "project-1.0.tar.gz\"><script>",
    })
    void invalid_file_name_is_rejected(String fileName) {
        assertThatThrownBy(() -> ProjectNames.fromFileName(fileName))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid distribution file name '" + fileName + "'");
    }
}
