package io.github.s2ikit.container;

import com.github.dockerjava.api.command.InspectContainerResponse;
import io.github.s2ikit.docker.Engine;
import io.github.s2ikit.docker.Exec;
import io.github.s2ikit.docker.ExecResult;
import io.github.s2ikit.docker.KitLabels;
import io.github.s2ikit.docker.SessionCleanup;
import io.github.s2ikit.http.HttpReadiness;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A running container of an app image, serving HTTP on port 8080, with the URL to reach it from
 * the host.
 *
 * <p>Start one with {@link #of(String)}, configure it, then {@link #start()}; close it to stop and
 * remove the container.
 */
public final class AppContainer implements AutoCloseable {

    /** The port s2i apps listen on. */
    public static final int PORT = 8080;

    private final String image;
    private final String user;
    private final Map<String, String> environment;
    private GenericContainer<?> container;

    private AppContainer(String image, String user, Map<String, String> environment) {
        this.image = image;
        this.user = user;
        this.environment = environment;
    }

    /** Describes a container of the image that runs its default command as the image's user. */
    public static AppContainer of(String image) {
        Objects.requireNonNull(image, "The image should not be null");
        return new AppContainer(image, null, Map.of());
    }

    /** Returns a copy that runs as the given user, for example {@code 100001:0}. */
    public AppContainer withUser(String runAs) {
        return new AppContainer(image, runAs, environment);
    }

    /** Returns a copy with one more environment variable. */
    public AppContainer withEnv(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(environment);
        copy.put(name, value);
        return new AppContainer(image, user, copy);
    }

    /**
     * Starts the container and returns this app. It does not wait for HTTP: call
     * {@link #awaitHttp(String, int, Duration)}.
     *
     * @throws ContainerStartException when the container does not start
     */
    public AppContainer start() {
        SessionCleanup.registerShutdownHook();
        GenericContainer<?> started = new GenericContainer<>(DockerImageName.parse(image))
                .withExposedPorts(PORT)
                .withLabels(KitLabels.session())
                .withEnv(environment)
                .withStartupTimeout(Duration.ofSeconds(60))
                .waitingFor(new NoWait());
        if (user != null) {
            started.withCreateContainerCmdModifier(cmd -> cmd.withUser(user));
        }
        try {
            started.start();
        } catch (RuntimeException e) {
            String logs = logsOf(started);
            started.stop();
            throw new ContainerStartException("Could not start the app image " + image
                    + (user == null ? "" : " as user " + user) + ": " + e.getMessage()
                    + "\nIts log:\n" + logs, e);
        }
        this.container = started;
        return this;
    }

    /** Returns the image name. */
    public String image() {
        return image;
    }

    /** Returns the user the container runs as, or empty for the image's user. */
    public String user() {
        return user == null ? "" : user;
    }

    /** Returns the container's id. */
    public String containerId() {
        return running().getContainerId();
    }

    /** Returns the URL of port 8080 as the host reaches it, with the given path. */
    public URI url(String path) {
        GenericContainer<?> c = running();
        String slash = path.startsWith("/") ? "" : "/";
        return URI.create("http://" + c.getHost() + ":" + c.getMappedPort(PORT) + slash + path);
    }

    /**
     * Waits until a GET of the path returns the status and returns the response.
     *
     * @throws io.github.s2ikit.http.HttpNotReadyException with the URL and the log tail on timeout
     */
    public HttpResponse<String> awaitHttp(String path, int status, Duration timeout) {
        return HttpReadiness.awaitStatus(url(path), status, timeout, this::logs, this::exitStatus);
    }

    /**
     * Returns how the container ended, or empty while it runs. One inspect per call, which the
     * 200 ms poll of {@link #awaitHttp} can afford.
     */
    private Optional<String> exitStatus() {
        var state = Engine.client().inspectContainerCmd(containerId()).exec().getState();
        if (Boolean.TRUE.equals(state.getRunning())) {
            return Optional.empty();
        }
        Long exitCode = state.getExitCodeLong();
        return Optional.of("the container exited with status " + (exitCode == null ? "unknown" : exitCode));
    }

    /** Returns what the container printed so far. */
    public String logs() {
        return container == null ? "" : logsOf(container);
    }

    /**
     * Runs a command in the app's container, as the container's user, with a one-minute timeout.
     */
    public ExecResult exec(String... command) {
        return Exec.in(containerId(), List.of(command)).run();
    }

    /**
     * Reads the command line and the real uid and gid of a process of the container from
     * {@code /proc}; PID 1 is what the image's command became, such as the app server that
     * {@code run} replaced itself with.
     *
     * @throws IllegalStateException when {@code /proc} of that process cannot be read
     */
    public ProcessInfo process(int pid) {
        ExecResult result = exec("/bin/sh", "-c",
                "tr '\\0' '\\n' < /proc/" + pid + "/cmdline; echo '--'; grep -E '^(Uid|Gid):' /proc/" + pid + "/status");
        if (!result.succeeded()) {
            throw new IllegalStateException("Could not read /proc/" + pid + " in the app container of " + image + ": "
                    + result.tail(5));
        }
        String[] parts = result.stdout().split("--\n", 2);
        List<String> commandLine = parts[0].lines().toList();
        int uid = -1;
        int gid = -1;
        for (String line : parts.length > 1 ? parts[1].split("\n") : new String[0]) {
            String[] fields = line.split("\\s+");
            if (line.startsWith("Uid:")) {
                uid = Integer.parseInt(fields[1]);
            } else if (line.startsWith("Gid:")) {
                gid = Integer.parseInt(fields[1]);
            }
        }
        return new ProcessInfo(pid, commandLine, uid, gid);
    }

    /**
     * Stops the container as {@code docker stop} does: SIGTERM, then SIGKILL after the grace
     * period. Returns the exit status and how long the container took to end.
     */
    public Stopped stop(Duration gracePeriod) {
        var client = Engine.client();
        long start = System.nanoTime();
        client.stopContainerCmd(containerId()).withTimeout((int) gracePeriod.toSeconds()).exec();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Long exitCode = client.inspectContainerCmd(containerId()).exec().getState().getExitCodeLong();
        return new Stopped(exitCode == null ? -1 : exitCode.intValue(), took, logs());
    }

    /**
     * How a stopped container ended.
     *
     * @param exitCode the container's exit status
     * @param took how long the stop took, from SIGTERM to the container's end
     * @param logs what the container printed
     */
    public record Stopped(int exitCode, Duration took, String logs) {
    }

    /** Tells whether the container is still running. */
    public boolean isRunning() {
        InspectContainerResponse.ContainerState state = running().getCurrentContainerInfo().getState();
        return Boolean.TRUE.equals(state.getRunning());
    }

    /** Stops and removes the container. */
    @Override
    public void close() {
        if (container != null) {
            container.stop();
        }
    }

    private GenericContainer<?> running() {
        if (container == null) {
            throw new IllegalStateException("The app container of " + image + " is not started; call start() first");
        }
        return container;
    }

    private static String logsOf(GenericContainer<?> container) {
        try {
            return container.getLogs();
        } catch (RuntimeException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
