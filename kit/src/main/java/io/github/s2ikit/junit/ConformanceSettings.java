package io.github.s2ikit.junit;

import io.github.s2ikit.platform.Platform;
import io.github.s2ikit.platform.Platforms;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The platform and image names a run targets, read from system properties.
 *
 * @param platform the platform, with any image overrides applied
 */
public record ConformanceSettings(Platform platform) {

    /** System property: the platform id. */
    public static final String PLATFORM = "conformance.platform";

    /** System property: the minimal image's name, replacing the platform's. */
    public static final String MINIMAL_IMAGE = "conformance.minimal.image";

    /** System property: the full image's name, replacing the platform's. */
    public static final String FULL_IMAGE = "conformance.full.image";

    /**
     * Reads the settings from the JVM's system properties.
     *
     * @throws ExtensionConfigurationException naming the property and the valid values
     */
    public static ConformanceSettings fromSystemProperties() {
        return from(System::getProperty);
    }

    /**
     * Reads the settings from a property source.
     *
     * @throws ExtensionConfigurationException naming the property and the valid values
     */
    public static ConformanceSettings from(UnaryOperator<String> properties) {
        String id = Optional.ofNullable(properties.apply(PLATFORM)).map(String::strip).filter(s -> !s.isEmpty())
                .orElse(Platforms.REFERENCE.id());
        Platform platform = Platforms.find(id).orElseThrow(() -> new ExtensionConfigurationException(
                "Invalid value '" + id + "' of system property " + PLATFORM + "; valid values: "
                        + String.join(", ", Platforms.all().stream().map(Platform::id).toList())));
        Optional<String> minimal = image(properties, MINIMAL_IMAGE);
        Optional<String> full = image(properties, FULL_IMAGE);
        return new ConformanceSettings(platform.withImages(minimal, full));
    }

    private static Optional<String> image(UnaryOperator<String> properties, String property) {
        String value = properties.apply(property);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String name = value.strip();
        if (name.contains(" ")) {
            throw new ExtensionConfigurationException(
                    "Invalid image name '" + name + "' in system property " + property + ": it contains a space");
        }
        return Optional.of(name);
    }
}
