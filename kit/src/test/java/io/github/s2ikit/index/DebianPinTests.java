package io.github.s2ikit.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DebianPinTests {

    @Test
    void source_pin_names_its_files() {
        DebianSource source = DebianSource.orig("mod-wsgi", "5.0.2-1", "trixie", "mod_wsgi");

        assertThat(source.upstreamVersion()).isEqualTo("5.0.2");
        assertThat(source.origTarball()).isEqualTo("mod-wsgi_5.0.2.orig.tar.gz");
        assertThat(source.fileName()).isEqualTo("mod_wsgi-5.0.2.tar.gz");
        assertThat(source).hasToString("source package mod-wsgi 5.0.2-1 (suite trixie)");
    }

    @Test
    void upstream_version_drops_epoch_and_revision() {
        assertThat(DebianSource.orig("a1", "1:2.0-3", "trixie", "a").upstreamVersion()).isEqualTo("2.0");
        assertThat(DebianSource.orig("a1", "25.0-1~bpo12+1", "bookworm-backports", "a").upstreamVersion()).isEqualTo("25.0");
        assertThat(DebianSource.orig("a1", "1.0", "trixie", "a").upstreamVersion()).as("native package").isEqualTo("1.0");
        assertThat(DebianSource.orig("a1", "2.0.21-5.1", "bookworm", "a").upstreamVersion()).isEqualTo("2.0.21");
    }

    @Test
    void pinned_files_have_the_expected_names() {
        assertThat(DebianSourceDistributions.PINNED_SOURCES).extracting(DebianSource::fileName).containsExactly(
                "uwsgi-2.0.21.tar.gz", "mod_wsgi-5.0.2.tar.gz", "gunicorn-23.0.0.tar.gz", "packaging-25.0.tar.gz",
                "flit_core-3.12.0.tar.gz");
        assertThat(DebianSourceDistributions.PINNED_WHEELS).extracting(DebianWheel::fileName).containsExactly(
                "setuptools-66.1.1-py3-none-any.whl", "wheel-0.38.4-py3-none-any.whl");
    }

    @Test
    void invalid_pins_are_rejected() {
        assertThatThrownBy(() -> DebianSource.orig("uwsgi", "2.0.21; rm -rf /", "bookworm", "uwsgi"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid Debian version '2.0.21; rm -rf /'");
        assertThatThrownBy(() -> DebianSource.orig("Mod-WSGI", "5.0.2-1", "trixie", "mod_wsgi"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid Debian source package name 'Mod-WSGI'");
        assertThatThrownBy(() -> DebianSource.orig("mod-wsgi", "5.0.2-1", "trixie", "mod-wsgi"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid Python project name 'mod-wsgi'");
        assertThatThrownBy(() -> DebianSource.orig("flit", "3.12.0-1", "trixie", "flit_core").packingSubfolder("../etc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid subfolder '../etc'");
        assertThatThrownBy(() -> new DebianWheel("python3-wheel-whl", "0.38.4-2", "bookworm", "wheel.tar.gz"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid wheel file name 'wheel.tar.gz'");
    }

    @Test
    void same_file_pinned_twice_is_rejected() {
        DebianSource one = DebianSource.orig("uwsgi", "2.0.21-5.1", "bookworm", "uwsgi");
        DebianSource two = DebianSource.orig("uwsgi", "2.0.21-6", "trixie", "uwsgi");

        assertThatThrownBy(() -> DebianSourceDistributions.of("debian", Path.of("cache")).withSources(List.of(one, two)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Two pins make the same file uwsgi-2.0.21.tar.gz");
    }

    @Test
    void full_cache_starts_no_container(@TempDir Path cache) throws IOException {
        // given: every expected file in the cache, and an image that does not exist
        DebianSourceDistributions distributions = DebianSourceDistributions.of("s2ikit/no-such-image:1", cache);
        for (Path file : distributions.expectedFiles()) {
            Files.writeString(file, "cached");
        }

        // when
        List<Path> files = distributions.prepare();

        // then: no container was needed, or the missing image would have failed the call
        assertThat(files).hasSize(7).allMatch(Files::isRegularFile);
        assertThat(files.get(0)).isEqualTo(cache.resolve("uwsgi-2.0.21.tar.gz"));
    }
}
