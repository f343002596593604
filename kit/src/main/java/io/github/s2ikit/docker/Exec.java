package io.github.s2ikit.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.ExecCreateCmd;
import com.github.dockerjava.api.model.Frame;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command in a running container, with a timeout.
 *
 * <p>Testcontainers' {@code execInContainer} waits without a bound; a probe that hangs would stall
 * the whole suite, so every command here has one.
 */
public final class Exec {

    private final String containerId;
    private final List<String> command;
    private final Duration timeout;
    private final String user;
    private final Map<String, String> environment;

    private Exec(String containerId, List<String> command, Duration timeout, String user,
            Map<String, String> environment) {
        this.containerId = containerId;
        this.command = command;
        this.timeout = timeout;
        this.user = user;
        this.environment = environment;
    }

    /**
     * Starts describing a command to run in the given container, with a one-minute timeout, as
     * the container's user.
     */
    public static Exec in(String containerId, List<String> command) {
        Objects.requireNonNull(containerId, "The container id should not be null");
        if (command.isEmpty()) {
            throw new IllegalArgumentException("The command should not be empty");
        }
        return new Exec(containerId, List.copyOf(command), Duration.ofMinutes(1), null, Map.of());
    }

    /** Returns a copy that gives up after the given time. */
    public Exec withTimeout(Duration timeout) {
        return new Exec(containerId, command, timeout, user, environment);
    }

    /** Returns a copy that runs as the given user ({@code uid}, {@code uid:gid} or a name). */
    public Exec withUser(String user) {
        return new Exec(containerId, command, timeout, user, environment);
    }

    /** Returns a copy that adds the given variables to the container's environment. */
    public Exec withEnvironment(Map<String, String> environment) {
        return new Exec(containerId, command, timeout, user, Map.copyOf(environment));
    }

    /**
     * Runs the command and waits for it.
     *
     * @throws ExecTimeoutException when the command did not finish within the timeout
     */
    public ExecResult run() {
        DockerClient client = Engine.client();
        ExecCreateCmd create = client.execCreateCmd(containerId)
                .withCmd(command.toArray(String[]::new))
                .withAttachStdout(true)
                .withAttachStderr(true);
        if (user != null) {
            create.withUser(user);
        }
        if (!environment.isEmpty()) {
            create.withEnv(environment.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        }
        String execId = create.exec().getId();

        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        ResultCallback.Adapter<Frame> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                switch (frame.getStreamType()) {
                    case STDOUT, RAW -> stdout.writeBytes(frame.getPayload());
                    case STDERR -> stderr.writeBytes(frame.getPayload());
                    default -> { }
                }
            }
        };

        boolean finished;
        try (callback) {
            client.execStartCmd(execId).exec(callback);
            finished = callback.awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command + " in container " + shortId(), e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not close the output stream of " + command, e);
        }

        String out = stdout.toString(StandardCharsets.UTF_8);
        String err = stderr.toString(StandardCharsets.UTF_8);
        if (!finished) {
            // NOTE: the engine API cannot stop an exec; the command goes on until the container stops.
            throw new ExecTimeoutException("Command " + command + " in container " + shortId()
                    + " did not finish within " + timeout.toSeconds() + " s; output so far:\n"
                    + ExecResult.lastLines(out + err, 20));
        }
        Long exitCode = client.inspectExecCmd(execId).exec().getExitCodeLong();
        return new ExecResult(command, exitCode == null ? -1 : exitCode.intValue(), out, err);
    }

    private String shortId() {
        return containerId.length() > 12 ? containerId.substring(0, 12) : containerId;
    }
}
