package io.github.s2ikit.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.s2ikit.docker.ExecResult;
import io.github.s2ikit.platform.Platforms;
import io.github.s2ikit.reference.ReferenceImages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fetches from Debian's package archive. The pinned files are cached in a folder under
 * {@code target} that outlives the run, so only the first run fetches them.
 */
class DebianSourceDistributionsTests {

    /** Shared with {@link SamplePackageBuildsTests}, which takes the wheel of 'wheel' from it. */
    static final Path STABLE_CACHE = Path.of("target", "s2ikit-cache", "debian-sources");

    private static String fullImage;
    private static String minimalImage;

    @BeforeAll
    static void buildImages() {
        fullImage = ReferenceImages.full(Platforms.REFERENCE).name();
        minimalImage = ReferenceImages.minimal(Platforms.REFERENCE).name();
    }

    @Test
    void prepares_every_pinned_file() throws IOException {
        // when
        List<Path> files = DebianSourceDistributions.of(fullImage, STABLE_CACHE).prepare();

        // then
        assertThat(files).extracting(path -> path.getFileName().toString()).containsExactly(
                "uwsgi-2.0.21.tar.gz", "mod_wsgi-5.0.2.tar.gz", "gunicorn-23.0.0.tar.gz", "packaging-25.0.tar.gz",
                "flit_core-3.12.0.tar.gz", "setuptools-66.1.1-py3-none-any.whl", "wheel-0.38.4-py3-none-any.whl");
        for (Path file : files) {
            assertThat(file).as("%s", file).isRegularFile().isNotEmptyFile();
        }
        assertThat(tarEntries(STABLE_CACHE.resolve("mod_wsgi-5.0.2.tar.gz"))).contains("mod_wsgi-5.0.2/setup.py");
        assertThat(tarEntries(STABLE_CACHE.resolve("uwsgi-2.0.21.tar.gz"))).contains("uwsgi-2.0.21/setup.py");
        try (ZipFile wheel = new ZipFile(STABLE_CACHE.resolve("wheel-0.38.4-py3-none-any.whl").toFile())) {
            assertThat(wheel.getEntry("wheel-0.38.4.dist-info/METADATA")).isNotNull();
        }
    }

    @Test
    void flit_core_is_packed_on_its_own() throws IOException {
        DebianSourceDistributions.of(fullImage, STABLE_CACHE).prepare();

        List<String> entries = tarEntries(STABLE_CACHE.resolve("flit_core-3.12.0.tar.gz"));

        assertThat(entries).contains("flit_core-3.12.0/pyproject.toml", "flit_core-3.12.0/flit_core/__init__.py");
        assertThat(entries).allMatch(name -> name.startsWith("flit_core-3.12.0/"));
    }

    @Test
    void second_prepare_fetches_nothing() throws IOException {
        // given
        DebianSourceDistributions distributions = DebianSourceDistributions.of(fullImage, STABLE_CACHE);
        List<Path> files = distributions.prepare();
        List<FileTime> times = new ArrayList<>();
        for (Path file : files) {
            times.add(Files.getLastModifiedTime(file));
        }

        // when
        List<Path> again = distributions.prepare();

        // then
        assertThat(again).isEqualTo(files);
        for (int i = 0; i < again.size(); i++) {
            assertThat(Files.getLastModifiedTime(again.get(i))).as("%s", again.get(i)).isEqualTo(times.get(i));
        }
    }

    @Test
    void gunicorn_installs_from_index() {
        List<Path> files = DebianSourceDistributions.of(fullImage, STABLE_CACHE).prepare();

        try (PackageIndex index = PackageIndex.start(minimalImage, files);
                IndexClient client = IndexClient.start(minimalImage, index)) {
            // when: pip builds gunicorn and packaging in isolation, with setuptools, wheel and flit_core from the index
            ExecResult install = client.run("pip install --disable-pip-version-check gunicorn==23.0.0"
                    + " && gunicorn --version");

            // then
            assertThat(install.exitCode()).as(install.tail(40)).isZero();
            assertThat(install.stdout() + install.stderr()).contains("gunicorn (version 23.0.0)");
            assertThat(index.logs()).contains("GET /simple/flit-core/").contains("GET /simple/setuptools/");
        }
    }

    @Test
    void unknown_version_names_the_pin(@TempDir Path cache) {
        DebianSourceDistributions distributions = DebianSourceDistributions.of(fullImage, cache)
                .withSources(List.of(DebianSource.orig("uwsgi", "9.9.9-1", "bookworm", "uwsgi")))
                .withWheels(List.of());

        assertThatThrownBy(distributions::prepare)
                .isInstanceOf(PackagePreparationException.class)
                .hasMessageContaining("Debian's archive did not serve")
                .hasMessageContaining("the orig tarball uwsgi_9.9.9.orig.tar.gz of source package uwsgi 9.9.9-1"
                        + " (suite bookworm)")
                .hasMessageContaining("E: Can not find version '9.9.9-1' of package 'uwsgi'")
                .hasMessageContaining("update the pin");
    }

    @Test
    void partial_fetch_keeps_what_arrived(@TempDir Path cache) {
        // given: one pin that Debian's archive serves, and a source and a wheel pin that it does not
        DebianSourceDistributions distributions = DebianSourceDistributions.of(fullImage, cache)
                .withSources(List.of(
                        DebianSource.orig("uwsgi", "2.0.21-5.1", "bookworm", "uwsgi"),
                        DebianSource.orig("mod-wsgi", "0.0.1-1", "trixie", "mod_wsgi")))
                .withWheels(List.of(new DebianWheel("python3-wheel-whl", "9.9-1", "bookworm",
                        "wheel-9.9-py3-none-any.whl")));

        // when, then
        assertThatThrownBy(distributions::prepare)
                .isInstanceOf(PackagePreparationException.class)
                .hasMessageContaining("the orig tarball mod-wsgi_0.0.1.orig.tar.gz of source package mod-wsgi 0.0.1-1"
                        + " (suite trixie)")
                .hasMessageContaining("wheel-9.9-py3-none-any.whl from binary package python3-wheel-whl 9.9-1"
                        + " (suite bookworm)")
                .hasMessageContaining("E: Version '9.9-1' for 'python3-wheel-whl' was not found")
                .hasMessageNotContaining("uwsgi_2.0.21.orig.tar.gz of");
        assertThat(cache.resolve("uwsgi-2.0.21.tar.gz")).isRegularFile();
        assertThat(cache.resolve("mod_wsgi-0.0.1.tar.gz")).doesNotExist();
    }

    private static List<String> tarEntries(Path tarball) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(tarball);
                TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
