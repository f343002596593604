package io.github.s2ikit.index;

import io.github.s2ikit.container.ImageContainer;
import io.github.s2ikit.docker.Exec;
import io.github.s2ikit.docker.ExecResult;
import io.github.s2ikit.image.Images;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes pip-installable Python packages from Debian's package archive, for a local index where no
 * public Python index is reachable.
 *
 * <p>Source distributions come from the upstream ("orig") tarballs of Debian source packages
 * ({@code apt-get source --download-only}), renamed or repacked; wheels come from Debian binary
 * packages that ship them. {@link #PINNED_SOURCES} and {@link #PINNED_WHEELS} are what the sample
 * apps need: uWSGI, mod_wsgi and gunicorn with its dependency packaging, plus the build backends
 * that pip's build isolation installs from the same index (setuptools, wheel and flit_core).
 *
 * <p>All the work runs as root in one throwaway container of a Debian image with apt, so the host
 * needs nothing. The results are stored in a cache folder under their final names. Files already
 * there are not fetched again, and when all are there, no container starts.
 *
 * <p>Limits:
 * <ul>
 *   <li>The deb-src entries are derived from the image's own {@code deb} entries for its release,
 *       so the image must be a Debian release with its archive configured.</li>
 *   <li>Only {@code .orig.tar.gz} tarballs are handled, which is what the pinned packages have.</li>
 *   <li>Versions are pinned exactly. Debian's archive drops versions that a later upload replaces,
 *       and then the fetch fails naming the pin to update.</li>
 * </ul>
 */
public final class DebianSourceDistributions {

    /**
     * The pinned source packages. The archive they were checked against, a partial snapshot of
     * Debian's, served no bookworm orig tarball of mod-wsgi 4.9.4, gunicorn 20.1.0,
     * python-packaging 23.0 or flit 3.8.0, so the newer versions in trixie are pinned instead.
     */
    public static final List<DebianSource> PINNED_SOURCES = List.of(
            DebianSource.orig("uwsgi", "2.0.21-5.1", "bookworm", "uwsgi"),
            DebianSource.orig("mod-wsgi", "5.0.2-1", "trixie", "mod_wsgi"),
            DebianSource.orig("gunicorn", "23.0.0-1", "trixie", "gunicorn"),
            // packaging 25 builds with flit_core, which the index therefore serves too.
            DebianSource.orig("python-packaging", "25.0-1", "trixie", "packaging"),
            DebianSource.orig("flit", "3.12.0-1", "trixie", "flit_core").packingSubfolder("flit_core"));

    /**
     * The pinned wheels of the build backends that pip's build isolation installs. gunicorn 23 builds
     * with setuptools, whose backend (66.1.1) asks for wheel too, so the index must serve both.
     */
    public static final List<DebianWheel> PINNED_WHEELS = List.of(
            new DebianWheel("python3-setuptools-whl", "66.1.1-1+deb12u2", "bookworm", "setuptools-66.1.1-py3-none-any.whl"),
            new DebianWheel("python3-wheel-whl", "0.38.4-2", "bookworm", "wheel-0.38.4-py3-none-any.whl"));

    private static final Logger LOG = LoggerFactory.getLogger(DebianSourceDistributions.class);

    private static final String SCRIPT = "debian-sources.sh";

    /** The folder in the container where the script leaves its results. */
    private static final String OUT_FOLDER = "/tmp/s2ikit-debian/out";

    private static final int TAIL_LINES = 30;

    private final String image;
    private final Path cacheFolder;
    private final List<DebianSource> sources;
    private final List<DebianWheel> wheels;
    private final Duration timeout;

    private DebianSourceDistributions(String image, Path cacheFolder, List<DebianSource> sources,
            List<DebianWheel> wheels, Duration timeout) {
        this.image = image;
        this.cacheFolder = cacheFolder;
        this.sources = sources;
        this.wheels = wheels;
        this.timeout = timeout;
    }

    /**
     * Describes the pinned packages, made in a container of the given image and stored in the
     * cache folder, with a ten-minute timeout.
     *
     * @param image a Debian image with apt and bash, for example the reference full image
     * @param cacheFolder where the files are stored; created when missing
     */
    public static DebianSourceDistributions of(String image, Path cacheFolder) {
        Objects.requireNonNull(image, "The image should not be null");
        Objects.requireNonNull(cacheFolder, "The cache folder should not be null");
        return new DebianSourceDistributions(image, cacheFolder, PINNED_SOURCES, PINNED_WHEELS, Duration.ofMinutes(10));
    }

    /** Returns a copy that makes the given source distributions instead of the pinned ones. */
    public DebianSourceDistributions withSources(List<DebianSource> pins) {
        requireDistinctFileNames(pins.stream().map(DebianSource::fileName).toList());
        return new DebianSourceDistributions(image, cacheFolder, List.copyOf(pins), wheels, timeout);
    }

    /** Returns a copy that fetches the given wheels instead of the pinned ones. */
    public DebianSourceDistributions withWheels(List<DebianWheel> pins) {
        requireDistinctFileNames(pins.stream().map(DebianWheel::fileName).toList());
        return new DebianSourceDistributions(image, cacheFolder, sources, List.copyOf(pins), timeout);
    }

    /** Returns a copy whose script may run at most the given time. */
    public DebianSourceDistributions withTimeout(Duration limit) {
        return new DebianSourceDistributions(image, cacheFolder, sources, wheels, Objects.requireNonNull(limit));
    }

    /** Returns the paths in the cache folder of every file this makes, sources first. */
    public List<Path> expectedFiles() {
        List<Path> files = new ArrayList<>();
        sources.forEach(source -> files.add(cacheFolder.resolve(source.fileName())));
        wheels.forEach(wheel -> files.add(cacheFolder.resolve(wheel.fileName())));
        return files;
    }

    /**
     * Makes the files that are not in the cache folder yet and returns the paths of all of them.
     * When every file is there already, it starts no container.
     *
     * @throws PackagePreparationException naming each package, version and suite whose file did
     *     not arrive, with the tail of the script's output. The files that did arrive are kept.
     * @throws io.github.s2ikit.image.ImageNotFoundException when the image is missing and cannot be pulled
     * @throws io.github.s2ikit.docker.ExecTimeoutException when the script does not finish within the timeout
     */
    public List<Path> prepare() {
        List<DebianSource> missingSources = sources.stream().filter(source -> !isCached(source.fileName())).toList();
        List<DebianWheel> missingWheels = wheels.stream().filter(wheel -> !isCached(wheel.fileName())).toList();
        if (missingSources.isEmpty() && missingWheels.isEmpty()) {
            LOG.info("All {} Debian-sourced Python packages are in {}; nothing to fetch",
                    sources.size() + wheels.size(), cacheFolder.toAbsolutePath());
            return expectedFiles();
        }

        Images.require(image);
        createFolder(cacheFolder);
        LOG.info("Fetching {} from Debian's archive as root in a container of {}",
                describe(missingSources, missingWheels), image);
        long start = System.nanoTime();
        ExecResult result = runScript(script(missingSources, missingWheels));

        List<String> missing = new ArrayList<>();
        missingSources.stream().filter(source -> !isCached(source.fileName()))
                .forEach(source -> missing.add("the orig tarball " + source.origTarball() + " of " + source));
        missingWheels.stream().filter(wheel -> !isCached(wheel.fileName()))
                .forEach(wheel -> missing.add(wheel.fileName() + " from " + wheel));
        if (!missing.isEmpty() || !result.succeeded()) {
            throw failure(missing, result);
        }
        LOG.info("Stored {} in {} after {} s", describe(missingSources, missingWheels),
                cacheFolder.toAbsolutePath(), Duration.ofNanos(System.nanoTime() - start).toSeconds());
        return expectedFiles();
    }

    private ExecResult runScript(String script) {
        // The files go to a staging folder first and are moved in whole, so the cache never
        // contains a file that was cut off half-way.
        Path staging = createStaging();
        try (ImageContainer container = ImageContainer.start(image)) {
            ExecResult result = Exec.in(container.containerId(), List.of("bash", "-c", script))
                    .withUser("0")
                    .withTimeout(timeout)
                    .run();
            for (Path file : ContainerFiles.copyOut(container.containerId(), OUT_FOLDER, staging)) {
                CacheFolders.moveInto(file, cacheFolder);
            }
            return result;
        } finally {
            CacheFolders.deleteTree(staging);
        }
    }

    private PackagePreparationException failure(List<String> missing, ExecResult result) {
        String problem = missing.isEmpty()
                ? "the script failed although every file arrived"
                : "Debian's archive did not serve:\n  - " + String.join("\n  - ", missing);
        return new PackagePreparationException("Could not make the Debian-sourced Python packages in a container of "
                + image + ": " + problem
                + "\nCheck that each version is still in its suite ('apt-cache showsrc PACKAGE' or"
                + " 'apt-cache policy PACKAGE' after adding deb-src entries), then update the pin."
                + "\nErrors in the script's output:\n  " + String.join("\n  ", errorLines(result))
                + "\nThe script ended with " + result.tail(TAIL_LINES));
    }

    /**
     * Picks apt's error lines and the script's own reports, which the tail may have scrolled past.
     * Errors about the {@code .dsc} file and the Debian tarball are left out, because apt-get
     * source reports them even when the orig tarball, all the kit needs, arrived.
     */
    private static List<String> errorLines(ExecResult result) {
        List<String> lines = (result.stdout() + "\n" + result.stderr()).lines()
                .filter(line -> line.startsWith("E: ") || line.startsWith("W: ")
                        || line.startsWith("s2ikit: MISSING") || line.startsWith("s2ikit: FAILED"))
                .filter(line -> !line.contains(".dsc ") && !line.contains(".debian.tar.")
                        && !line.contains("Failed to fetch some archives"))
                .distinct()
                .toList();
        return lines.isEmpty() ? List.of("(none)") : lines;
    }

    private String script(List<DebianSource> missingSources, List<DebianWheel> missingWheels) {
        StringBuilder script = new StringBuilder(readScript()).append('\n');
        // Only suites that serve a missing source need deb-src entries. Binary packages come from
        // the image's own entries.
        Set<String> suites = new LinkedHashSet<>();
        missingSources.forEach(source -> suites.add(source.suite()));
        script.append("add_source_entries");
        suites.forEach(suite -> script.append(' ').append(suite));
        script.append('\n');
        // Every value below passed the patterns of DebianNames, so none needs shell quoting.
        for (DebianSource source : missingSources) {
            script.append("fetch_orig ").append(source.sourcePackage()).append(' ').append(source.version())
                    .append(' ').append(source.upstreamVersion()).append(' ').append(source.suite())
                    .append(' ').append(source.fileName());
            source.subfolder().ifPresent(folder -> script.append(' ').append(folder));
            script.append('\n');
        }
        for (DebianWheel wheel : missingWheels) {
            script.append("fetch_wheel ").append(wheel.binaryPackage()).append(' ').append(wheel.version())
                    .append(' ').append(wheel.suite()).append(' ').append(wheel.fileName()).append('\n');
        }
        return script.append("finish\n").toString();
    }

    private static String readScript() {
        try (InputStream in = DebianSourceDistributions.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("The kit's resource " + SCRIPT + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the kit's resource " + SCRIPT, e);
        }
    }

    private boolean isCached(String fileName) {
        return Files.isRegularFile(cacheFolder.resolve(fileName));
    }

    private Path createStaging() {
        try {
            return Files.createTempDirectory(cacheFolder, ".fetch-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a staging folder in " + cacheFolder.toAbsolutePath(), e);
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the cache folder " + folder.toAbsolutePath(), e);
        }
    }

    private static String describe(List<DebianSource> missingSources, List<DebianWheel> missingWheels) {
        return java.util.stream.Stream.concat(
                        missingSources.stream().map(DebianSource::fileName),
                        missingWheels.stream().map(DebianWheel::fileName))
                .collect(Collectors.joining(", "));
    }

    private static void requireDistinctFileNames(List<String> fileNames) {
        Set<String> seen = new LinkedHashSet<>();
        for (String name : fileNames) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("Two pins make the same file " + name + ". Pin each file once.");
            }
        }
    }
}
