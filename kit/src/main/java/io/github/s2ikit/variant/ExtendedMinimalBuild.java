package io.github.s2ikit.variant;

import io.github.s2ikit.image.BuildContext;
import io.github.s2ikit.image.BuiltImage;
import io.github.s2ikit.image.ImageBuild;
import io.github.s2ikit.image.ImageBuilder;
import io.github.s2ikit.platform.Platform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The "build your own image on top of the minimal image" recipe: from the minimal image, as
 * {@code USER 0} add the app source to {@code /tmp/src}, run {@code fix-permissions} on it,
 * install the compiler and Python header packages with the platform's package manager, switch
 * back to {@code USER 1001}, run {@code assemble} and make {@code run} the command.
 *
 * <p>The packages and the install command come from the {@link Platform}; nothing here names a
 * package manager.
 */
public final class ExtendedMinimalBuild {

    private final AppSource source;
    private final Platform platform;
    private final String minimalImage;
    private final List<String> extraPackages;
    private final Map<String, String> environment;
    private final Optional<PipIndex> index;

    private ExtendedMinimalBuild(AppSource source, Platform platform, String minimalImage, List<String> extraPackages,
            Map<String, String> environment, Optional<PipIndex> index) {
        this.source = source;
        this.platform = platform;
        this.minimalImage = minimalImage;
        this.extraPackages = extraPackages;
        this.environment = environment;
        this.index = index;
    }

    /**
     * Describes the recipe for the app on the platform's minimal image.
     *
     * @param source the app
     * @param platform the platform, for the package manager and the compiler packages
     * @param minimalImage the minimal image to extend
     */
    public static ExtendedMinimalBuild of(AppSource source, Platform platform, String minimalImage) {
        Objects.requireNonNull(source, "The app source should not be null");
        Objects.requireNonNull(platform, "The platform should not be null");
        Objects.requireNonNull(minimalImage, "The minimal image should not be null");
        return new ExtendedMinimalBuild(source, platform, minimalImage, List.of(), Map.of(), Optional.empty());
    }

    /** Returns a copy that also installs the given packages beside the compiler packages. */
    public ExtendedMinimalBuild withExtraPackages(List<String> packages) {
        return new ExtendedMinimalBuild(source, platform, minimalImage, List.copyOf(packages), environment, index);
    }

    /** Returns a copy with one more build and run time environment variable. */
    public ExtendedMinimalBuild withEnv(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(environment);
        copy.put(name, value);
        return new ExtendedMinimalBuild(source, platform, minimalImage, extraPackages, copy, index);
    }

    /** Returns a copy whose {@code assemble} installs from the given package index. */
    public ExtendedMinimalBuild withPipIndex(PipIndex pipIndex) {
        return new ExtendedMinimalBuild(source, platform, minimalImage, extraPackages, environment, Optional.of(pipIndex));
    }

    /** Returns the packages the recipe installs. */
    public List<String> packages() {
        List<String> packages = new ArrayList<>(platform.compilerPackages());
        packages.addAll(extraPackages);
        return packages;
    }

    /** Returns the image build of the recipe. */
    public ImageBuild toImageBuild() {
        BuildContext context = BuildContext.empty()
                .withContext("src", source.files())
                .withText("Dockerfile", dockerfile());
        ImageBuild build = ImageBuild.of("s2ikit/extended-minimal-" + source.repositoryName(),
                        "app '" + source.name() + "' on " + minimalImage + " extended with " + packages(), context)
                .withBaseImages(minimalImage)
                // The install step downloads the compiler packages: allow for a slow archive.
                .withTimeout(Duration.ofMinutes(20));
        return Dockerfiles.withIndex(build, index);
    }

    /**
     * Builds the image, or finds it when the same inputs were built before.
     *
     * @throws io.github.s2ikit.image.ImageBuildException with the failed step and the last output lines
     */
    public BuiltImage build() {
        return ImageBuilder.build(toImageBuild());
    }

    String dockerfile() {
        List<String> lines = new ArrayList<>();
        lines.add("FROM " + minimalImage);
        lines.add("USER 0");
        lines.add("COPY src /tmp/src");
        lines.add("RUN /usr/bin/fix-permissions /tmp/src");
        lines.add("RUN " + platform.packageManager().installCommand(packages()));
        Map<String, String> env = new LinkedHashMap<>(source.s2iEnvironment());
        env.putAll(environment);
        Dockerfiles.env(lines, env);
        lines.add("USER 1001");
        Dockerfiles.indexArgs(lines, index, true);
        lines.add(Dockerfiles.assemble(source));
        lines.add(Dockerfiles.runCommand());
        return String.join("\n", lines) + "\n";
    }
}
