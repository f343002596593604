package io.github.s2ikit.image;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything that goes into one image build: a Dockerfile in a context, build arguments and the
 * base images it starts from.
 *
 * <p>A build is a value; {@link ImageBuilder} turns it into an image. Its {@linkplain #inputHash(List)
 * input hash} covers the context, the arguments and the ids of the base images, and becomes the
 * image's tag, so unchanged inputs are never built twice.
 *
 * @param repository the repository part of the image name, for example
 *     {@code s2ikit/reference-python-311-minimal}
 * @param description what is built, for log lines and error messages, for example
 *     {@code "s2i build of app 'app-file' on the minimal image"}
 * @param context the build context
 * @param dockerfile the Dockerfile's path in the context
 * @param buildArgs the build arguments
 * @param baseImages the images the Dockerfile starts from, whose ids are part of the hash
 * @param extraInputs inputs the build reads from elsewhere, such as the digest of a package index
 *     that {@code RUN} steps install from; part of the hash, not sent to the engine
 * @param network the network {@code RUN} steps join, for example to reach a package index; not
 *     part of the hash, because it changes from run to run while what it serves does not
 * @param extraHosts host names that {@code RUN} steps resolve to the given addresses, as
 *     {@code docker build --add-host} sets them; not part of the hash, like the network
 * @param timeout how long the build may take
 * @param failureRemembered whether a failed step is remembered, so that a later build of the same
 *     inputs fails at once with the same output instead of running again. It suits builds that are
 *     expected to fail, such as a source build on an image without a compiler.
 */
public record ImageBuild(
        String repository,
        String description,
        BuildContext context,
        String dockerfile,
        SortedMap<String, String> buildArgs,
        List<String> baseImages,
        SortedMap<String, String> extraInputs,
        Optional<String> network,
        Map<String, String> extraHosts,
        Duration timeout,
        boolean failureRemembered) {

    /** Changes when the way images are built changes, so old cache entries are not reused. */
    private static final String FORMAT = "s2ikit-build-1";

    public ImageBuild {
        Objects.requireNonNull(repository, "repository");
        if (!repository.matches("[a-z0-9]+([._/-][a-z0-9]+)*")) {
            throw new IllegalArgumentException("Invalid image repository name '" + repository
                    + "': use lower-case letters, digits and . _ / -");
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(dockerfile, "dockerfile");
        if (!context.contains(dockerfile)) {
            throw new IllegalArgumentException("The build context of " + description + " has no " + dockerfile);
        }
        buildArgs = new TreeMap<>(buildArgs);
        baseImages = List.copyOf(baseImages);
        extraInputs = new TreeMap<>(extraInputs);
        Objects.requireNonNull(network, "network");
        extraHosts = Map.copyOf(extraHosts);
        Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * Starts a build of the Dockerfile at {@code Dockerfile} in the given context, with no build
     * arguments, no base images and a ten-minute timeout.
     */
    public static ImageBuild of(String repository, String description, BuildContext context) {
        return of(repository, description, context, "Dockerfile");
    }

    /**
     * Starts a build of the Dockerfile at the given path in the context, with no build arguments,
     * no base images and a ten-minute timeout.
     */
    public static ImageBuild of(String repository, String description, BuildContext context, String dockerfile) {
        return new ImageBuild(repository, description, context, dockerfile, new TreeMap<>(), List.of(),
                new TreeMap<>(), Optional.empty(), Map.of(), Duration.ofMinutes(10), false);
    }

    /** Returns a copy with one more build argument. */
    public ImageBuild withBuildArg(String name, String value) {
        SortedMap<String, String> args = new TreeMap<>(buildArgs);
        args.put(name, value);
        return new ImageBuild(repository, description, context, dockerfile, args, baseImages, extraInputs, network,
                extraHosts, timeout, failureRemembered);
    }

    /** Returns a copy whose Dockerfile starts from the given images. */
    public ImageBuild withBaseImages(String... images) {
        return new ImageBuild(repository, description, context, dockerfile, buildArgs, List.of(images), extraInputs,
                network, extraHosts, timeout, failureRemembered);
    }

    /** Returns a copy with one more input that is hashed but not sent, such as a package index digest. */
    public ImageBuild withExtraInput(String name, String value) {
        SortedMap<String, String> inputs = new TreeMap<>(extraInputs);
        inputs.put(name, value);
        return new ImageBuild(repository, description, context, dockerfile, buildArgs, baseImages, inputs, network,
                extraHosts, timeout, failureRemembered);
    }

    /** Returns a copy whose {@code RUN} steps join the given network. */
    public ImageBuild withNetwork(String name) {
        return new ImageBuild(repository, description, context, dockerfile, buildArgs, baseImages, extraInputs,
                Optional.of(name), extraHosts, timeout, failureRemembered);
    }

    /** Returns a copy whose {@code RUN} steps resolve the host name to the address. */
    public ImageBuild withExtraHost(String host, String address) {
        Map<String, String> hosts = new TreeMap<>(extraHosts);
        hosts.put(host, address);
        return new ImageBuild(repository, description, context, dockerfile, buildArgs, baseImages, extraInputs,
                network, hosts, timeout, failureRemembered);
    }

    /** Returns a copy that may take at most the given time. */
    public ImageBuild withTimeout(Duration limit) {
        return new ImageBuild(repository, description, context, dockerfile, buildArgs, baseImages, extraInputs, network,
                extraHosts, limit, failureRemembered);
    }

    /**
     * Returns a copy whose failure is remembered: when a step exits non-zero, the builder keeps the
     * output in a label-only image tagged {@code <hash>-failed}, and a later build of the same
     * inputs fails with that output without running. Removing that image makes the next build run.
     *
     * <p>Use it only for builds expected to fail on every attempt. A failure for a passing reason,
     * such as a package index that was down, is remembered just the same.
     */
    public ImageBuild withFailureRemembered() {
        return new ImageBuild(repository, description, context, dockerfile, buildArgs, baseImages, extraInputs,
                network, extraHosts, timeout, true);
    }

    /**
     * Returns the SHA-256 of every input, in hex.
     *
     * @param baseImageIds the ids of {@link #baseImages()} in the same order, as the engine
     *     reports them now
     */
    public String inputHash(List<String> baseImageIds) {
        MessageDigest digest = sha256();
        update(digest, FORMAT);
        update(digest, dockerfile);
        for (Map.Entry<String, ContextFile> file : context.files().entrySet()) {
            update(digest, file.getKey());
            update(digest, Integer.toOctalString(file.getValue().mode()));
            digest.update(sha256().digest(file.getValue().content()));
        }
        buildArgs.forEach((name, value) -> update(digest, "arg " + name + "=" + value));
        extraInputs.forEach((name, value) -> update(digest, "input " + name + "=" + value));
        baseImageIds.forEach(id -> update(digest, id));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(bytes);
        // A separator keeps ("ab", "c") and ("a", "bc") apart.
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM has no SHA-256", e);
        }
    }
}
