package io.github.s2ikit.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackageManagerTests {

    @Test
    void apt_get_refreshes_installs_and_cleans() {
        String command = PackageManager.APT_GET.installCommand(List.of("gcc", "python3.11-dev"));

        assertThat(command).isEqualTo("apt-get update && apt-get install -y --no-install-recommends gcc python3.11-dev"
                + " && apt-get clean && rm -rf /var/lib/apt/lists/*");
    }

    @Test
    void microdnf_installs_without_refresh() {
        String command = PackageManager.MICRODNF.installCommand(List.of("httpd"));

        assertThat(command).startsWith("microdnf -y").contains("install httpd").endsWith("microdnf -y clean all");
    }

    @Test
    void empty_package_list_is_rejected() {
        assertThatThrownBy(() -> PackageManager.APT_GET.installCommand(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void platforms_are_found_by_id_and_alias() {
        assertThat(Platforms.find("c9s")).contains(Platforms.C9S_311);
        assertThat(Platforms.find("c9s-3.12")).contains(Platforms.C9S_312);
        assertThat(Platforms.find("el8")).contains(Platforms.EL8_311);
        assertThat(Platforms.C9S_312.compilerPackages()).containsExactly("gcc", "python3.12-devel");
        assertThat(Platforms.REFERENCE.packageManager()).isEqualTo(PackageManager.APT_GET);
        assertThatThrownBy(() -> Platforms.byId("alpine")).hasMessageContaining("known platforms: reference");
    }
}
