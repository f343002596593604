package io.github.s2ikit.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Polls an HTTP URL from the host until it responds with the expected status, within a bound.
 *
 * <p>Polling from the host works for any image, with no tool inside it. A failure names the URL,
 * the expected and the last seen status or error, the timeout, and the tail of the log the caller
 * supplies.
 */
public final class HttpReadiness {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private HttpReadiness() {
    }

    /**
     * Waits until a GET of the URL returns the expected status and returns that response.
     *
     * @param url the URL to poll
     * @param expectedStatus the status to wait for, for example 200
     * @param timeout how long to keep trying
     * @param log supplies the server's log for a failure message
     * @throws HttpNotReadyException when the status was not seen within the timeout
     */
    public static HttpResponse<String> awaitStatus(URI url, int expectedStatus, Duration timeout, Supplier<String> log) {
        return awaitStatus(url, expectedStatus, timeout, log, Optional::empty);
    }

    /**
     * Waits until a GET of the URL returns the expected status, and gives up as soon as the
     * server has stopped, so that an app that crashes at start fails in seconds, not after the
     * whole timeout.
     *
     * @param url the URL to poll
     * @param expectedStatus the status to wait for, for example 200
     * @param timeout how long to keep trying
     * @param log supplies the server's log for a failure message
     * @param stopped checked before each request: empty while the server runs, otherwise how it
     *     ended, such as {@code "the container exited with status 1"}
     * @throws HttpNotReadyException when the status was not seen within the timeout or the server
     *     stopped first
     */
    public static HttpResponse<String> awaitStatus(URI url, int expectedStatus, Duration timeout, Supplier<String> log,
            Supplier<Optional<String>> stopped) {
        AtomicReference<String> lastSeen = new AtomicReference<>("no answer yet");
        AtomicReference<HttpResponse<String>> response = new AtomicReference<>();
        AtomicReference<String> ended = new AtomicReference<>();
        try {
            Awaitility.await()
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        Optional<String> end = stopped.get();
                        if (end.isPresent()) {
                            ended.set(end.get());
                            return true;
                        }
                        try {
                            HttpResponse<String> answer = get(url);
                            lastSeen.set("status " + answer.statusCode());
                            response.set(answer);
                            return answer.statusCode() == expectedStatus;
                        } catch (IOException e) {
                            lastSeen.set(e.getClass().getSimpleName()
                                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
                            return false;
                        }
                    });
        } catch (ConditionTimeoutException e) {
            throw new HttpNotReadyException("GET " + url + " did not return status " + expectedStatus + " within "
                    + timeout.toSeconds() + " s (last: " + lastSeen.get() + ").\nLast lines of the app's log:\n"
                    + tail(log.get(), 30)
                    + "\nCheck that the app listens on 0.0.0.0:8080 and that it started (see the log above).");
        }

        if (ended.get() != null) {
            throw new HttpNotReadyException("GET " + url + " never returned status " + expectedStatus + ": "
                    + ended.get() + " (last: " + lastSeen.get() + ").\nLast lines of the app's log:\n"
                    + tail(log.get(), 30)
                    + "\nThe log above shows why the app stopped; run the image with the same command to reproduce it.");
        }
        return response.get();
    }

    /**
     * Sends one GET with a ten-second timeout.
     *
     * @throws IOException when the request fails
     */
    public static HttpResponse<String> get(URI url) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET().build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while requesting " + url, e);
        }
    }

    private static String tail(String text, int lines) {
        String[] all = text.strip().split("\n");
        StringBuilder tail = new StringBuilder();
        for (int i = Math.max(0, all.length - lines); i < all.length; i++) {
            tail.append("  ").append(all[i]).append('\n');
        }
        return tail.length() == 0 ? "  (empty)\n" : tail.toString();
    }
}
