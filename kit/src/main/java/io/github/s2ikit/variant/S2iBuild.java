package io.github.s2ikit.variant;

import io.github.s2ikit.facts.ImageConfig;
import io.github.s2ikit.image.BuildContext;
import io.github.s2ikit.image.BuiltImage;
import io.github.s2ikit.image.ImageBuild;
import io.github.s2ikit.image.ImageBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An s2i build of an app's source on a builder image, the way the s2i tool and the image's own
 * tests do it: copy the source to {@code /tmp/src} owned by {@code 1001:0}, run {@code assemble}
 * as the image's user, and make {@code run} the command.
 *
 * <p>The build is expressed as a generated Dockerfile, so it needs no s2i binary. Lines of the
 * app's {@code .s2i/environment} become {@code ENV} instructions, so they apply to both
 * {@code assemble} and {@code run}. An app's own {@code .s2i/bin/assemble} replaces the image's.
 */
public final class S2iBuild {

    /** The folder of the s2i scripts in the builder images. */
    public static final String SCRIPTS = Dockerfiles.SCRIPTS;

    private final AppSource source;
    private final String builderImage;
    private final Map<String, String> environment;
    private final Optional<PipIndex> index;
    private final boolean passIndex;

    private S2iBuild(AppSource source, String builderImage, Map<String, String> environment, Optional<PipIndex> index,
            boolean passIndex) {
        this.source = source;
        this.builderImage = builderImage;
        this.environment = environment;
        this.index = index;
        this.passIndex = passIndex;
    }

    /**
     * Starts describing an s2i build of the app in the given folder.
     *
     * @throws IllegalArgumentException when the folder does not exist
     */
    public static S2iBuild ofFolder(Path folder) {
        return of(AppSource.fromFolder(folder));
    }

    /** Starts describing an s2i build of the app whose source files are in the given context. */
    public static S2iBuild of(String appName, BuildContext files) {
        return of(new AppSource(appName, files));
    }

    /** Starts describing an s2i build of the app. */
    public static S2iBuild of(AppSource source) {
        return new S2iBuild(Objects.requireNonNull(source, "The app source should not be null"), null, Map.of(),
                Optional.empty(), true);
    }

    /** Returns a copy that builds on the given builder image. */
    public S2iBuild on(String image) {
        return new S2iBuild(source, Objects.requireNonNull(image, "The builder image should not be null"),
                environment, index, passIndex);
    }

    /**
     * Returns a copy with one more build and run time environment variable, as a line of
     * {@code .s2i/environment} would set it.
     */
    public S2iBuild withEnv(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(environment);
        copy.put(name, value);
        return new S2iBuild(source, builderImage, copy, index, passIndex);
    }

    /** Returns a copy whose {@code assemble} installs from the given package index. */
    public S2iBuild withPipIndex(PipIndex pipIndex) {
        return new S2iBuild(source, builderImage, environment, Optional.of(pipIndex), true);
    }

    /**
     * Returns a copy whose build can reach the given package index but does not pass it to {@code assemble}: for
     * apps that name their index themselves, in {@code .s2i/environment}.
     */
    public S2iBuild withPipIndexReachable(PipIndex pipIndex) {
        return new S2iBuild(source, builderImage, environment, Optional.of(pipIndex), false);
    }

    /** Returns the app's name. */
    public String appName() {
        return source.name();
    }

    /** Returns the builder image. */
    public String builderImage() {
        return builderImage;
    }

    /**
     * Returns the image build: the generated Dockerfile with the source under {@code src/}.
     *
     * @throws IllegalStateException when no builder image was given
     */
    public ImageBuild toImageBuild() {
        if (builderImage == null) {
            throw new IllegalStateException("No builder image for app '" + source.name() + "'; call on(image) first");
        }
        String user = ImageConfig.inspect(builderImage).user();
        BuildContext context = BuildContext.empty()
                .withContext("src", source.files())
                .withText("Dockerfile", dockerfile(user.isEmpty() ? "0" : user));
        ImageBuild build = ImageBuild.of("s2ikit/s2i-" + source.repositoryName(),
                        "s2i build of app '" + source.name() + "' on " + builderImage, context)
                .withBaseImages(builderImage);
        return passIndex ? Dockerfiles.withIndex(build, index) : Dockerfiles.withIndexReachable(build, index);
    }

    /**
     * Builds the app image, or finds it when the same inputs were built before.
     *
     * @throws io.github.s2ikit.image.ImageBuildException with the failed step and the last output lines,
     *     for example when {@code assemble} fails
     */
    public BuiltImage build() {
        return ImageBuilder.build(toImageBuild());
    }

    String dockerfile(String user) {
        List<String> lines = new ArrayList<>();
        lines.add("FROM " + builderImage);
        lines.add("USER root");
        lines.add("COPY src /tmp/src");
        lines.add("RUN chown -R 1001:0 /tmp/src");
        Dockerfiles.env(lines, mergedEnvironment());
        lines.add("USER " + user);
        Dockerfiles.indexArgs(lines, index, passIndex);
        lines.add(Dockerfiles.assemble(source));
        lines.add(Dockerfiles.runCommand());
        return String.join("\n", lines) + "\n";
    }

    private Map<String, String> mergedEnvironment() {
        Map<String, String> env = new LinkedHashMap<>(source.s2iEnvironment());
        env.putAll(environment);
        return env;
    }
}
