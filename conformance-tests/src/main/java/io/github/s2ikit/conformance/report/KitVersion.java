package io.github.s2ikit.conformance.report;

import io.github.s2ikit.docker.Engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads the version of the kit (the {@code io.github.s2ikit:s2ikit} jar) that the run uses.
 *
 * <p>The version comes from the jar's manifest ({@code Implementation-Version}) or else from the
 * Maven descriptor ({@code META-INF/maven/io.github.s2ikit/s2ikit/pom.properties}) that Maven puts
 * into the jar. Classes loaded from a folder, as in an IDE or a Maven build that stops before
 * {@code package}, have neither.
 */
final class KitVersion {

    /** The class path resource of the kit's Maven descriptor. */
    static final String POM_PROPERTIES = "META-INF/maven/io.github.s2ikit/s2ikit/pom.properties";

    /** The value reported when the kit's classes carry no version. */
    static final String UNKNOWN = "unknown (the kit's classes were not loaded from its jar)";

    private KitVersion() {
    }

    /**
     * Returns the kit's version, or {@value #UNKNOWN}.
     */
    static String read() {
        String fromManifest = Engine.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            return fromManifest.strip();
        }
        return fromPomProperties(Engine.class.getClassLoader()).orElse(UNKNOWN);
    }

    static Optional<String> fromPomProperties(ClassLoader classLoader) {
        try (InputStream input = classLoader.getResourceAsStream(POM_PROPERTIES)) {
            if (input == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(input);
            return Optional.ofNullable(properties.getProperty("version")).map(String::strip).filter(v -> !v.isEmpty());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
