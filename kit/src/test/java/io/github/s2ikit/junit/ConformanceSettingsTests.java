package io.github.s2ikit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

class ConformanceSettingsTests {

    @Test
    void defaults_to_the_reference_platform() {
        ConformanceSettings settings = ConformanceSettings.from(name -> null);

        assertThat(settings.platform().id()).isEqualTo("reference");
        assertThat(settings.platform().isReference()).isTrue();
    }

    @Test
    void image_overrides_replace_the_platform_names() {
        Map<String, String> properties = Map.of(
                ConformanceSettings.PLATFORM, "c9s",
                ConformanceSettings.MINIMAL_IMAGE, "candidate/minimal:1");

        ConformanceSettings settings = ConformanceSettings.from(properties::get);

        assertThat(settings.platform().id()).isEqualTo("c9s-3.11");
        assertThat(settings.platform().minimalImage()).hasValue("candidate/minimal:1");
        assertThat(settings.platform().fullImage()).hasValue("quay.io/sclorg/python-311-c9s:c9s");
    }

    @Test
    void unknown_platform_lists_the_valid_ones() {
        Map<String, String> properties = Map.of(ConformanceSettings.PLATFORM, "fedora");

        assertThatThrownBy(() -> ConformanceSettings.from(properties::get))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("Invalid value 'fedora' of system property conformance.platform")
                .hasMessageContaining("reference, c9s-3.11, c9s-3.12, el8-3.11");
    }

    @Test
    void image_name_with_space_is_rejected() {
        Map<String, String> properties = Map.of(ConformanceSettings.FULL_IMAGE, "my image");

        assertThatThrownBy(() -> ConformanceSettings.from(properties::get))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("conformance.full.image");
    }
}
