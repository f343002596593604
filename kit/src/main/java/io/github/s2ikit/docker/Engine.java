package io.github.s2ikit.docker;

import com.github.dockerjava.api.DockerClient;
import org.testcontainers.DockerClientFactory;

/**
 * The container engine the kit talks to: Docker, or Podman through its Docker-compatible API.
 *
 * <p>Testcontainers finds the engine ({@code DOCKER_HOST}, the default socket, or its own
 * configuration); this class adds one clear error when none responds, instead of a stack trace.
 */
public final class Engine {

    private static volatile Boolean podman;

    private Engine() {
    }

    /**
     * Returns the engine's client, checking first that an engine responds.
     *
     * @throws EngineUnavailableException when no engine responds
     */
    public static DockerClient client() {
        requireAvailable();
        return DockerClientFactory.instance().client();
    }

    /**
     * Tells whether a container engine responds, without failing.
     */
    public static boolean isAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Tells whether the engine is Podman's Docker-compatible API service rather than Docker. The
     * kit adapts a few requests to it, such as the format of a build's extra host entries.
     */
    public static boolean isPodman() {
        Boolean known = podman;
        if (known == null) {
            var version = client().versionCmd().exec();
            known = version.getComponents() != null && version.getComponents().stream()
                    .anyMatch(component -> component.getName() != null && component.getName().contains("Podman"));
            podman = known;
        }
        return known;
    }

    /**
     * Fails with one sentence that tells the user what to do when no container engine responds.
     *
     * @throws EngineUnavailableException when no engine responds
     */
    public static void requireAvailable() {
        if (!isAvailable()) {
            String host = System.getenv("DOCKER_HOST");
            throw new EngineUnavailableException("No container engine responds"
                    + (host == null ? " at the default Docker socket" : " at DOCKER_HOST=" + host)
                    + ". Start Docker or Podman (for Podman, point DOCKER_HOST at its API socket),"
                    + " or on a bare Debian machine run scripts/setup-docker.sh as root.");
        }
    }
}
