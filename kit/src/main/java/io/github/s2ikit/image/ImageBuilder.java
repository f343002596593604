package io.github.s2ikit.image;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageCmd;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.model.BuildResponseItem;
import io.github.s2ikit.docker.Engine;
import io.github.s2ikit.docker.KitLabels;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds images from {@link ImageBuild} values, tagged by the hash of their inputs, and skips the
 * build when an image with that tag already exists.
 *
 * <p>Builds go straight to the engine's build API rather than through Testcontainers'
 * {@code ImageFromDockerfile}, because that class logs the build output only at debug level and
 * gives no access to it; a failed build here fails with its last output lines. Builds are
 * shared across threads: concurrent requests for the same inputs wait for one build.
 *
 * <p>Limits: the legacy builder of Docker 20.10 and Podman's API builder are assumed, so
 * Dockerfiles must not use BuildKit syntax ({@code RUN --mount}, heredocs, {@code COPY --chmod}).
 */
public final class ImageBuilder {

    private static final java.util.regex.Pattern ANSI_ESCAPE = java.util.regex.Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");

    private static final java.util.regex.Pattern EXIT_STATUS =
            java.util.regex.Pattern.compile("non-zero code: (\\d+)|exit status (\\d+)");

    /** The label of a remembered failure that contains the failure's message. */
    static final String FAILURE_MESSAGE_LABEL = "io.github.s2ikit.failure.message";

    /** The label of a remembered failure that contains the last lines of the build output. */
    static final String FAILURE_OUTPUT_LABEL = "io.github.s2ikit.failure.output";

    /** How many lines of build output a failure message shows. */
    private static final int TAIL_LINES = 25;

    private static final ConcurrentMap<String, CompletableFuture<BuiltImage>> BUILDS = new ConcurrentHashMap<>();

    private ImageBuilder() {
    }

    /**
     * Returns the image for the given build, building it only when no image with the same inputs
     * exists in the engine.
     *
     * @throws ImageBuildException when the build fails or times out
     * @throws ImageNotFoundException when a base image is missing and cannot be pulled
     */
    public static BuiltImage build(ImageBuild build) {
        List<String> baseIds = build.baseImages().stream().map(name -> Images.require(name).getId()).toList();
        String hash = build.inputHash(baseIds);
        String name = build.repository() + ":" + hash.substring(0, 16);

        CompletableFuture<BuiltImage> created = new CompletableFuture<>();
        CompletableFuture<BuiltImage> future = BUILDS.putIfAbsent(name, created);
        if (future == null) {
            future = created;
            try {
                created.complete(buildIfMissing(build, name, hash));
            } catch (RuntimeException e) {
                created.completeExceptionally(e);
            }
        }
        try {
            BuiltImage image = future.join();
            // Only the caller that ran the build reports it as built; everyone else found it ready.
            return future == created ? image : image.asCached();
        } catch (CompletionException e) {
            // A failed build is not cached, so the next request tries again.
            BUILDS.remove(name, future);
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static BuiltImage buildIfMissing(ImageBuild build, String name, String hash) {
        Logger log = LoggerFactory.getLogger("s2ikit.build." + build.repository().replace('/', '.'));
        Optional<InspectImageResponse> existing = Images.inspect(name);
        if (existing.isPresent()) {
            log.info("Using cached {} for {}", name, build.description());
            return new BuiltImage(name, existing.get().getId(), build.description(), true, Duration.ZERO);
        }

        if (build.failureRemembered()) {
            Optional<InspectImageResponse> failure = Images.inspect(failureName(name));
            if (failure.isPresent()) {
                log.info("Using cached {} for {}: a build of the same inputs failed", failureName(name),
                        build.description());
                throw rememberedFailure(failure.get(), failureName(name));
            }
        }

        log.info("Building {} for {}", name, build.description());
        long start = System.nanoTime();
        runBuild(build, name, hash, log);
        // The build API returns a short id; the inspection has the full one that reports and
        // comparisons use.
        String id = Images.inspect(name).orElseThrow(() -> new ImageBuildException("Build of " + build.description()
                + " finished, but the engine has no image " + name, List.of(), null)).getId();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        log.info("Built {} in {} s", name, took.toSeconds());
        return new BuiltImage(name, id, build.description(), false, took);
    }

    private static String runBuild(ImageBuild build, String name, String hash, Logger log) {
        DockerClient client = Engine.client();
        OutputCapture output = new OutputCapture(log);
        try {
            BuildImageCmd command = client.buildImageCmd()
                    .withTarInputStream(new ByteArrayInputStream(build.context().toTar()))
                    .withDockerfilePath(build.dockerfile())
                    .withTags(java.util.Set.of(name))
                    .withLabels(Map.of(KitLabels.KIT, "true", KitLabels.CACHE, hash))
                    .withPull(false)
                    // Removes the container of a failed step too, so a failed build leaves none behind.
                    .withForcerm(true);
            build.buildArgs().forEach(command::withBuildArg);
            build.network().ifPresent(command::withNetworkMode);
            if (!build.extraHosts().isEmpty()) {
                List<String> hosts = build.extraHosts().entrySet().stream()
                        .map(entry -> entry.getKey() + ":" + entry.getValue())
                        .toList();
                // Docker reads the build's extrahosts as "name:address" items joined by commas,
                // Podman's compatible API as a JSON array of such items.
                command.withExtraHosts(Engine.isPodman()
                        ? java.util.Set.of(hosts.stream().map(host -> "\"" + host + "\"")
                                .collect(java.util.stream.Collectors.joining(",", "[", "]")))
                        : new java.util.LinkedHashSet<>(hosts));
            }
            BuildImageResultCallback callback = command.exec(output);
            return callback.awaitImageId(build.timeout().toSeconds(), TimeUnit.SECONDS);
        } catch (DockerClientException e) {
            String error = Optional.ofNullable(output.error).orElse(String.valueOf(e.getMessage()));
            String reason = error.contains("Awaiting image id timeout")
                    ? "did not finish within " + build.timeout().toMinutes() + " minutes"
                    : "failed" + exitStatus(error) + ": " + error;
            ImageBuildException failure = new ImageBuildException(
                    "Build of " + build.description() + " (" + name + ") " + reason
                            + "\nFailed step: " + Optional.ofNullable(output.step).orElse("(before the first step)")
                            + "\nLast lines of the build output:\n  " + String.join("\n  ", output.tail())
                            + "\nFix the step above (its output shows why it failed), then run again;"
                            + " the steps before it are cached.",
                    output.tail(), e);
            // Only a step that exited non-zero is remembered, because a timeout or an engine error may not recur.
            if (build.failureRemembered() && !exitStatus(error).isEmpty()) {
                remember(failure, failureName(name), hash, log);
            }
            throw failure;
        }
    }

    private static String failureName(String name) {
        return name + "-failed";
    }

    /**
     * Keeps a failure as an image with no layers whose labels contain the message and the output, so
     * that it lives and is removed like the kit's other images. A failure to keep it is only logged,
     * because the build's own failure is what the caller needs.
     */
    private static void remember(ImageBuildException failure, String failureName, String hash, Logger log) {
        Map<String, String> labels = Map.of(
                KitLabels.KIT, "true",
                KitLabels.CACHE, hash,
                FAILURE_MESSAGE_LABEL, failure.getMessage(),
                FAILURE_OUTPUT_LABEL, String.join("\n", failure.outputTail()));
        try {
            Engine.client().buildImageCmd()
                    .withTarInputStream(new ByteArrayInputStream(
                            BuildContext.empty().withText("Dockerfile", "FROM scratch\nLABEL io.github.s2ikit.failure=true\n").toTar()))
                    .withTags(java.util.Set.of(failureName))
                    .withLabels(labels)
                    .withPull(false)
                    .exec(new BuildImageResultCallback())
                    .awaitImageId(60, TimeUnit.SECONDS);
            log.debug("Remembered the failure as {}", failureName);
        } catch (RuntimeException e) {
            log.warn("Failed to remember the failed build as {}, so the next run builds it again: {}", failureName,
                    e.toString());
        }
    }

    private static ImageBuildException rememberedFailure(InspectImageResponse failure, String failureName) {
        Map<String, String> labels = Optional.ofNullable(failure.getConfig())
                .map(config -> config.getLabels())
                .orElse(Map.of());
        String output = labels.getOrDefault(FAILURE_OUTPUT_LABEL, "");
        List<String> tail = output.isEmpty() ? List.of() : List.of(output.split("\n"));
        return new ImageBuildException(labels.getOrDefault(FAILURE_MESSAGE_LABEL, "A build failed")
                + "\nThis failure is remembered from an earlier build of the same inputs, so the build did not run"
                + " again. Remove the image " + failureName + " to run it again.", tail, null);
    }

    /**
     * Returns " with exit status N" when the engine's error names the failed step's status. Docker
     * writes "returned a non-zero code: N" and Podman "exit status N", so one wording serves both.
     */
    private static String exitStatus(String error) {
        java.util.regex.Matcher matcher = EXIT_STATUS.matcher(error);
        if (!matcher.find()) {
            return "";
        }
        String status = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        return " with exit status " + status;
    }

    /**
     * Logs each line of build output at debug level and keeps the last lines, the current step
     * and the error for a failure message.
     */
    private static final class OutputCapture extends BuildImageResultCallback {

        private final Logger log;
        private final Deque<String> lines = new ArrayDeque<>();
        private volatile String step;
        private volatile String error;

        OutputCapture(Logger log) {
            this.log = log;
        }

        @Override
        public void onNext(BuildResponseItem item) {
            if (item.getStream() != null) {
                for (String line : item.getStream().split("\n")) {
                    if (!line.isBlank()) {
                        remember(line);
                    }
                }
            }
            if (item.isErrorIndicated()) {
                String message = item.getErrorDetail() != null ? item.getErrorDetail().getMessage() : item.getError();
                // Podman ends the message with a line break, Docker does not.
                error = message == null ? null : message.strip();
                remember("ERROR: " + error);
            }
            super.onNext(item);
        }

        private synchronized void remember(String raw) {
            // The classic builder colours error output with ANSI escapes, which messages and logs must not carry.
            String line = ANSI_ESCAPE.matcher(raw).replaceAll("");
            log.debug("{}", line);
            if (line.startsWith("Step ") || line.startsWith("STEP ")) {
                step = line;
            }
            lines.addLast(line);
            if (lines.size() > TAIL_LINES) {
                lines.removeFirst();
            }
        }

        synchronized List<String> tail() {
            return new ArrayList<>(lines);
        }
    }
}
