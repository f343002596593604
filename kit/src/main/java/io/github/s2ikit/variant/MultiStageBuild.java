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
 * The "build on the full image, run on the minimal image" recipe, as one multi-stage Dockerfile:
 * a builder stage from the full image adds the app and runs {@code assemble}, where anything that
 * needs compiling is compiled; a runtime stage from the minimal image copies {@code $APP_ROOT}
 * from the builder, installs the platform's httpd runtime package as root, switches to
 * {@code USER 1001} and makes {@code run} the command.
 *
 * <p>{@code COPY --from} creates the destination folder itself as {@code root:root 0755} with the
 * classic builder, although the files inside keep their owners. The copy therefore uses
 * {@code --chown=1001:0} and the runtime stage gives that one folder back its group write bit,
 * which arbitrary uids need; a recursive {@code chmod} would duplicate the whole tree in a layer.
 */
public final class MultiStageBuild {

    private final AppSource source;
    private final Platform platform;
    private final String fullImage;
    private final String minimalImage;
    private final Map<String, String> environment;
    private final Optional<PipIndex> index;

    private MultiStageBuild(AppSource source, Platform platform, String fullImage, String minimalImage,
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
     *
     * @param source the app
     * @param platform the platform, for the package manager and the httpd runtime package
     * @param fullImage the builder stage's image
     * @param minimalImage the runtime stage's image
     */
    public static MultiStageBuild of(AppSource source, Platform platform, String fullImage, String minimalImage) {
        Objects.requireNonNull(source, "The app source should not be null");
        Objects.requireNonNull(platform, "The platform should not be null");
        Objects.requireNonNull(fullImage, "The full image should not be null");
        Objects.requireNonNull(minimalImage, "The minimal image should not be null");
        return new MultiStageBuild(source, platform, fullImage, minimalImage, Map.of(), Optional.empty());
    }

    /** Returns a copy with one more build and run time environment variable. */
    public MultiStageBuild withEnv(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(environment);
        copy.put(name, value);
        return new MultiStageBuild(source, platform, fullImage, minimalImage, copy, index);
    }

    /** Returns a copy whose builder stage installs from the given package index. */
    public MultiStageBuild withPipIndex(PipIndex pipIndex) {
        return new MultiStageBuild(source, platform, fullImage, minimalImage, environment, Optional.of(pipIndex));
    }

    /** Returns the image build of the recipe. */
    public ImageBuild toImageBuild() {
        BuildContext context = BuildContext.empty()
                .withContext("src", source.files())
                .withText("Dockerfile", dockerfile());
        ImageBuild build = ImageBuild.of("s2ikit/multi-stage-" + source.repositoryName(),
                        "multi-stage build of app '" + source.name() + "' from " + fullImage + " to " + minimalImage,
                        context)
                .withBaseImages(fullImage, minimalImage)
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
        Map<String, String> env = new LinkedHashMap<>(source.s2iEnvironment());
        env.putAll(environment);
        List<String> lines = new ArrayList<>();

        lines.add("FROM " + fullImage + " AS builder");
        lines.add("USER 0");
        lines.add("COPY src /tmp/src");
        lines.add("RUN /usr/bin/fix-permissions /tmp/src");
        Dockerfiles.env(lines, env);
        lines.add("USER 1001");
        Dockerfiles.indexArgs(lines, index, true);
        lines.add(Dockerfiles.assemble(source));
        lines.add("");

        lines.add("FROM " + minimalImage);
        lines.add("USER 0");
        lines.add("COPY --from=builder --chown=1001:0 $APP_ROOT $APP_ROOT");
        lines.add("RUN chmod g+rwX $APP_ROOT && "
                + platform.packageManager().installCommand(List.of(platform.httpdRuntimePackage())));
        Dockerfiles.env(lines, env);
        lines.add("USER 1001");
        lines.add(Dockerfiles.runCommand());
        return String.join("\n", lines) + "\n";
    }
}
