package io.github.s2ikit.variant;

import io.github.s2ikit.facts.ImageConfig;
import io.github.s2ikit.image.BuildContext;
import io.github.s2ikit.image.BuiltImage;
import io.github.s2ikit.image.ContextFile;
import io.github.s2ikit.image.ImageBuild;
import io.github.s2ikit.image.ImageBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /** Where s2i scripts live in the builder images. */
    public static final String SCRIPTS = "/usr/libexec/s2i";

    private final String appName;
    private final BuildContext source;
    private final String builderImage;
    private final Map<String, String> environment;

    private S2iBuild(String appName, BuildContext source, String builderImage, Map<String, String> environment) {
        this.appName = appName;
        this.source = source;
        this.builderImage = builderImage;
        this.environment = environment;
    }

    /**
     * Starts describing an s2i build of the app in the given folder.
     *
     * @throws IllegalArgumentException when the folder does not exist
     */
    public static S2iBuild ofFolder(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return of(name == null ? "app" : name.toString(), BuildContext.empty().withFolder("", folder));
    }

    /**
     * Starts describing an s2i build of the app whose source files are in the given context.
     */
    public static S2iBuild of(String appName, BuildContext source) {
        Objects.requireNonNull(appName, "The app name should not be null");
        Objects.requireNonNull(source, "The app source should not be null");
        if (source.files().isEmpty()) {
            throw new IllegalArgumentException("The source of app '" + appName + "' has no files");
        }
        return new S2iBuild(appName, source, null, Map.of());
    }

    /** Returns a copy that builds on the given builder image. */
    public S2iBuild on(String image) {
        return new S2iBuild(appName, source, Objects.requireNonNull(image, "The builder image should not be null"),
                environment);
    }

    /** Returns a copy with one more build and run time environment variable, as {@code .s2i/environment} sets. */
    public S2iBuild withEnv(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(environment);
        copy.put(name, value);
        return new S2iBuild(appName, source, builderImage, copy);
    }

    /** Returns the app's name. */
    public String appName() {
        return appName;
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
            throw new IllegalStateException("No builder image for app '" + appName + "'; call on(image) first");
        }
        String user = ImageConfig.inspect(builderImage).user();
        BuildContext context = BuildContext.empty()
                .withContext("src", source)
                .withText("Dockerfile", dockerfile(user.isEmpty() ? "0" : user));
        return ImageBuild.of("s2ikit/s2i-" + repositoryPart(appName),
                        "s2i build of app '" + appName + "' on " + builderImage, context)
                .withBaseImages(builderImage);
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
        Map<String, String> env = new LinkedHashMap<>(s2iEnvironment());
        env.putAll(environment);
        env.forEach((name, value) -> lines.add("ENV " + name + "=" + quote(value)));
        lines.add("USER " + user);
        boolean ownAssemble = source.contains(".s2i/bin/assemble");
        lines.add("RUN " + (ownAssemble ? "/tmp/src/.s2i/bin/assemble" : SCRIPTS + "/assemble"));
        lines.add("CMD [\"" + SCRIPTS + "/run\"]");
        return String.join("\n", lines) + "\n";
    }

    /**
     * Reads {@code .s2i/environment}: {@code NAME=VALUE} lines; blank lines and comments are skipped.
     */
    Map<String, String> s2iEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        ContextFile file = source.files().get(".s2i/environment");
        if (file == null) {
            return env;
        }
        for (String raw : new String(file.content(), StandardCharsets.UTF_8).split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("Invalid line in .s2i/environment of app '" + appName + "': '"
                        + line + "'; expected NAME=VALUE");
            }
            env.put(line.substring(0, equals).strip(), line.substring(equals + 1));
        }
        return env;
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + "\"";
    }

    private static String repositoryPart(String name) {
        String clean = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return clean.isEmpty() ? "app" : clean;
    }
}
