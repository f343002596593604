package io.github.s2ikit.conformance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ChildRunnerTests {

    @Test
    void empty_environment_gets_both_settings() {
        Map<String, String> missing = ChildRunner.missingSettings(Map.of());

        assertThat(missing).containsExactly(
                Map.entry("TESTCONTAINERS_RYUK_DISABLED", "true"),
                Map.entry("TESTCONTAINERS_HOST_OVERRIDE", "localhost"));
    }

    @Test
    void user_values_are_kept() {
        Map<String, String> missing = ChildRunner.missingSettings(Map.of(
                "TESTCONTAINERS_RYUK_DISABLED", "false", "TESTCONTAINERS_HOST_OVERRIDE", "engine.example"));

        assertThat(missing).isEmpty();
    }

    @Test
    void remote_engine_gets_no_host_override() {
        Map<String, String> missing = ChildRunner.missingSettings(Map.of("DOCKER_HOST", "tcp://10.0.0.5:2375"));

        assertThat(missing).containsExactly(Map.entry("TESTCONTAINERS_RYUK_DISABLED", "true"));
    }

    @Test
    void unix_socket_engine_gets_host_override() {
        Map<String, String> missing = ChildRunner.missingSettings(Map.of(
                "DOCKER_HOST", "unix:///run/podman/podman.sock", "TESTCONTAINERS_RYUK_DISABLED", "true"));

        assertThat(missing).containsExactly(Map.entry("TESTCONTAINERS_HOST_OVERRIDE", "localhost"));
    }
}
