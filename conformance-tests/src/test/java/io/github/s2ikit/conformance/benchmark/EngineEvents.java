package io.github.s2ikit.conformance.benchmark;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.EventsCmd;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventType;
import io.github.s2ikit.docker.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A recording of the engine's container events ({@code docker events --filter type=container}),
 * from which the benchmark counts the containers and {@code exec}s that a piece of work cost. The
 * counts come from the engine, so they show what the kit did rather than what it meant to do.
 */
final class EngineEvents implements AutoCloseable {

    /** How long the stream must stay silent before {@link #awaitQuiet()} returns. */
    private static final long QUIET_MILLIS = 300;

    /** The longest {@link #awaitQuiet()} waits for silence. */
    private static final long MAX_WAIT_MILLIS = 3_000;

    private final List<Event> events = new ArrayList<>();
    private final ResultCallback.Adapter<Event> callback;
    private long lastEventNanos = System.nanoTime();

    private EngineEvents(EventsCmd command) {
        callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Event event) {
                record(event);
            }
        };
        command.exec(callback);
        try {
            if (!callback.awaitStarted(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The engine's event stream did not start within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the engine's event stream", e);
        }
    }

    /** Starts recording the events of every container. */
    static EngineEvents ofAllContainers() {
        return new EngineEvents(Engine.client().eventsCmd().withEventTypeFilter(EventType.CONTAINER));
    }

    /** Starts recording the events of the containers that carry the label, with any value. */
    static EngineEvents ofContainersLabelled(String label) {
        return new EngineEvents(Engine.client().eventsCmd()
                .withEventTypeFilter(EventType.CONTAINER)
                .withLabelFilter(label));
    }

    /** Starts recording the events of the containers that carry the label with the value. */
    static EngineEvents ofContainersLabelled(String label, String value) {
        return new EngineEvents(Engine.client().eventsCmd()
                .withEventTypeFilter(EventType.CONTAINER)
                .withLabelFilter(Map.of(label, value)));
    }

    private synchronized void record(Event event) {
        events.add(event);
        lastEventNanos = System.nanoTime();
    }

    /** Returns how many events were recorded so far, as a mark for {@link #since(int)}. */
    synchronized int mark() {
        return events.size();
    }

    /** Returns the events recorded after the mark. */
    synchronized List<Event> since(int mark) {
        return List.copyOf(events.subList(mark, events.size()));
    }

    /** Returns every event recorded so far. */
    synchronized List<Event> all() {
        return List.copyOf(events);
    }

    /**
     * Waits until no event has arrived for a moment, so that the events of work that just ended
     * are recorded. The engine sends an event as it acts, but it reaches this stream a little later.
     */
    void awaitQuiet() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
        while (System.nanoTime() < deadline) {
            long silentNanos;
            synchronized (this) {
                silentNanos = System.nanoTime() - lastEventNanos;
            }
            if (silentNanos >= TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS)) {
                return;
            }
            sleep(50);
        }
    }

    @Override
    public void close() {
        try {
            callback.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the engine's event stream", e);
        }
    }

    /**
     * Counts the containers created and the {@code exec}s created among the events, for each image.
     */
    static Counts count(List<Event> events, Predicate<Event> filter) {
        Map<String, Integer> containers = new TreeMap<>();
        Map<String, Integer> execs = new TreeMap<>();
        for (Event event : events) {
            if (!filter.test(event) || event.getAction() == null) {
                continue;
            }
            String image = Objects.requireNonNullElse(attributes(event).get("image"), "(unknown image)");
            // The engine names an exec event "exec_create: COMMAND ARGS".
            if (event.getAction().equals("create")) {
                containers.merge(image, 1, Integer::sum);
            } else if (event.getAction().startsWith("exec_create")) {
                execs.merge(image, 1, Integer::sum);
            }
        }
        return new Counts(sum(containers), sum(execs), containers, execs);
    }

    /** Returns the labels and other attributes the engine sent with the event. */
    static Map<String, String> attributes(Event event) {
        if (event.getActor() == null || event.getActor().getAttributes() == null) {
            return Map.of();
        }
        return event.getActor().getAttributes();
    }

    /** Returns the id of the container the event is about. */
    static String containerId(Event event) {
        return event.getActor() != null && event.getActor().getId() != null ? event.getActor().getId() : event.getId();
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Containers and {@code exec}s created.
     *
     * @param containersCreated how many containers were created
     * @param execsCreated how many {@code exec}s were created
     * @param containersByImage containers created, by image name
     * @param execsByImage {@code exec}s created, by the image name of their container
     */
    record Counts(int containersCreated, int execsCreated, Map<String, Integer> containersByImage,
            Map<String, Integer> execsByImage) {
    }
}
