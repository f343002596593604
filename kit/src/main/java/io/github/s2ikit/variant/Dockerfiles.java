package io.github.s2ikit.variant;

import io.github.s2ikit.image.ImageBuild;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shared pieces of the generated Dockerfiles of the build variants.
 */
final class Dockerfiles {

    /** Where s2i scripts live in the builder images. */
    static final String SCRIPTS = "/usr/libexec/s2i";

    /** The build arguments that carry a package index to {@code assemble}. */
    private static final List<String> INDEX_ARGS = List.of("PIP_INDEX_URL", "PIP_TRUSTED_HOST");

    private Dockerfiles() {
    }

    /** Adds one {@code ENV} line per variable, quoted so the value is taken literally. */
    static void env(List<String> lines, Map<String, String> environment) {
        environment.forEach((name, value) -> lines.add("ENV " + name + "=" + quote(value)));
    }

    /** Declares the index arguments, so the next {@code RUN} sees them and the image does not keep them. */
    static void indexArgs(List<String> lines, Optional<PipIndex> index) {
        if (index.isPresent()) {
            INDEX_ARGS.forEach(name -> lines.add("ARG " + name));
        }
    }

    /** Returns the line that runs the app's own assemble script, or the image's. */
    static String assemble(AppSource source) {
        return "RUN " + (source.hasOwnAssemble() ? "/tmp/src/.s2i/bin/assemble" : SCRIPTS + "/assemble");
    }

    /** Returns the line that makes the image's run script the command. */
    static String runCommand() {
        return "CMD [\"" + SCRIPTS + "/run\"]";
    }

    /** Passes the index to a build: its arguments, its network and the digest of what it serves. */
    static ImageBuild withIndex(ImageBuild build, Optional<PipIndex> index) {
        if (index.isEmpty()) {
            return build;
        }
        PipIndex pip = index.get();
        ImageBuild result = build.withBuildArg("PIP_INDEX_URL", pip.url())
                .withBuildArg("PIP_TRUSTED_HOST", pip.trustedHost())
                .withExtraInput("package-index", pip.digest());
        return pip.network().isEmpty() ? result : result.withNetwork(pip.network());
    }

    /** Lets a build reach the index, and hashes what it serves, without passing it to {@code assemble}. */
    static ImageBuild withIndexReachable(ImageBuild build, Optional<PipIndex> index) {
        if (index.isEmpty()) {
            return build;
        }
        ImageBuild result = build.withExtraInput("package-index", index.get().digest());
        return index.get().network().isEmpty() ? result : result.withNetwork(index.get().network());
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + "\"";
    }
}
