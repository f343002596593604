package io.github.s2ikit.index;

import io.github.s2ikit.container.ImageContainer;
import io.github.s2ikit.docker.Exec;
import io.github.s2ikit.docker.ExecResult;
import io.github.s2ikit.image.BuildContext;
import io.github.s2ikit.image.ContextFile;
import io.github.s2ikit.image.Images;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the distribution files of sample Python packages for a local index: a source
 * distribution of each package and, for the packages requested, a binary wheel.
 *
 * <p>Everything is built in one container of the full image, as the image's own user:
 * {@code python3 setup.py sdist} for source distributions, and
 * {@code pip wheel --no-deps --no-build-isolation} for binary wheels. Without build isolation
 * pip needs the {@code wheel} package installed, which a fresh Python 3.11 virtual environment on
 * Debian lacks. It is installed from the wheel given with {@link #withWheelPackage(Path)} or
 * {@link #withWheelPackageFrom(Collection)} (Debian's {@code python3-wheel-whl}, as
 * {@link DebianSourceDistributions} fetches it), else from the image's
 * {@code /usr/share/python-wheels}, unless the image has it already.
 *
 * <p>The results are cached in a folder named after a hash of the package sources, the image id
 * and the {@code wheel} wheel, so a build runs again only when one of them changes.
 *
 * <pre>{@code
 * List<Path> files = SamplePackageBuilds.of(fullImage, cacheFolder)
 *         .withPackage("greeting", Path.of("sample-apps/packages/greeting"))
 *         .withPackage("fastsum", Path.of("sample-apps/packages/fastsum"))
 *         .withBinaryWheels("fastsum")
 *         .withWheelPackageFrom(debianFiles)
 *         .build();
 * }</pre>
 */
public final class SamplePackageBuilds {

    private static final Logger LOG = LoggerFactory.getLogger(SamplePackageBuilds.class);

    /** Changes when the way packages are built changes, so older cache entries are not reused. */
    private static final String FORMAT = "s2ikit-sample-packages-1";

    /** A project name that needs no quoting in a shell and works as a folder name. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?");

    /** The folders that a package build leaves in its source folder, which are outputs rather than sources. */
    private static final Set<String> BUILD_OUTPUT_FOLDERS = Set.of("build", "dist", "__pycache__", ".eggs");

    private static final String INPUT_FOLDER = "/tmp/s2ikit-packages";
    private static final String WORK_FOLDER = "/tmp/s2ikit-build/work";
    private static final String DIST_FOLDER = "/tmp/s2ikit-build/dist";

    /** The exit status of the install step when no wheel of the wheel package is at hand. */
    private static final int NO_WHEEL_PACKAGE = 3;

    private static final int TAIL_LINES = 30;

    private final String fullImage;
    private final Path cacheFolder;
    private final SortedMap<String, BuildContext> packages;
    private final SortedSet<String> binaryWheels;
    private final Optional<Path> wheelPackage;
    private final Duration timeout;

    private SamplePackageBuilds(String fullImage, Path cacheFolder, SortedMap<String, BuildContext> packages,
            SortedSet<String> binaryWheels, Optional<Path> wheelPackage, Duration timeout) {
        this.fullImage = fullImage;
        this.cacheFolder = cacheFolder;
        this.packages = packages;
        this.binaryWheels = binaryWheels;
        this.wheelPackage = wheelPackage;
        this.timeout = timeout;
    }

    /**
     * Describes builds in a container of the full image, cached in the given folder, with no
     * packages yet and a ten-minute timeout per build step.
     *
     * @param fullImage the full image, which has a C compiler and the Python headers
     * @param cacheFolder where built files are kept; created when missing
     */
    public static SamplePackageBuilds of(String fullImage, Path cacheFolder) {
        Objects.requireNonNull(fullImage, "The full image should not be null");
        Objects.requireNonNull(cacheFolder, "The cache folder should not be null");
        return new SamplePackageBuilds(fullImage, cacheFolder, new TreeMap<>(), new TreeSet<>(), Optional.empty(),
                Duration.ofMinutes(10));
    }

    /**
     * Returns a copy that also builds the package in the given folder. Build outputs in the folder
     * ({@code build/}, {@code dist/}, {@code __pycache__/}, {@code .eggs/}, {@code *.egg-info/},
     * {@code *.pyc}) are left out.
     *
     * @param name the project name that the package's {@code setup.py} gives, for example {@code greeting}
     * @throws IllegalArgumentException when the folder does not exist or has no {@code setup.py}
     */
    public SamplePackageBuilds withPackage(String name, Path folder) {
        Objects.requireNonNull(folder, "The package folder should not be null");
        BuildContext sources = BuildContext.empty();
        for (Map.Entry<String, ContextFile> file : BuildContext.empty().withFolder("", folder).files().entrySet()) {
            if (!isBuildOutput(file.getKey())) {
                sources = sources.withFile(file.getKey(), file.getValue());
            }
        }
        return withPackage(name, sources);
    }

    /**
     * Returns a copy that also builds the package whose files are given, with {@code setup.py} at
     * the top.
     *
     * @param name the project name that the package's {@code setup.py} gives, for example {@code greeting}
     * @throws IllegalArgumentException when the name is invalid or taken, or the files have no {@code setup.py}
     */
    public SamplePackageBuilds withPackage(String name, BuildContext sources) {
        Objects.requireNonNull(name, "The package name should not be null");
        Objects.requireNonNull(sources, "The package sources should not be null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid sample package name '" + name
                    + "': use letters, digits and . _ -, starting and ending with a letter or digit");
        }
        if (packages.containsKey(name)) {
            throw new IllegalArgumentException("The sample package '" + name + "' was added already");
        }
        if (!sources.contains("setup.py")) {
            throw new IllegalArgumentException("The sample package '" + name + "' has no setup.py at its top");
        }
        SortedMap<String, BuildContext> copy = new TreeMap<>(packages);
        copy.put(name, sources);
        return new SamplePackageBuilds(fullImage, cacheFolder, copy, binaryWheels, wheelPackage, timeout);
    }

    /**
     * Returns a copy that also builds binary wheels of the named packages, which must have been
     * added already.
     *
     * @throws IllegalArgumentException naming the package when one was not added
     */
    public SamplePackageBuilds withBinaryWheels(String... names) {
        SortedSet<String> copy = new TreeSet<>(binaryWheels);
        for (String name : names) {
            if (!packages.containsKey(name)) {
                throw new IllegalArgumentException("No sample package '" + name + "' to build a wheel of."
                        + " Add it with withPackage first (added: " + packages.keySet() + ").");
            }
            copy.add(name);
        }
        return new SamplePackageBuilds(fullImage, cacheFolder, packages, copy, wheelPackage, timeout);
    }

    /**
     * Returns a copy that installs the {@code wheel} package from the given wheel file before
     * building binary wheels.
     *
     * @throws IllegalArgumentException when the file does not exist or is not a wheel of the
     *     {@code wheel} project
     */
    public SamplePackageBuilds withWheelPackage(Path wheelFile) {
        Objects.requireNonNull(wheelFile, "The wheel file should not be null");
        if (!isWheelPackage(wheelFile)) {
            throw new IllegalArgumentException("Expected a wheel of the 'wheel' project, such as"
                    + " wheel-0.38.4-py3-none-any.whl, but got " + wheelFile.toAbsolutePath());
        }
        if (!Files.isRegularFile(wheelFile)) {
            throw new IllegalArgumentException("The wheel file " + wheelFile.toAbsolutePath() + " does not exist");
        }
        return new SamplePackageBuilds(fullImage, cacheFolder, packages, binaryWheels, Optional.of(wheelFile), timeout);
    }

    /**
     * Returns a copy that installs the {@code wheel} package from the one wheel of that project
     * among the given files, for example those {@link DebianSourceDistributions#prepare()} returns.
     *
     * @throws IllegalArgumentException when the files contain no wheel of the {@code wheel} project, or several
     */
    public SamplePackageBuilds withWheelPackageFrom(Collection<Path> distributionFiles) {
        List<Path> candidates = distributionFiles.stream().filter(SamplePackageBuilds::isWheelPackage).toList();
        if (candidates.size() != 1) {
            throw new IllegalArgumentException("Expected one wheel of the 'wheel' project among the distribution"
                    + " files, but found " + candidates.size() + ": " + candidates);
        }
        return withWheelPackage(candidates.get(0));
    }

    /** Returns a copy whose build steps may each take at most the given time. */
    public SamplePackageBuilds withTimeout(Duration limit) {
        return new SamplePackageBuilds(fullImage, cacheFolder, packages, binaryWheels, wheelPackage,
                Objects.requireNonNull(limit, "The timeout should not be null"));
    }

    /**
     * Builds the distribution files, or finds them in the cache, and returns their paths in the
     * cache folder, sorted by name.
     *
     * @throws IllegalStateException when no package was added
     * @throws PackagePreparationException naming the package and the step, with the tail of its
     *     output, when a build fails or does not produce the expected file
     * @throws io.github.s2ikit.image.ImageNotFoundException when the image is missing and cannot be pulled
     * @throws io.github.s2ikit.docker.ExecTimeoutException when a build step does not finish within the timeout
     */
    public List<Path> build() {
        if (packages.isEmpty()) {
            throw new IllegalStateException("No sample packages to build. Add one with withPackage(name, folder).");
        }
        String imageId = Images.require(fullImage).getId();
        Path entry = cacheFolder.resolve(inputHash(imageId).substring(0, 16));
        if (Files.isDirectory(entry)) {
            LOG.info("Using the sample packages built earlier in {}", entry.toAbsolutePath());
            return CacheFolders.listFiles(entry);
        }

        LOG.info("Building source distributions of {}{} in a container of {}", packages.keySet(),
                binaryWheels.isEmpty() ? "" : " and binary wheels of " + binaryWheels, fullImage);
        long start = System.nanoTime();
        Path staging = createStaging();
        try {
            Path built = staging.resolve("files");
            createFolder(built);
            buildInto(built);
            requireExpectedFiles(CacheFolders.listFiles(built));
            // Another build of the same inputs may have finished first, and its files are the same.
            if (!Files.isDirectory(entry)) {
                CacheFolders.move(built, entry);
            }
        } finally {
            CacheFolders.deleteTree(staging);
        }
        LOG.info("Stored the sample packages in {} after {} s", entry.toAbsolutePath(),
                Duration.ofNanos(System.nanoTime() - start).toSeconds());
        return CacheFolders.listFiles(entry);
    }

    private void buildInto(Path staging) {
        try (ImageContainer container = ImageContainer.start(fullImage)) {
            String id = container.containerId();
            ContainerFiles.copyIn(id, inputs(), INPUT_FOLDER);
            run(id, "prepare the build folders", "mkdir -p " + WORK_FOLDER + " " + DIST_FOLDER);
            if (!binaryWheels.isEmpty()) {
                installWheelPackage(id);
            }
            for (String name : packages.keySet()) {
                run(id, "build the source distribution of sample package '" + name + "'", copySources(name, "sdist")
                        + " && cd " + WORK_FOLDER + "/" + name + "-sdist"
                        + " && python3 setup.py sdist --dist-dir " + DIST_FOLDER);
            }
            for (String name : binaryWheels) {
                run(id, "build the binary wheel of sample package '" + name + "'", copySources(name, "wheel")
                        + " && python3 -m pip wheel --no-deps --no-build-isolation --no-index"
                        + " --disable-pip-version-check --wheel-dir " + DIST_FOLDER + " " + WORK_FOLDER + "/" + name + "-wheel");
            }
            ContainerFiles.copyOut(id, DIST_FOLDER, staging);
        }
    }

    private void installWheelPackage(String containerId) {
        String pipInstall = "python3 -m pip install --no-index --no-deps --disable-pip-version-check";
        if (wheelPackage.isPresent()) {
            run(containerId, "install the wheel package", pipInstall + " " + INPUT_FOLDER + "/wheel-package/"
                    + wheelPackage.get().getFileName());
            return;
        }
        // The image may have the package already, or Debian's python3-wheel-whl (or the like) may
        // have left a wheel of it in /usr/share/python-wheels.
        String script = "if python3 -c 'import wheel' 2>/dev/null; then echo 'wheel is installed already'; exit 0; fi\n"
                + "for file in " + DebianWheel.WHEEL_FOLDER + "/wheel-*.whl; do\n"
                + "  if [ -f \"$file\" ]; then exec " + pipInstall + " \"$file\"; fi\n"
                + "done\n"
                + "exit " + NO_WHEEL_PACKAGE + "\n";
        ExecResult result = exec(containerId, script);
        if (result.exitCode() == NO_WHEEL_PACKAGE) {
            throw new PackagePreparationException("Could not build binary wheels in a container of " + fullImage
                    + ": its Python has no 'wheel' package and " + DebianWheel.WHEEL_FOLDER + " has no wheel of it,"
                    + " so 'pip wheel --no-build-isolation' would fail with \"invalid command 'bdist_wheel'\"."
                    + " Pass a wheel of it with withWheelPackageFrom(DebianSourceDistributions.of(...).prepare()).");
        }
        requireSuccess("install the wheel package", result);
    }

    /** Returns a command that copies the package's read-only sources into a writable folder of the image's user. */
    private static String copySources(String name, String purpose) {
        String copy = WORK_FOLDER + "/" + name + "-" + purpose;
        return "rm -rf " + copy + " && cp -R " + INPUT_FOLDER + "/sources/" + name + " " + copy;
    }

    private void run(String containerId, String step, String command) {
        requireSuccess(step, exec(containerId, command));
    }

    private ExecResult exec(String containerId, String command) {
        // umask 0022 keeps the built files readable by every user that later serves or installs them.
        return Exec.in(containerId, List.of("bash", "-c", "umask 0022\n" + command))
                .withTimeout(timeout)
                .run();
    }

    private void requireSuccess(String step, ExecResult result) {
        if (!result.succeeded()) {
            throw new PackagePreparationException("Could not " + step + " in a container of " + fullImage + ": "
                    + result.tail(TAIL_LINES));
        }
    }

    private BuildContext inputs() {
        BuildContext inputs = BuildContext.empty();
        for (Map.Entry<String, BuildContext> sample : packages.entrySet()) {
            inputs = inputs.withContext("sources/" + sample.getKey(), sample.getValue());
        }
        if (wheelPackage.isPresent()) {
            Path file = wheelPackage.get();
            inputs = inputs.withFile("wheel-package/" + file.getFileName(),
                    new ContextFile(readAll(file), ContextFile.REGULAR));
        }
        return inputs;
    }

    private void requireExpectedFiles(List<Path> built) {
        for (String name : packages.keySet()) {
            requireBuilt(built, name, false, "source distribution");
        }
        for (String name : binaryWheels) {
            requireBuilt(built, name, true, "binary wheel");
        }
    }

    private void requireBuilt(List<Path> built, String name, boolean wheel, String kind) {
        String project = ProjectNames.normalize(name);
        boolean found = built.stream()
                .map(path -> path.getFileName().toString())
                .filter(fileName -> fileName.endsWith(wheel ? ".whl" : ".tar.gz"))
                .anyMatch(fileName -> project.equals(projectOrEmpty(fileName)));
        if (!found) {
            throw new PackagePreparationException("The build of sample package '" + name + "' in a container of "
                    + fullImage + " made no " + kind + " of project '" + project + "'; it made "
                    + built.stream().map(Path::getFileName).toList()
                    + ". Check that its setup.py names the project '" + name + "'.");
        }
    }

    private String inputHash(String imageId) {
        MessageDigest digest = DistributionFile.newSha256();
        update(digest, FORMAT);
        update(digest, "image " + imageId);
        for (Map.Entry<String, BuildContext> sample : packages.entrySet()) {
            update(digest, "package " + sample.getKey());
            for (Map.Entry<String, ContextFile> file : sample.getValue().files().entrySet()) {
                update(digest, file.getKey());
                update(digest, Integer.toOctalString(file.getValue().mode()));
                digest.update(DistributionFile.newSha256().digest(file.getValue().content()));
            }
        }
        binaryWheels.forEach(name -> update(digest, "wheel " + name));
        wheelPackage.ifPresent(file -> update(digest, "wheel package " + file.getFileName() + " "
                + DistributionFile.sha256Of(file)));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        // A separator keeps ("ab", "c") and ("a", "bc") apart.
        digest.update((byte) 0);
    }

    private Path createStaging() {
        createFolder(cacheFolder);
        try {
            return Files.createTempDirectory(cacheFolder, ".build-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a staging folder in " + cacheFolder.toAbsolutePath(), e);
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the folder " + folder.toAbsolutePath(), e);
        }
    }

    private static String projectOrEmpty(String fileName) {
        try {
            return ProjectNames.fromFileName(fileName);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static boolean isWheelPackage(Path file) {
        String fileName = file.getFileName().toString();
        try {
            return fileName.endsWith(".whl") && ProjectNames.fromFileName(fileName).equals("wheel");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isBuildOutput(String path) {
        List<String> segments = Arrays.asList(path.split("/"));
        return segments.stream().anyMatch(segment -> BUILD_OUTPUT_FOLDERS.contains(segment)
                        || segment.endsWith(".egg-info"))
                || path.endsWith(".pyc");
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file.toAbsolutePath(), e);
        }
    }
}
