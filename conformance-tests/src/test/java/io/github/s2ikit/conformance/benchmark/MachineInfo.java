package io.github.s2ikit.conformance.benchmark;

import io.github.s2ikit.docker.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the figures were measured on: the machine, the engine and the tool versions, and the load
 * average, which shows whether other work ran at the same time.
 */
final class MachineInfo {

    private MachineInfo() {
    }

    /** Collects the facts: the core count as a number, the rest as text. */
    static Map<String, Object> collect(String python, Path repository) {
        Map<String, Object> info = Results.ordered();
        info.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown"));
        info.put("cores", Runtime.getRuntime().availableProcessors());
        info.put("memory", firstValue(Path.of("/proc/meminfo"), "MemTotal").orElse("unknown"));
        info.put("os", osName() + ", kernel " + System.getProperty("os.version"));
        info.put("engine", engineVersion());
        info.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        info.put("python", output(List.of(python, "-c",
                "import importlib.metadata as m, platform; print('Python', platform.python_version(), "
                        + "'pytest', m.version('pytest'), 'pytest-testinfra', m.version('pytest-testinfra'))"),
                repository).orElse("unknown (" + python + " could not report the versions)"));
        info.put("commit", output(List.of("git", "rev-parse", "--short", "HEAD"), repository)
                .map(commit -> commit + output(List.of("git", "status", "--porcelain", "--untracked-files=no"), repository)
                        .filter(changes -> !changes.isEmpty()).map(changes -> " with uncommitted changes").orElse(""))
                .orElse("unknown (not a git checkout)"));
        info.put("loadAverageAtStart", loadAverage());
        return info;
    }

    /** Returns the 1, 5 and 15 minute load averages of {@code /proc/loadavg}. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String osName() {
        return firstValue(Path.of("/etc/os-release"), "PRETTY_NAME").map(value -> value.replace("\"", ""))
                .orElse(System.getProperty("os.name"));
    }

    private static String engineVersion() {
        try {
            var version = Engine.client().versionCmd().exec();
            return "Docker Engine " + version.getVersion() + " (API " + version.getApiVersion() + ")";
        } catch (RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** Returns the value of the first {@code KEY: value} or {@code KEY=value} line of a file. */
    private static Optional<String> firstValue(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    String value = line.substring(key.length()).strip();
                    return Optional.of(value.replaceFirst("^[:=]\\s*", ""));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Runs a short command and returns the first line of its output, empty when it failed. */
    private static Optional<String> output(List<String> command, Path workingDir) {
        try {
            Path log = Files.createTempFile("s2ikit-benchmark", ".log");
            ChildProcess.Outcome outcome = ChildProcess.run(command, workingDir, log, Duration.ofSeconds(30));
            String output = outcome.output().strip();
            Files.deleteIfExists(log);
            return outcome.succeeded() ? Optional.of(output.lines().findFirst().orElse("")) : Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
