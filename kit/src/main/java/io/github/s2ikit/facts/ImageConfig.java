package io.github.s2ikit.facts;

import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.model.ContainerConfig;
import com.github.dockerjava.api.model.ExposedPort;
import io.github.s2ikit.image.Images;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facts of an image's configuration, read by inspecting the image without starting it.
 *
 * @param name the image name as given
 * @param id the engine's image id ({@code sha256:...})
 * @param repoDigests the repo digests the engine reports, which Docker leaves empty for a locally
 *     built image but Podman 4.3 fills in
 * @param user the configured user, empty when none is set (root)
 * @param env the configured environment, in order
 * @param labels the labels
 * @param exposedPorts the exposed ports, as {@code 8080/tcp}
 * @param cmd the default command
 * @param entrypoint the entrypoint
 * @param workingDir the working directory
 * @param sizeBytes the image size the engine reports
 */
public record ImageConfig(
        String name,
        String id,
        List<String> repoDigests,
        String user,
        Map<String, String> env,
        Map<String, String> labels,
        Set<String> exposedPorts,
        List<String> cmd,
        List<String> entrypoint,
        String workingDir,
        long sizeBytes) {

    public ImageConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        repoDigests = List.copyOf(repoDigests);
        Objects.requireNonNull(user, "user");
        env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
        labels = Map.copyOf(labels);
        exposedPorts = java.util.Collections.unmodifiableSet(new TreeSet<>(exposedPorts));
        cmd = List.copyOf(cmd);
        entrypoint = List.copyOf(entrypoint);
        Objects.requireNonNull(workingDir, "workingDir");
    }

    /**
     * Inspects the named image, pulling it first when the engine does not have it.
     *
     * @throws io.github.s2ikit.image.ImageNotFoundException when it is missing and cannot be pulled
     */
    public static ImageConfig inspect(String name) {
        return from(name, Images.require(name));
    }

    /**
     * Reads the facts from an engine's inspection of the named image.
     */
    public static ImageConfig from(String name, InspectImageResponse inspection) {
        ContainerConfig config = Optional.ofNullable(inspection.getConfig()).orElseGet(ContainerConfig::new);
        Map<String, String> env = new LinkedHashMap<>();
        for (String entry : Optional.ofNullable(config.getEnv()).orElse(new String[0])) {
            int equals = entry.indexOf('=');
            env.put(equals < 0 ? entry : entry.substring(0, equals), equals < 0 ? "" : entry.substring(equals + 1));
        }
        Set<String> ports = new TreeSet<>();
        for (ExposedPort port : Optional.ofNullable(config.getExposedPorts()).orElse(new ExposedPort[0])) {
            ports.add(port.getPort() + "/" + port.getProtocol());
        }
        return new ImageConfig(
                name,
                inspection.getId(),
                Optional.ofNullable(inspection.getRepoDigests()).orElse(List.of()),
                Optional.ofNullable(config.getUser()).orElse(""),
                env,
                Optional.ofNullable(config.getLabels()).orElse(Map.of()),
                ports,
                list(config.getCmd()),
                list(config.getEntrypoint()),
                Optional.ofNullable(config.getWorkingDir()).orElse(""),
                Optional.ofNullable(inspection.getSize()).orElse(0L));
    }

    /**
     * Returns the value of an environment variable of the image, if set.
     */
    public Optional<String> envValue(String variable) {
        return Optional.ofNullable(env.get(variable));
    }

    /**
     * Returns the image's digest where it came from a registry, else its id: what a report
     * should name so the image can be found again.
     */
    public String digestOrId() {
        return repoDigests.isEmpty() ? id : repoDigests.get(0);
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }
}
