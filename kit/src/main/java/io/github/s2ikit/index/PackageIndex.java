package io.github.s2ikit.index;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import io.github.s2ikit.container.ContainerStartException;
import io.github.s2ikit.docker.Engine;
import io.github.s2ikit.docker.KitLabels;
import io.github.s2ikit.docker.SessionCleanup;
import io.github.s2ikit.http.HttpNotReadyException;
import io.github.s2ikit.http.HttpReadiness;
import io.github.s2ikit.image.Images;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * A local PEP 503 package index: a container that serves a {@link SimpleIndex} over HTTP on port
 * 8080 with {@code python3 -m http.server}, on a user-defined network of its own.
 *
 * <p>Image builds and containers that join {@link #networkName()} install from
 * {@link #indexUrl()}, with {@link #trustedHost()} as pip's trusted host because the index speaks
 * plain HTTP. The host reaches the same index at {@link #hostUrl()}. Closing the index stops its
 * container and removes the network. Both carry the session labels ({@link KitLabels#session()}),
 * so {@link SessionCleanup} removes them when a run ends half-way.
 *
 * <pre>{@code
 * try (PackageIndex index = PackageIndex.start(minimalImage, distributionFiles)) {
 *     ImageBuild build = appBuild.withNetwork(index.networkName())
 *             .withBuildArg("PIP_INDEX_URL", index.indexUrl())
 *             .withBuildArg("PIP_TRUSTED_HOST", index.trustedHost())
 *             .withExtraInput("package index", index.digest());
 * }
 * }</pre>
 */
public final class PackageIndex implements AutoCloseable {

    /** The network alias of the index, and pip's trusted host. */
    public static final String ALIAS = "s2ikit-index";

    /** The port the index serves on, in the container and on its network. */
    public static final int PORT = 8080;

    private static final Logger LOG = LoggerFactory.getLogger(PackageIndex.class);

    /** The folder of the served tree in the container, under {@code /tmp} because every image has it. */
    private static final String SERVED_FOLDER = "/tmp/s2ikit-index";

    /** Files are copied in owned by root, so they must be readable by the image's own user. */
    private static final int READABLE_BY_ALL = 0644;

    /**
     * Generous on purpose: the index responded about a second after the start in the kit's own tests,
     * and a machine busy with image builds can be much slower.
     */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final String image;
    private final SimpleIndex index;
    private final String networkName;
    private final GenericContainer<?> container;
    private boolean closed;

    private PackageIndex(String image, SimpleIndex index, String networkName, GenericContainer<?> container) {
        this.image = image;
        this.index = index;
        this.networkName = networkName;
        this.container = container;
    }

    /**
     * Lays out the given distribution files as a simple index and starts serving it.
     *
     * @see #start(String, SimpleIndex)
     */
    public static PackageIndex start(String image, Collection<Path> distributionFiles) {
        return start(image, SimpleIndex.of(distributionFiles));
    }

    /**
     * Creates a network, starts a container of the image on it that serves the index, and waits
     * until the index page responds to the host. The container runs as the image's own user.
     *
     * @param image an image with {@code python3} on its {@code PATH}, for example the platform's
     *     minimal image
     * @param index the files to serve
     * @throws io.github.s2ikit.image.ImageNotFoundException when the image is missing and cannot be pulled
     * @throws ContainerStartException naming the image, with the container's log, when the server
     *     does not start or does not respond within a minute. Nothing is left behind then.
     */
    public static PackageIndex start(String image, SimpleIndex index) {
        Objects.requireNonNull(image, "The image should not be null");
        Objects.requireNonNull(index, "The index should not be null");
        Images.require(image);
        SessionCleanup.registerShutdownHook();

        String networkName = createNetwork();
        GenericContainer<?> container;
        try {
            container = serverContainer(image, index, networkName);
        } catch (RuntimeException e) {
            removeNetwork(networkName);
            throw e;
        }
        PackageIndex started = new PackageIndex(image, index, networkName, container);
        started.startContainer();
        started.awaitReady();
        LOG.info("Serving {} files of {} projects at {} on network {} (from the host: {})",
                index.files().size(), index.projects().size(), started.indexUrl(), networkName, started.hostUrl());
        return started;
    }

    /** Returns the index URL for builds and containers on {@link #networkName()}: {@code http://s2ikit-index:8080/simple/}. */
    public String indexUrl() {
        return "http://" + ALIAS + ":" + PORT + "/" + SimpleIndex.ROOT + "/";
    }

    /** Returns the host name that pip must trust ({@code PIP_TRUSTED_HOST}), because the index serves plain HTTP. */
    public String trustedHost() {
        return ALIAS;
    }

    /**
     * Returns the pip settings that make pip install from this index: {@code PIP_INDEX_URL} and
     * {@code PIP_TRUSTED_HOST}, as environment variables or build arguments.
     */
    public Map<String, String> pipEnvironment() {
        return Map.of("PIP_INDEX_URL", indexUrl(), "PIP_TRUSTED_HOST", trustedHost());
    }

    /** Returns the name of the network the index serves on. */
    public String networkName() {
        return networkName;
    }

    /**
     * Returns the server's IP address on {@link #networkName()}. Builds pass it as an extra host
     * entry for the alias, because Podman's builds do not resolve network aliases.
     *
     * @throws IllegalStateException when the engine reports no address on that network
     */
    public String ipAddress() {
        var network = container.getContainerInfo().getNetworkSettings().getNetworks().get(networkName);
        if (network == null || network.getIpAddress() == null || network.getIpAddress().isBlank()) {
            throw new IllegalStateException("The engine reports no IP address of the package index on network "
                    + networkName);
        }
        return network.getIpAddress();
    }

    /**
     * Returns the digest of the served files ({@link SimpleIndex#digest()}), for the input hash of
     * image builds that install from the index.
     */
    public String digest() {
        return index.digest();
    }

    /** Returns the served index. */
    public SimpleIndex index() {
        return index;
    }

    /** Returns the image the server runs in. */
    public String image() {
        return image;
    }

    /**
     * Returns the simple index URL as the host reaches it, through the port the engine published,
     * for tests and diagnostics.
     */
    public URI hostUrl() {
        return URI.create("http://" + container.getHost() + ":" + container.getMappedPort(PORT) + "/"
                + SimpleIndex.ROOT + "/");
    }

    /** Returns what the server printed so far, including one line per request. */
    public String logs() {
        try {
            return container.getLogs();
        } catch (RuntimeException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops and removes the container, then removes the network. Calling it again does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            container.stop();
        } finally {
            removeNetwork(networkName);
        }
        LOG.info("Stopped the package index on network {}", networkName);
    }

    private void startContainer() {
        try {
            container.start();
        } catch (RuntimeException e) {
            String log = logs();
            close();
            throw new ContainerStartException("Could not start the package index in a container of image " + image
                    + ": " + e.getMessage() + " (" + rootCause(e) + ")"
                    + "\nIts log:\n" + (log.isBlank() ? "(empty)" : log)
                    + "\nThe image needs python3 on its PATH.", e);
        }
    }

    private void awaitReady() {
        try {
            HttpReadiness.awaitStatus(hostUrl(), 200, READY_TIMEOUT, this::logs);
        } catch (HttpNotReadyException e) {
            close();
            throw new ContainerStartException("The package index in a container of image " + image
                    + " did not respond: " + e.getMessage(), e);
        }
    }

    private static GenericContainer<?> serverContainer(String image, SimpleIndex index, String networkName) {
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
                .withCommand("python3", "-m", "http.server", String.valueOf(PORT),
                        "--bind", "0.0.0.0", "--directory", SERVED_FOLDER)
                .withExposedPorts(PORT)
                .withLabels(KitLabels.session())
                .withNetworkMode(networkName)
                // Testcontainers applies aliases only with its own Network objects, so the alias is
                // set on the create command. docker-java puts it on the network of the network mode.
                .withCreateContainerCmdModifier(cmd -> cmd.withAliases(ALIAS))
                .withStartupTimeout(Duration.ofSeconds(60))
                .waitingFor(new ReadinessCheckedByCaller());
        index.pages().forEach((path, html) ->
                container.withCopyToContainer(Transferable.of(html, READABLE_BY_ALL), SERVED_FOLDER + "/" + path));
        index.fileLocations().forEach((path, file) -> container.withCopyToContainer(
                MountableFile.forHostPath(file.path(), READABLE_BY_ALL), SERVED_FOLDER + "/" + path));
        return container;
    }

    /** Returns the message of the innermost cause, which for Testcontainers' start failures carries the engine's reason. */
    private static String rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return Objects.toString(cause.getMessage(), cause.toString()).strip();
    }

    private static String createNetwork() {
        // A random suffix lets several indexes run at once, each with the same alias on its own network.
        String name = ALIAS + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        Engine.client().createNetworkCmd()
                .withName(name)
                .withDriver("bridge")
                .withLabels(KitLabels.session())
                .exec();
        return name;
    }

    private static void removeNetwork(String name) {
        DockerClient client = Engine.client();
        try {
            client.removeNetworkCmd(name).exec();
        } catch (NotFoundException e) {
            // Already gone, which is what close() wants.
        } catch (RuntimeException e) {
            LOG.warn("Could not remove network {}: {}; remove it with 'docker network rm {}'",
                    name, e.getMessage(), name);
        }
    }

    /**
     * A wait strategy that returns at once, because {@link #start} polls the index page from the
     * host with {@link HttpReadiness}, which needs no tool inside the image.
     */
    private static final class ReadinessCheckedByCaller extends AbstractWaitStrategy {

        @Override
        protected void waitUntilReady() {
            // Readiness is checked by the caller.
        }
    }
}
