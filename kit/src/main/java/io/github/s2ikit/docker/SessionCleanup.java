package io.github.s2ikit.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * Removes every container and network this JVM's session created, found by the session label.
 *
 * <p>The kit stops what it starts as soon as it is done with it; this is the net under that, for
 * a test that failed half-way. It runs when the JUnit extension's session closes and, as a last
 * resort, from a JVM shutdown hook. It is needed because the reaper container of Testcontainers
 * usually runs disabled where no registry is reachable. Images kept as a build cache stay.
 */
public final class SessionCleanup {

    private static final Logger LOG = LoggerFactory.getLogger(SessionCleanup.class);

    private static final AtomicBoolean HOOK_ADDED = new AtomicBoolean();

    private SessionCleanup() {
    }

    /**
     * Makes sure the cleanup also runs when the JVM exits; calling it again does nothing.
     */
    public static void registerShutdownHook() {
        if (HOOK_ADDED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(SessionCleanup::removeAll, "s2ikit-cleanup"));
        }
    }

    /**
     * Removes the session's containers, then its networks, and logs what could not be removed.
     *
     * @return how many containers and networks were removed
     */
    public static int removeAll() {
        if (!Engine.isAvailable()) {
            return 0;
        }
        DockerClient client = DockerClientFactory.instance().client();
        Map<String, String> filter = Map.of(KitLabels.SESSION, KitLabels.SESSION_ID);
        int removed = 0;

        List<Container> containers = client.listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(filter)
                .exec();
        for (Container container : containers) {
            try {
                client.removeContainerCmd(container.getId()).withForce(true).withRemoveVolumes(true).exec();
                removed++;
            } catch (RuntimeException e) {
                LOG.warn("Could not remove container {} ({}): {}; remove it with 'docker rm -f {}'",
                        container.getId(), container.getImage(), e.getMessage(), container.getId());
            }
        }

        List<Network> networks = client.listNetworksCmd()
                .withFilter("label", List.of(KitLabels.SESSION + "=" + KitLabels.SESSION_ID))
                .exec();
        for (Network network : networks) {
            try {
                client.removeNetworkCmd(network.getId()).exec();
                removed++;
            } catch (RuntimeException e) {
                LOG.warn("Could not remove network {}: {}; remove it with 'docker network rm {}'",
                        network.getName(), e.getMessage(), network.getName());
            }
        }

        if (removed > 0) {
            LOG.info("Removed {} leftover containers and networks of this session", removed);
        }
        return removed;
    }
}
