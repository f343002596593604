package io.github.s2ikit.container;

import io.github.s2ikit.docker.Exec;
import io.github.s2ikit.docker.ExecResult;
import io.github.s2ikit.docker.KitLabels;
import io.github.s2ikit.docker.SessionCleanup;
import io.github.s2ikit.facts.ContainerFacts;
import io.github.s2ikit.facts.Probe;
import io.github.s2ikit.facts.ProbeRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A container of an image that idles ({@code sleep infinity}) as the image's user, so that probes
 * and commands can run in it with {@code exec}. One such container serves every static check of
 * an image.
 */
public final class ImageContainer implements AutoCloseable {

    private final String image;
    private final GenericContainer<?> container;

    private ImageContainer(String image, GenericContainer<?> container) {
        this.image = image;
        this.container = container;
    }

    /**
     * Starts an idle container of the image, as the image's configured user.
     *
     * @throws ContainerStartException when the container does not start
     */
    public static ImageContainer start(String image) {
        SessionCleanup.registerShutdownHook();
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
                .withCommand("sleep", "infinity")
                .withLabels(KitLabels.session())
                .withStartupTimeout(Duration.ofSeconds(60))
                .waitingFor(new NoWait());
        try {
            container.start();
        } catch (RuntimeException e) {
            container.stop();
            throw new ContainerStartException("Could not start an idle container ('sleep infinity') of image "
                    + image + ": " + e.getMessage() + ". The image needs a 'sleep' command on PATH.", e);
        }
        return new ImageContainer(image, container);
    }

    /** Returns the image's name. */
    public String image() {
        return image;
    }

    /** Returns the container's id. */
    public String containerId() {
        return container.getContainerId();
    }

    /**
     * Reads the container's static facts in one exec.
     */
    public ContainerFacts probe(ProbeRequest request) {
        return Probe.run(containerId(), image, request);
    }

    /**
     * Runs a command as the container's user, with a one-minute timeout.
     */
    public ExecResult exec(String... command) {
        return Exec.in(containerId(), List.of(command)).run();
    }

    /**
     * Runs a command as the given user ({@code uid} or {@code uid:gid}), with a one-minute timeout.
     */
    public ExecResult execAs(String user, String... command) {
        return Exec.in(containerId(), List.of(command)).withUser(user).run();
    }

    /**
     * Runs a command with extra environment variables, with a one-minute timeout.
     */
    public ExecResult execWithEnvironment(Map<String, String> environment, String... command) {
        return Exec.in(containerId(), List.of(command)).withEnvironment(environment).run();
    }

    /** Stops and removes the container. */
    @Override
    public void close() {
        container.stop();
    }
}
