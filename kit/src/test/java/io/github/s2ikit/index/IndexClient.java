package io.github.s2ikit.index;

import io.github.s2ikit.docker.Exec;
import io.github.s2ikit.docker.ExecResult;
import io.github.s2ikit.docker.KitLabels;
import java.time.Duration;
import java.util.List;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * An idle container on a package index's network, in which tests run pip against the index.
 */
final class IndexClient implements AutoCloseable {

    private final PackageIndex index;
    private final GenericContainer<?> container;

    private IndexClient(PackageIndex index, GenericContainer<?> container) {
        this.index = index;
        this.container = container;
    }

    /** Starts an idle container of the image, as the image's user, on the index's network. */
    static IndexClient start(String image, PackageIndex index) {
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
                .withCommand("sleep", "infinity")
                .withLabels(KitLabels.session())
                .withNetworkMode(index.networkName())
                // Podman does not resolve the index's network alias in other containers, so the
                // client also gets a host entry for it, as the kit's builds do.
                .withExtraHost(index.trustedHost(), index.ipAddress());
        container.start();
        return new IndexClient(index, container);
    }

    /** Runs a bash script with PIP_INDEX_URL and PIP_TRUSTED_HOST pointing at the index. */
    ExecResult run(String script) {
        return Exec.in(container.getContainerId(), List.of("bash", "-c", script))
                .withEnvironment(index.pipEnvironment())
                .withTimeout(Duration.ofMinutes(5))
                .run();
    }

    @Override
    public void close() {
        container.stop();
    }
}
