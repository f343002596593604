package io.github.s2ikit.conformance.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Starts the runner again in a child JVM whose environment has the Testcontainers settings the
 * Maven build gives the suite, when the user's environment lacks them.
 *
 * <p>Testcontainers reads {@value #RYUK_DISABLED} and {@value #HOST_OVERRIDE} only from the
 * environment, which a running JVM cannot change. Without the first, Testcontainers starts its
 * reaper container, whose image must come from a registry: where none is reachable it retries for
 * minutes before it fails. The kit removes its own containers, so the reaper adds nothing. The
 * second makes clients reach published ports on {@code localhost}, which is right for a local
 * engine only, so it is set only when {@code DOCKER_HOST} is unset or a Unix socket.
 *
 * <p>A variable that the user set, to any value, is kept, and then no child is started when both
 * are set. The child is started only from the runner jar, because it runs {@code java -jar} on
 * that jar, with the parent's JVM options such as {@code -D} settings.
 */
final class ChildRunner {

    static final String RYUK_DISABLED = KitContainerEngine.RYUK_DISABLED;

    static final String HOST_OVERRIDE = "TESTCONTAINERS_HOST_OVERRIDE";

    private ChildRunner() {
    }

    /**
     * Runs the runner in a child JVM when the environment lacks a setting and returns the child's
     * exit status, or returns empty when this JVM should run the suite itself.
     */
    static OptionalInt runIfNeeded(String[] args, PrintStream err) {
        Map<String, String> missing = missingSettings(System.getenv());
        Optional<Path> jar = runnerJar();
        if (missing.isEmpty() || jar.isEmpty()) {
            return OptionalInt.empty();
        }

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-jar");
        command.add(jar.get().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(missing);

        try {
            Process child = builder.start();
            // Ctrl-C or a CI job's SIGTERM reaches this JVM. The child must stop too, so that the
            // kit's cleanup in the child runs and no container is left.
            Thread stopChild = new Thread(() -> stop(child), "s2ikit-runner-child-stop");
            Runtime.getRuntime().addShutdownHook(stopChild);
            int status = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stopChild);
            return OptionalInt.of(status);
        } catch (IOException e) {
            err.println(RunnerCommand.NAME + ": failed to start the runner's JVM with " + missing + " ("
                    + e.getMessage() + "). Set those environment variables yourself and run again.");
            return OptionalInt.of(ExitStatus.INVALID);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(ExitStatus.INVALID);
        }
    }

    /**
     * Returns the Testcontainers settings the environment lacks, with the values the Maven build
     * uses.
     */
    static Map<String, String> missingSettings(Map<String, String> environment) {
        Map<String, String> missing = new LinkedHashMap<>();
        if (!environment.containsKey(RYUK_DISABLED)) {
            missing.put(RYUK_DISABLED, "true");
        }
        String dockerHost = environment.getOrDefault("DOCKER_HOST", "");
        boolean localEngine = dockerHost.isEmpty() || dockerHost.startsWith("unix://");
        if (!environment.containsKey(HOST_OVERRIDE) && localEngine) {
            missing.put(HOST_OVERRIDE, "localhost");
        }
        return missing;
    }

    /** Returns the jar this class was loaded from, or empty when it came from a class folder. */
    private static Optional<Path> runnerJar() {
        CodeSource source = ChildRunner.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            boolean jar = Files.isRegularFile(location) && location.toString().endsWith(".jar");
            return jar ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static void stop(Process child) {
        child.destroy();
        try {
            child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
