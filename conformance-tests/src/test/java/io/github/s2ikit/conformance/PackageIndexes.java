package io.github.s2ikit.conformance;

import io.github.s2ikit.image.ClasspathFolder;
import io.github.s2ikit.index.DebianSourceDistributions;
import io.github.s2ikit.index.PackageIndex;
import io.github.s2ikit.index.SamplePackageBuilds;
import io.github.s2ikit.junit.ConformanceSettings;
import io.github.s2ikit.platform.Platform;
import io.github.s2ikit.platform.PlatformImages;
import io.github.s2ikit.platform.ImageRole;
import io.github.s2ikit.reference.ReferenceImages;
import io.github.s2ikit.variant.PipIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The two package indexes the suite serves itself, so that no build reaches the public index:
 *
 * <ul>
 *   <li>{@link #full()}: the sample packages as source distributions and wheels (the C extension's
 *       wheel built on the platform's full image), source distributions of uWSGI, mod_wsgi,
 *       gunicorn and what they build with, made from Debian's source packages, and the setuptools
 *       and wheel wheels from Debian's binary packages;
 *   <li>{@link #sourceOnly()}: the sample packages as source distributions only, plus setuptools
 *       and wheel for pip's build isolation, for the claims about building from source.
 * </ul>
 *
 * <p>Both are prepared and started once per run, on first use, and stopped when the run ends.
 * Downloads and builds are cached under {@code conformance.packages.dir} (the Maven build sets
 * {@code target/python-packages}), so a second run makes nothing again.
 *
 * <p>The platform's full image builds the sample packages and its minimal image serves them,
 * unless {@value #TOOL_MINIMAL_IMAGE} and {@value #TOOL_FULL_IMAGE} name other images. The
 * mutation self-test sets them to the reference pair, so that an image broken on purpose breaks
 * the claims it targets and not the suite's own package index.
 */
public final class PackageIndexes implements AutoCloseable {

    /** System property: the folder that caches the prepared package files. */
    static final String CACHE_DIR = "conformance.packages.dir";

    /**
     * System property: another index, such as the public one, that serves uWSGI, mod_wsgi,
     * gunicorn, setuptools and wheel. When it is set, the suite makes nothing from Debian's
     * packages; its own indexes then serve only the sample packages, and pip looks in both.
     */
    static final String UPSTREAM_INDEX = "conformance.package.index";

    /** System property: the image that serves the indexes, in place of the platform's minimal image. */
    public static final String TOOL_MINIMAL_IMAGE = "conformance.packages.minimal.image";

    /** System property: the image that builds the sample packages, in place of the platform's full image. */
    public static final String TOOL_FULL_IMAGE = "conformance.packages.full.image";

    private final PackageIndex full;
    private final PackageIndex sourceOnly;
    private final String upstream;

    private PackageIndexes(PackageIndex full, PackageIndex sourceOnly, String upstream) {
        this.full = full;
        this.sourceOnly = sourceOnly;
        this.upstream = upstream;
    }

    /** Returns the index that serves every package the sample apps need, wheels included. */
    PipIndex full() {
        return pipIndex(full);
    }

    /** Returns the index that serves the sample packages as source distributions only. */
    PipIndex sourceOnly() {
        return pipIndex(sourceOnly);
    }

    @Override
    public void close() {
        try (PackageIndex first = full; PackageIndex second = sourceOnly) {
            // Both indexes stop and remove their networks, the second even when the first fails.
        }
    }

    private PipIndex pipIndex(PackageIndex index) {
        PipIndex local = PipIndex.onNetwork(index.indexUrl(), index.trustedHost(), index.networkName(), index.digest(),
                index.ipAddress());
        return upstream.isEmpty() ? local : local.withExtraUrl(upstream);
    }

    private static PackageIndexes prepare(Platform platform, PlatformImages images) {
        Path cache = Path.of(Optional.ofNullable(System.getProperty(CACHE_DIR)).orElse("target/python-packages"));
        String upstream = Optional.ofNullable(System.getProperty(UPSTREAM_INDEX)).map(String::strip).orElse("");
        String fullImage = images.get(ImageRole.FULL).name();
        String serverImage = images.get(ImageRole.MINIMAL).name();

        // apt-get source needs a Debian image: the reference full image, whatever the platform.
        List<Path> debian = upstream.isEmpty()
                ? DebianSourceDistributions.of(ReferenceImages.full(platform).name(), cache.resolve("debian")).prepare()
                : List.of();
        List<Path> debianWheels = debian.stream().filter(path -> path.toString().endsWith(".whl")).toList();

        SamplePackageBuilds samples = SamplePackageBuilds.of(fullImage, cache.resolve("samples"))
                .withWheelPackageFrom(debian);
        for (String name : List.of("greeting", "fastsum")) {
            samples = samples.withPackage(name, ClasspathFolder.read("sample-apps/packages/" + name));
        }
        List<Path> sampleFiles = samples.withBinaryWheels("greeting", "fastsum").build();

        List<Path> everything = new ArrayList<>(debian);
        everything.addAll(sampleFiles);
        List<Path> sources = new ArrayList<>(debianWheels);
        sampleFiles.stream().filter(path -> path.toString().endsWith(".tar.gz")).forEach(sources::add);

        PackageIndex full = PackageIndex.start(serverImage, everything);
        try {
            return new PackageIndexes(full, PackageIndex.start(serverImage, sources), upstream);
        } catch (RuntimeException e) {
            full.close();
            throw e;
        }
    }

    /**
     * Resolves {@link PackageIndexes} parameters from one instance per run, kept in the root store
     * so JUnit closes it when the run ends.
     */
    static final class Resolver implements ParameterResolver {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Resolver.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == PackageIndexes.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            Prepared prepared = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Prepared.class, key -> {
                try {
                    Platform platform = ConformanceSettings.fromSystemProperties().platform();
                    return new Prepared(prepare(platform, new PlatformImages(toolImages(platform))), null);
                } catch (RuntimeException e) {
                    return new Prepared(null, e);
                }
            }, Prepared.class);
            if (prepared.failure() != null) {
                throw new ParameterResolutionException("Could not prepare the suite's package indexes: "
                        + prepared.failure().getMessage(), prepared.failure());
            }
            return prepared.indexes();
        }
    }

    /**
     * Returns the platform with the images that build and serve the packages: the platform's own,
     * or those that {@value #TOOL_MINIMAL_IMAGE} and {@value #TOOL_FULL_IMAGE} name.
     */
    private static Platform toolImages(Platform platform) {
        return platform.withImages(property(TOOL_MINIMAL_IMAGE), property(TOOL_FULL_IMAGE));
    }

    private static Optional<String> property(String name) {
        return Optional.ofNullable(System.getProperty(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    /**
     * The outcome of preparing the indexes, kept once per run: a failure is reported to every test
     * that needs the indexes instead of each one trying the downloads and builds again.
     */
    private record Prepared(PackageIndexes indexes, RuntimeException failure) implements AutoCloseable {

        @Override
        public void close() {
            if (indexes != null) {
                indexes.close();
            }
        }
    }
}
