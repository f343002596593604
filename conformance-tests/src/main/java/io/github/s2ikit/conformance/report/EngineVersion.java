package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.api.model.VersionComponent;
import io.github.s2ikit.docker.Engine;

import java.util.List;
import java.util.Optional;

/**
 * The container engine of the run, as its version API reports it.
 *
 * @param name {@code Docker} or {@code Podman}, or {@code null} when the engine did not respond
 * @param version the engine's version, for example {@code 20.10.24+dfsg1}
 * @param apiVersion the version of the Docker API the engine serves, for example {@code 1.41}
 * @param problem why the engine's version is unknown, or {@code null} when the engine returned it
 */
@JsonPropertyOrder({"name", "version", "apiVersion", "problem"})
public record EngineVersion(String name, String version, String apiVersion, String problem) {

    /**
     * Returns an engine version that is unknown, with the reason.
     */
    static EngineVersion unknown(String reason) {
        return new EngineVersion(null, null, null, reason);
    }

    /**
     * Asks the engine for its name and version.
     *
     * @throws io.github.s2ikit.docker.EngineUnavailableException when no engine responds
     * @throws RuntimeException when the version request fails
     */
    static EngineVersion read() {
        Version version = Engine.client().versionCmd().exec();
        // Podman's compatible API names itself only in the name of a component, so that component
        // gives both the name and the version.
        Optional<VersionComponent> podman = Optional.ofNullable(version.getComponents()).orElse(List.of()).stream()
                .filter(component -> component.getName() != null && component.getName().contains("Podman"))
                .findFirst();
        if (podman.isPresent()) {
            return new EngineVersion("Podman", podman.get().getVersion(), version.getApiVersion(), null);
        }
        return new EngineVersion("Docker", version.getVersion(), version.getApiVersion(), null);
    }

    /**
     * Returns the engine as one line for people, such as {@code Docker 20.10.24 (API 1.41)}.
     */
    String describe() {
        if (name == null) {
            return "unknown (" + problem + ")";
        }
        return name + " " + version + (apiVersion == null ? "" : " (API " + apiVersion + ")");
    }
}
