package io.github.s2ikit.index;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The layout of a PEP 503 "simple" package index over a set of distribution files: the pages and
 * where each file goes, by path relative to the served folder.
 *
 * <ul>
 *   <li>{@code simple/index.html} links every project's folder;</li>
 *   <li>{@code simple/<project>/index.html} links the project's files, each link ending in
 *       {@code #sha256=<hex>} so pip checks what it downloads;</li>
 *   <li>{@code simple/<project>/<file>} is the file itself, beside the page that links it.</li>
 * </ul>
 *
 * <p>An index is a value: it is built once from the files and does not see later changes to them.
 */
public final class SimpleIndex {

    /** The folder of the index in the served tree, so pip's index URL ends in {@code /simple/}. */
    public static final String ROOT = "simple";

    private static final String PAGE = "index.html";

    /** The files by file name, so pages, locations and the digest come out in a stable order. */
    private final SortedMap<String, DistributionFile> filesByName;

    private SimpleIndex(SortedMap<String, DistributionFile> filesByName) {
        this.filesByName = filesByName;
    }

    /**
     * Reads and hashes the given distribution files and lays them out as an index.
     *
     * @throws IllegalArgumentException when a file does not exist, its name is not that of a wheel
     *     or {@code .tar.gz} source distribution, or two files have the same name
     * @throws java.io.UncheckedIOException naming the file when one cannot be read
     */
    public static SimpleIndex of(Collection<Path> files) {
        Objects.requireNonNull(files, "The distribution files should not be null");
        SortedMap<String, DistributionFile> byName = new TreeMap<>();
        for (Path path : files) {
            DistributionFile file = DistributionFile.of(path);
            DistributionFile earlier = byName.putIfAbsent(file.fileName(), file);
            if (earlier != null) {
                throw new IllegalArgumentException("Two distribution files have the same name " + file.fileName()
                        + ": " + earlier.path().toAbsolutePath() + " and " + path.toAbsolutePath()
                        + "; an index serves each file name once");
            }
        }
        return new SimpleIndex(byName);
    }

    /** Returns the files, sorted by file name. */
    public List<DistributionFile> files() {
        return List.copyOf(filesByName.values());
    }

    /** Returns the normalized names of the projects that have files, sorted. */
    public SortedSet<String> projects() {
        SortedSet<String> projects = new TreeSet<>();
        filesByName.values().forEach(file -> projects.add(file.project()));
        return Collections.unmodifiableSortedSet(projects);
    }

    /**
     * Returns the HTML pages by path in the served tree: {@code simple/index.html} and one
     * {@code simple/<project>/index.html} per project.
     */
    public SortedMap<String, String> pages() {
        SortedMap<String, String> pages = new TreeMap<>();
        pages.put(ROOT + "/" + PAGE, rootPage());
        filesByProject().forEach((project, files) ->
                pages.put(ROOT + "/" + project + "/" + PAGE, projectPage(project, files)));
        return Collections.unmodifiableSortedMap(pages);
    }

    /**
     * Returns the distribution files by their path in the served tree,
     * {@code simple/<project>/<file name>}.
     */
    public SortedMap<String, DistributionFile> fileLocations() {
        SortedMap<String, DistributionFile> locations = new TreeMap<>();
        filesByName.values().forEach(file -> locations.put(locationOf(file), file));
        return Collections.unmodifiableSortedMap(locations);
    }

    /**
     * Returns a SHA-256, in hex, over the sorted file names and the SHA-256 of each file. It
     * changes exactly when the index would serve other content, so an image build that installs
     * from the index can include it in its input hash.
     */
    public String digest() {
        MessageDigest digest = DistributionFile.newSha256();
        // One "<sha256>  <name>" line per file, as sha256sum prints it, in file name order.
        for (DistributionFile file : filesByName.values()) {
            digest.update((file.sha256() + "  " + file.fileName() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String locationOf(DistributionFile file) {
        return ROOT + "/" + file.project() + "/" + file.fileName();
    }

    private SortedMap<String, List<DistributionFile>> filesByProject() {
        SortedMap<String, List<DistributionFile>> byProject = new TreeMap<>();
        for (DistributionFile file : filesByName.values()) {
            byProject.computeIfAbsent(file.project(), project -> new ArrayList<>()).add(file);
        }
        return byProject;
    }

    private String rootPage() {
        StringBuilder links = new StringBuilder();
        for (String project : projects()) {
            // Relative links resolve against the index URL, which ends in /simple/.
            links.append("    <a href=\"").append(escape(project)).append("/\">")
                    .append(escape(project)).append("</a><br>\n");
        }
        return page("Simple index", links);
    }

    private static String projectPage(String project, List<DistributionFile> files) {
        StringBuilder links = new StringBuilder();
        for (DistributionFile file : files) {
            links.append("    <a href=\"").append(escape(file.fileName())).append("#sha256=").append(file.sha256())
                    .append("\">").append(escape(file.fileName())).append("</a><br>\n");
        }
        return page("Links for " + project, links);
    }

    private static String page(String title, CharSequence links) {
        return "<!DOCTYPE html>\n"
                + "<html>\n"
                + "  <head>\n"
                + "    <meta name=\"pypi:repository-version\" content=\"1.0\">\n"
                + "    <title>" + escape(title) + "</title>\n"
                + "  </head>\n"
                + "  <body>\n"
                + "    <h1>" + escape(title) + "</h1>\n"
                + links
                + "  </body>\n"
                + "</html>\n";
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return "SimpleIndex" + fileLocations().keySet();
    }
}
