package io.github.s2ikit.junit;

import io.github.s2ikit.container.ImageContainer;
import io.github.s2ikit.docker.Engine;
import io.github.s2ikit.docker.SessionCleanup;
import io.github.s2ikit.facts.ContainerFacts;
import io.github.s2ikit.facts.ProbeRequest;
import io.github.s2ikit.platform.ImageRole;
import io.github.s2ikit.platform.Platform;
import io.github.s2ikit.platform.PlatformImage;
import io.github.s2ikit.platform.PlatformImages;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state one test run shares across all conformance test classes: the platform, its resolved
 * images, one idle container per image and that container's facts. Closed by JUnit when the run
 * ends, which stops the containers.
 */
final class ConformanceSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConformanceSession.class);

    private final PlatformImages images;
    private final Map<ImageRole, ImageContainer> containers = new EnumMap<>(ImageRole.class);
    private final Map<ImageRole, ContainerFacts> facts = new EnumMap<>(ImageRole.class);

    ConformanceSession(ConformanceSettings settings) {
        Engine.requireAvailable();
        SessionCleanup.registerShutdownHook();
        this.images = new PlatformImages(settings.platform());
        LOG.info("Conformance target: platform {} ({})", settings.platform().id(), settings.platform().description());
    }

    Platform platform() {
        return images.platform();
    }

    PlatformImage image(ImageRole role) {
        return images.get(role);
    }

    synchronized ImageContainer container(ImageRole role) {
        return containers.computeIfAbsent(role, key -> ImageContainer.start(image(key).name()));
    }

    synchronized ContainerFacts facts(ImageRole role) {
        return facts.computeIfAbsent(role, key -> container(key).probe(ProbeRequest.standard()));
    }

    /**
     * Stops this session's containers. Leftovers of failed tests are removed by the JVM's shutdown
     * hook, not here: several sessions can share one JVM, such as a launcher run inside a test, and
     * one must not remove the containers another still uses.
     */
    @Override
    public synchronized void close() {
        containers.values().forEach(ImageContainer::close);
        containers.clear();
    }
}
