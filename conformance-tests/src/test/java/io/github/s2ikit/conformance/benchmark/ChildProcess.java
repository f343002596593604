package io.github.s2ikit.conformance.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one program as a separate process and times it as a whole, from before the process is
 * started to after it exited. Its standard output and error go to a log file.
 */
final class ChildProcess {

    private static final Duration KILL_GRACE = Duration.ofSeconds(30);

    private ChildProcess() {
    }

    /**
     * Starts a JVM on this JVM's classpath that runs the main class.
     *
     * @param systemProperties {@code -D} options, each as {@code name=value}
     */
    static Outcome java(Class<?> mainClass, List<String> systemProperties, List<String> args, Path workingDir,
            Path log, Duration timeout) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        systemProperties.forEach(property -> command.add("-D" + property));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(args);
        return run(command, workingDir, log, timeout);
    }

    /**
     * Runs the command and waits for it, at most for the timeout. On timeout the process is asked
     * to stop (so that its shutdown hooks remove its containers), and killed after 30 s more.
     */
    static Outcome run(List<String> command, Path workingDir, Path log, Duration timeout) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // Python writes no bytecode next to the benchmark's test module.
            builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
            long start = System.nanoTime();
            Process process = builder.start();
            boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            long end = System.nanoTime();
            if (!exited) {
                process.destroy();
                if (!process.waitFor(KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor();
                }
                return new Outcome(-1, (end - start) / 1e6, true, log);
            }
            return new Outcome(process.exitValue(), (end - start) / 1e6, false, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command.get(0) + "; see " + log, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.get(0), e);
        }
    }

    /**
     * How a process ended.
     *
     * @param exitCode the exit status, -1 after a timeout
     * @param wallMillis the wall time from before the start to after the exit
     * @param timedOut whether it was stopped at the timeout
     * @param log the file with its output
     */
    record Outcome(int exitCode, double wallMillis, boolean timedOut, Path log) {

        boolean succeeded() {
            return !timedOut && exitCode == 0;
        }

        /** Returns the process's output. */
        String output() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                return "(could not read " + log + ": " + e.getMessage() + ")";
            }
        }

        /** Returns a short description for messages, such as {@code exit 1, log: target/...}. */
        String describe() {
            return (timedOut ? "timed out" : "exit " + exitCode) + ", log: " + log;
        }
    }
}
