package io.github.s2ikit.conformance.runner;

import io.github.s2ikit.docker.Engine;
import io.github.s2ikit.docker.EngineUnavailableException;
import io.github.s2ikit.image.Images;
import org.testcontainers.DockerClientFactory;

import java.util.Optional;

/**
 * The container engine that the kit uses: the one Testcontainers finds through
 * {@code DOCKER_HOST}, the default socket or its own configuration.
 */
final class KitContainerEngine implements ContainerEngine {

    /** The environment variable that keeps Testcontainers from starting its reaper container. */
    static final String RYUK_DISABLED = "TESTCONTAINERS_RYUK_DISABLED";

    @Override
    public Optional<String> unavailableReason() {
        try {
            // Finds an engine that responds to a ping, before the client set-up below starts
            // anything in it. NOTE: Testcontainers marks this method as unstable API.
            DockerClientFactory.instance().getTransportConfig();
        } catch (RuntimeException e) {
            return Optional.of(noEngineMessage());
        }
        try {
            DockerClientFactory.instance().client();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(clientFailureMessage(e));
        }
    }

    @Override
    public boolean hasImage(String name) {
        return Images.inspect(name).isPresent();
    }

    private static String noEngineMessage() {
        try {
            Engine.requireAvailable();
            return "No container engine responds. Start Docker or Podman.";
        } catch (EngineUnavailableException e) {
            return e.getMessage();
        }
    }

    /**
     * Returns why Testcontainers could not set up its client although an engine responds. Unless
     * it is disabled, Testcontainers first starts its reaper container, Ryuk, and pulls its image
     * from a registry when the engine lacks it.
     */
    private static String clientFailureMessage(RuntimeException exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String cause = (root.getClass().getSimpleName() + ": " + root.getMessage()).replaceAll("\\s+", " ");
        String message = "A container engine responds, but Testcontainers failed to set up its client (" + cause + ").";
        if (!Boolean.parseBoolean(System.getenv(RYUK_DISABLED))) {
            message += " Where no registry is reachable, set " + RYUK_DISABLED + "=true, so that Testcontainers does "
                    + "not pull its reaper image; the kit removes its own containers.";
        }
        return message;
    }
}
