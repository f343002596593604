package io.github.s2ikit.variant;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.DockerDaemonImage;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.LogEvent;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FileEntry;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import io.github.s2ikit.docker.KitLabels;
import io.github.s2ikit.image.ArchivedEntry;
import io.github.s2ikit.image.BuildContext;
import io.github.s2ikit.image.BuiltImage;
import io.github.s2ikit.image.ImageBuild;
import io.github.s2ikit.image.ImageBuildException;
import io.github.s2ikit.image.ImageBuilder;
import io.github.s2ikit.image.ImageFiles;
import io.github.s2ikit.image.Images;
import io.github.s2ikit.platform.Platform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The multi-stage recipe's runtime image assembled without a Docker build: Jib Core layers the
 * builder's {@code $APP_ROOT} onto the minimal image with the httpd runtime package added.
 *
 * <p>The steps: an s2i build of the app on the full image (the builder); the minimal image plus
 * the platform's httpd runtime package (a one-line Dockerfile build, because Jib cannot run
 * commands); {@code $APP_ROOT} read out of the builder through the engine's archive API; one Jib
 * layer with every folder and file of it, keeping each entry's owner and mode. Folder entries are
 * added before file entries: Jib otherwise writes the parent folders of added files as
 * {@code root}-owned {@code 0755} entries, which would take group 0's write access away from
 * arbitrary uids.
 *
 * <p>Limits:
 * <ul>
 *   <li>Jib Core writes no symbolic links. Each symbolic link under the builder's {@code $APP_ROOT}
 *       must already exist with the same target in the runtime base, as the virtual
 *       environment's links to the interpreter do; otherwise the build fails and names the link.
 *   <li>Only the permission bits (0777) are kept; setuid, setgid and sticky bits are dropped.
 *   <li>Entries get Jib's fixed modification time and the image Jib's fixed creation time, which
 *       is what makes the same inputs give the same image id.
 * </ul>
 */
public final class JibMultiStageBuild {

    private static final Logger LOG = LoggerFactory.getLogger(JibMultiStageBuild.class);

    /**
     * Changes when the way the image is assembled changes, so old cache entries are not reused. It
     * is also the tool version in the image's history. Jib Core 0.28.1 defaults that version to the
     * Implementation-Version in the manifest of the jar that contains Jib. A jar with all
     * dependencies, such as the conformance runner, has its own there, so the default would make
     * the image id depend on how the kit is packaged.
     */
    static final String FORMAT = "s2ikit-jib-2";

    private static final String APP_ROOT = "/opt/app-root";

    private final AppSource source;
    private final Platform platform;
    private final String fullImage;
    private final String minimalImage;
    private final Map<String, String> environment;
    private final Optional<PipIndex> index;

    private JibMultiStageBuild(AppSource source, Platform platform, String fullImage, String minimalImage,
            Map<String, String> environment, Optional<PipIndex> index) {
        this.source = source;
        this.platform = platform;
        this.fullImage = fullImage;
        this.minimalImage = minimalImage;
        this.environment = environment;
        this.index = index;
    }

    /**
     * Describes the recipe for the app on the platform's image pair.
     */
    public static JibMultiStageBuild of(AppSource source, Platform platform, String fullImage, String minimalImage) {
        Objects.requireNonNull(source, "The app source should not be null");
        Objects.requireNonNull(platform, "The platform should not be null");
        Objects.requireNonNull(fullImage, "The full image should not be null");
        Objects.requireNonNull(minimalImage, "The minimal image should not be null");
        return new JibMultiStageBuild(source, platform, fullImage, minimalImage, Map.of(), Optional.empty());
    }

    /** Returns a copy with one more build and run time environment variable. */
    public JibMultiStageBuild withEnv(String name, String value) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(environment);
        copy.put(name, value);
        return new JibMultiStageBuild(source, platform, fullImage, minimalImage, copy, index);
    }

    /** Returns a copy whose builder installs from the given package index. */
    public JibMultiStageBuild withPipIndex(PipIndex pipIndex) {
        return new JibMultiStageBuild(source, platform, fullImage, minimalImage, environment, Optional.of(pipIndex));
    }

    /**
     * Returns the runtime image, tagged by the hash of its inputs, assembling it only when no image
     * with that tag exists.
     *
     * @throws ImageBuildException when a step fails
     */
    public BuiltImage build() {
        BuiltImage builder = builder().build();
        BuiltImage runtimeBase = ImageBuilder.build(runtimeBase());
        String name = "s2ikit/jib-multi-stage-" + source.repositoryName() + ":"
                + inputHash(builder.id(), runtimeBase.id()).substring(0, 16);

        Optional<String> existing = Images.inspect(name).map(image -> image.getId());
        if (existing.isPresent()) {
            LOG.info("Using cached {} for {}", name, description());
            return new BuiltImage(name, existing.get(), description(), true, Duration.ZERO);
        }
        return containerize(builder, runtimeBase, name);
    }

    /**
     * Assembles the runtime image into the engine under the given name, whether or not an image with
     * the same inputs exists. Two calls with the same inputs give the same image id.
     *
     * @throws ImageBuildException when a step fails
     */
    public BuiltImage containerizeTo(String name) {
        return containerize(builder().build(), ImageBuilder.build(runtimeBase()), name);
    }

    /** Returns the s2i build of the app on the full image, whose {@code $APP_ROOT} the image takes. */
    public S2iBuild builder() {
        S2iBuild build = S2iBuild.of(source).on(fullImage);
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            build = build.withEnv(variable.getKey(), variable.getValue());
        }
        return index.map(build::withPipIndex).orElse(build);
    }

    /** Returns the build of the minimal image with the platform's httpd runtime package. */
    public ImageBuild runtimeBase() {
        String dockerfile = String.join("\n",
                "FROM " + minimalImage,
                "USER 0",
                "RUN " + platform.packageManager().installCommand(List.of(platform.httpdRuntimePackage())),
                "USER 1001",
                "");
        return ImageBuild.of("s2ikit/minimal-with-httpd", minimalImage + " with " + platform.httpdRuntimePackage(),
                        BuildContext.empty().withText("Dockerfile", dockerfile))
                .withBaseImages(minimalImage)
                .withTimeout(Duration.ofMinutes(20));
    }

    private BuiltImage containerize(BuiltImage builder, BuiltImage runtimeBase, String name) {
        long start = System.nanoTime();
        Path work = null;
        try {
            work = Files.createTempDirectory("s2ikit-jib-");
            List<ArchivedEntry> appRoot = ImageFiles.extract(builder.name(), APP_ROOT, work.resolve("builder"));
            List<ArchivedEntry> baseLinks = ImageFiles.extract(runtimeBase.name(), APP_ROOT, work.resolve("base"))
                    .stream().filter(entry -> entry.type() == ArchivedEntry.Type.SYMLINK).toList();
            requireLinksInBase(appRoot, baseLinks);

            LOG.info("Assembling {} with Jib from {} onto {}", name, builder.name(), runtimeBase.name());
            JibContainer container = Jib.from(DockerDaemonImage.named(runtimeBase.name()))
                    .addFileEntriesLayer(layer(appRoot))
                    .setUser("1001")
                    .setProgramArguments(S2iBuild.SCRIPTS + "/run")
                    .addLabel(KitLabels.KIT, "true")
                    .addLabel(KitLabels.CACHE, inputHash(builder.id(), runtimeBase.id()))
                    .containerize(Containerizer.to(DockerDaemonImage.named(name))
                            .setToolName("s2ikit")
                            .setToolVersion(FORMAT)
                            .addEventHandler(LogEvent.class, event -> LOG.debug("jib: {}", event.getMessage())));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            LOG.info("Assembled {} in {} s", name, took.toSeconds());
            return new BuiltImage(name, container.getImageId().toString(), description(), false, took);
        } catch (IOException | InterruptedException | ExecutionException | InvalidImageReferenceException
                | com.google.cloud.tools.jib.api.CacheDirectoryCreationException
                | com.google.cloud.tools.jib.api.RegistryException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new ImageBuildException("Jib could not assemble " + description() + " as " + name + ": " + e
                    + "\nCheck that the docker command line works (Jib loads images through it) and that "
                    + runtimeBase.name() + " is in the engine.", List.of(), e);
        } finally {
            deleteQuietly(work);
        }
    }

    private String description() {
        return "Jib multi-stage image of app '" + source.name() + "' from " + fullImage + " to " + minimalImage;
    }

    private static FileEntriesLayer layer(List<ArchivedEntry> entries) {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("app-root");
        // Folders first, parents before children: an entry Jib has seen is not added again, so the
        // folders keep these owners instead of the root-owned ones Jib would make up.
        Comparator<ArchivedEntry> byPath = Comparator.comparing(ArchivedEntry::path);
        Stream.concat(
                        entries.stream().filter(e -> e.type() == ArchivedEntry.Type.DIRECTORY).sorted(byPath),
                        entries.stream().filter(e -> e.type() == ArchivedEntry.Type.FILE).sorted(byPath))
                .forEach(entry -> layer.addEntry(new FileEntry(
                        entry.localCopy(),
                        AbsoluteUnixPath.get(entry.path()),
                        FilePermissions.fromOctalString(String.format("%03o", entry.mode() & 0777)),
                        FileEntriesLayer.DEFAULT_MODIFICATION_TIME,
                        entry.uid() + ":" + entry.gid())));
        return layer.build();
    }

    private static void requireLinksInBase(List<ArchivedEntry> appRoot, List<ArchivedEntry> baseLinks) {
        Map<String, String> base = baseLinks.stream()
                .collect(Collectors.toMap(ArchivedEntry::path, ArchivedEntry::linkTarget));
        List<String> missing = new ArrayList<>();
        for (ArchivedEntry entry : appRoot) {
            if (entry.type() == ArchivedEntry.Type.SYMLINK && !entry.linkTarget().equals(base.get(entry.path()))) {
                missing.add(entry.path() + " -> " + entry.linkTarget()
                        + (base.containsKey(entry.path()) ? " (the base has -> " + base.get(entry.path()) + ")" : ""));
            }
        }
        if (!missing.isEmpty()) {
            throw new ImageBuildException("Jib Core cannot write symbolic links, and these links of the builder's "
                    + APP_ROOT + " are not in the runtime base with the same target:\n  " + String.join("\n  ", missing)
                    + "\nUse the Dockerfile multi-stage build for this app.", List.of(), null);
        }
    }

    private String inputHash(String builderId, String runtimeBaseId) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String input : List.of(FORMAT, builderId, runtimeBaseId)) {
                digest.update(input.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM has no SHA-256", e);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the work folder " + folder, e);
        }
    }
}
