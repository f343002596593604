package io.github.s2ikit.variant;

import io.github.s2ikit.image.ImageBuild;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shared pieces of the generated Dockerfiles of the build variants.
 */
final class Dockerfiles {

    /** The folder of the s2i scripts in the builder images. */
    static final String SCRIPTS = "/usr/libexec/s2i";

    /**
     * The build argument that carries the digest of what the index serves. Two indexes may share a
     * URL (the same alias on different networks), and the engine's layer cache keys a {@code RUN}
     * step on its declared arguments, not on the network: without the digest, an {@code assemble}
     * layer made with one index would be reused for the other.
     */
    private static final String INDEX_DIGEST_ARG = "S2IKIT_PACKAGE_INDEX_DIGEST";

    private Dockerfiles() {
    }

    /** Adds one {@code ENV} line per variable, quoted so the value is taken literally. */
    static void env(List<String> lines, Map<String, String> environment) {
        environment.forEach((name, value) -> lines.add("ENV " + name + "=" + quote(value)));
    }

    /**
     * Declares the index arguments, so the next {@code RUN} gets them and the image does not keep
     * them: the digest whenever the build can reach an index; the URLs and trusted host, those that
     * are set, only when {@code assemble} is told about the index.
     */
    static void indexArgs(List<String> lines, Optional<PipIndex> index, boolean passIndex) {
        if (index.isPresent()) {
            lines.add("ARG " + INDEX_DIGEST_ARG);
            if (passIndex) {
                indexVariables(index.get()).keySet().forEach(name -> lines.add("ARG " + name));
            }
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
        ImageBuild result = build.withBuildArg(INDEX_DIGEST_ARG, pip.digest());
        for (Map.Entry<String, String> variable : indexVariables(pip).entrySet()) {
            result = result.withBuildArg(variable.getKey(), variable.getValue());
        }
        return reach(result, pip);
    }

    /** Lets a build reach the index, and hashes what it serves, without passing it to {@code assemble}. */
    static ImageBuild withIndexReachable(ImageBuild build, Optional<PipIndex> index) {
        if (index.isEmpty()) {
            return build;
        }
        return reach(build.withBuildArg(INDEX_DIGEST_ARG, index.get().digest()), index.get());
    }

    /** Joins the index's network and maps its host name to its address there. */
    private static ImageBuild reach(ImageBuild build, PipIndex index) {
        ImageBuild result = index.network().isEmpty() ? build : build.withNetwork(index.network());
        if (!index.hostAddress().isEmpty() && !index.trustedHost().isEmpty()) {
            result = result.withExtraHost(index.trustedHost(), index.hostAddress());
        }
        return result;
    }

    /** Returns pip's variables for the index, leaving out those with no value. */
    private static Map<String, String> indexVariables(PipIndex index) {
        Map<String, String> variables = new java.util.LinkedHashMap<>();
        variables.put("PIP_INDEX_URL", index.url());
        if (!index.trustedHost().isEmpty()) {
            variables.put("PIP_TRUSTED_HOST", index.trustedHost());
        }
        if (!index.extraUrl().isEmpty()) {
            variables.put("PIP_EXTRA_INDEX_URL", index.extraUrl());
        }
        return variables;
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + "\"";
    }
}
