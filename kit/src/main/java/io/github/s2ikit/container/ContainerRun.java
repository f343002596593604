package io.github.s2ikit.container;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.model.Frame;
import io.github.s2ikit.docker.Engine;
import io.github.s2ikit.docker.KitLabels;
import io.github.s2ikit.docker.SessionCleanup;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs a container to completion, like {@code docker run --rm IMAGE [COMMAND]}, and returns its
 * exit status and output. For commands that end by themselves: the usage text, an app with
 * nothing to run.
 */
public final class ContainerRun {

    private final String image;
    private final List<String> entrypoint;
    private final List<String> command;
    private final String user;
    private final Map<String, String> environment;
    private final Duration timeout;

    private ContainerRun(String image, List<String> entrypoint, List<String> command, String user,
            Map<String, String> environment, Duration timeout) {
        this.image = image;
        this.entrypoint = entrypoint;
        this.command = command;
        this.user = user;
        this.environment = environment;
        this.timeout = timeout;
    }

    /** Describes a run of the image's default command, as its user, with a one-minute timeout. */
    public static ContainerRun of(String image) {
        Objects.requireNonNull(image, "The image should not be null");
        return new ContainerRun(image, List.of(), List.of(), null, Map.of(), Duration.ofMinutes(1));
    }

    /**
     * Returns a copy that runs the given entrypoint instead of the image's, as
     * {@code docker run --entrypoint} does; the command becomes its arguments.
     */
    public ContainerRun withEntrypoint(String... executableAndArguments) {
        return new ContainerRun(image, List.of(executableAndArguments), command, user, environment, timeout);
    }

    /** Returns a copy that runs the given command instead of the image's default one. */
    public ContainerRun withCommand(String... arguments) {
        return new ContainerRun(image, entrypoint, List.of(arguments), user, environment, timeout);
    }

    /** Returns a copy that runs as the given user ({@code uid} or {@code uid:gid}). */
    public ContainerRun withUser(String runAs) {
        return new ContainerRun(image, entrypoint, command, runAs, environment, timeout);
    }

    /** Returns a copy with the given environment variables. */
    public ContainerRun withEnvironment(Map<String, String> variables) {
        return new ContainerRun(image, entrypoint, command, user, Map.copyOf(variables), timeout);
    }

    /** Returns a copy that waits at most the given time for the container to exit. */
    public ContainerRun withTimeout(Duration limit) {
        return new ContainerRun(image, entrypoint, command, user, environment, limit);
    }

    /**
     * Runs the container, waits for it to exit and removes it.
     *
     * @throws ContainerStartException when the container cannot be created or started
     * @throws IllegalStateException when it does not exit within the timeout
     */
    public Result run() {
        SessionCleanup.registerShutdownHook();
        DockerClient client = Engine.client();
        CreateContainerCmd create = client.createContainerCmd(image).withLabels(KitLabels.session());
        if (!entrypoint.isEmpty()) {
            create.withEntrypoint(entrypoint);
        }
        if (!command.isEmpty()) {
            create.withCmd(command);
        }
        if (user != null) {
            create.withUser(user);
        }
        if (!environment.isEmpty()) {
            create.withEnv(environment.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        }

        String id;
        try {
            id = create.exec().getId();
            client.startContainerCmd(id).exec();
        } catch (RuntimeException e) {
            throw new ContainerStartException("Could not start a container of image " + image + ": " + e.getMessage(), e);
        }

        try {
            Integer status;
            try {
                status = client.waitContainerCmd(id).start().awaitStatusCode(timeout.toSeconds(), TimeUnit.SECONDS);
            } catch (DockerClientException e) {
                throw new IllegalStateException("A container of image " + image + " with command " + command
                        + " did not exit within " + timeout.toSeconds() + " s; its output:\n" + logs(client, id), e);
            }
            return new Result(status, logs(client, id));
        } finally {
            client.removeContainerCmd(id).withForce(true).exec();
        }
    }

    private static String logs(DockerClient client, String id) {
        List<String> lines = new ArrayList<>();
        ResultCallback.Adapter<Frame> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                lines.add(new String(frame.getPayload(), StandardCharsets.UTF_8));
            }
        };
        try (callback) {
            client.logContainerCmd(id).withStdOut(true).withStdErr(true).exec(callback).awaitCompletion(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.io.IOException e) {
            // The logs are for messages only; a failure to close the stream loses nothing else.
        }
        return String.join("", lines);
    }

    /**
     * How a container run ended.
     *
     * @param exitCode the container's exit status
     * @param output what the container printed, standard output and error interleaved
     */
    public record Result(int exitCode, String output) {
    }
}
