package io.github.s2ikit.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimpleIndexTests {

    /** The SHA-256 of the one-byte content "a". */
    private static final String SHA256_OF_A = "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb";

    @TempDir
    Path folder;

    @Test
    void layout_has_root_and_project_pages() throws IOException {
        // given
        SimpleIndex index = SimpleIndex.of(List.of(
                file("Mod_WSGI-5.0.2.tar.gz", "a"),
                file("mod_wsgi-5.0.3.tar.gz", "b"),
                file("Tiny.Wheel-0.1.0-py3-none-any.whl", "c")));

        // when
        var pages = index.pages();

        // then
        assertThat(pages).containsOnlyKeys(
                "simple/index.html", "simple/mod-wsgi/index.html", "simple/tiny-wheel/index.html");
        assertThat(index.projects()).containsExactly("mod-wsgi", "tiny-wheel");
        assertThat(pages.get("simple/index.html"))
                .contains("<a href=\"mod-wsgi/\">mod-wsgi</a>")
                .contains("<a href=\"tiny-wheel/\">tiny-wheel</a>")
                .doesNotContain(".tar.gz");
    }

    @Test
    void project_page_links_files_with_sha256() throws IOException {
        SimpleIndex index = SimpleIndex.of(List.of(file("Mod_WSGI-5.0.2.tar.gz", "a"), file("mod_wsgi-5.0.3.tar.gz", "b")));

        String page = index.pages().get("simple/mod-wsgi/index.html");

        assertThat(page).startsWith("<!DOCTYPE html>");
        assertThat(page).contains("<a href=\"Mod_WSGI-5.0.2.tar.gz#sha256=" + SHA256_OF_A + "\">Mod_WSGI-5.0.2.tar.gz</a>");
        assertThat(page).contains("<a href=\"mod_wsgi-5.0.3.tar.gz#sha256=");
        assertThat(page).contains("<title>Links for mod-wsgi</title>");
    }

    @Test
    void files_sit_beside_their_project_page() throws IOException {
        Path sdist = file("Mod_WSGI-5.0.2.tar.gz", "a");
        Path wheel = file("Tiny.Wheel-0.1.0-py3-none-any.whl", "c");

        SimpleIndex index = SimpleIndex.of(List.of(sdist, wheel));

        assertThat(index.fileLocations()).containsOnlyKeys(
                "simple/mod-wsgi/Mod_WSGI-5.0.2.tar.gz", "simple/tiny-wheel/Tiny.Wheel-0.1.0-py3-none-any.whl");
        assertThat(index.fileLocations().get("simple/mod-wsgi/Mod_WSGI-5.0.2.tar.gz").path()).isEqualTo(sdist);
        assertThat(index.fileLocations().get("simple/mod-wsgi/Mod_WSGI-5.0.2.tar.gz").sha256()).isEqualTo(SHA256_OF_A);
        assertThat(index.files()).extracting(DistributionFile::isWheel).containsExactly(false, true);
    }

    @Test
    void digest_depends_on_names_and_contents_only() throws IOException {
        Path one = file("one-1.0.tar.gz", "a");
        Path two = file("two-1.0.tar.gz", "b");
        String digest = SimpleIndex.of(List.of(one, two)).digest();

        assertThat(digest).matches("[0-9a-f]{64}");
        assertThat(SimpleIndex.of(List.of(two, one)).digest()).as("other order").isEqualTo(digest);

        Files.writeString(two, "changed");
        assertThat(SimpleIndex.of(List.of(one, two)).digest()).as("other content").isNotEqualTo(digest);

        Path renamed = Files.move(two, folder.resolve("two-1.1.tar.gz"));
        Files.writeString(renamed, "b");
        assertThat(SimpleIndex.of(List.of(one, renamed)).digest()).as("other name").isNotEqualTo(digest);
    }

    @Test
    void empty_index_has_root_page_only() {
        SimpleIndex index = SimpleIndex.of(List.of());

        assertThat(index.pages()).containsOnlyKeys("simple/index.html");
        assertThat(index.fileLocations()).isEmpty();
    }

    @Test
    void same_file_name_twice_is_rejected() throws IOException {
        Path first = file("one-1.0.tar.gz", "a");
        Path second = Files.createDirectory(folder.resolve("other")).resolve("one-1.0.tar.gz");
        Files.writeString(second, "b");

        assertThatThrownBy(() -> SimpleIndex.of(List.of(first, second)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Two distribution files have the same name one-1.0.tar.gz")
                .hasMessageContaining(first.toAbsolutePath().toString())
                .hasMessageContaining(second.toAbsolutePath().toString());
    }

    @Test
    void missing_file_is_rejected() {
        Path missing = folder.resolve("gone-1.0.tar.gz");

        assertThatThrownBy(() -> SimpleIndex.of(List.of(missing)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The distribution file " + missing.toAbsolutePath() + " does not exist");
    }

    @Test
    void file_of_other_kind_is_rejected() throws IOException {
        Path readme = file("README.txt", "a");

        assertThatThrownBy(() -> SimpleIndex.of(List.of(readme)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid distribution file name 'README.txt'");
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
