package io.github.s2ikit.assertions;

import io.github.s2ikit.container.AppContainer;
import io.github.s2ikit.container.ProcessInfo;
import io.github.s2ikit.http.HttpNotReadyException;
import io.github.s2ikit.http.HttpReadiness;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a running app container. Every failure shows the tail of the app's log.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractAppContainerAssert<SELF extends AbstractAppContainerAssert<SELF>>
        extends AbstractObjectAssert<SELF, AppContainer> {

    /**
     * Creates assertions on the given running app.
     *
     * @param actual the app container under test
     * @param selfType the concrete assertion class
     */
    protected AbstractAppContainerAssert(AppContainer actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Verifies that {@code GET path} returns the status within the timeout, polling from the host.
     *
     * <pre>{@code
     * assertThat(app).respondsTo("/health", 200, Duration.ofSeconds(30));
     * }</pre>
     *
     * @throws AssertionError with the URL, the last status or error seen, and the app's log
     */
    public SELF respondsTo(String path, int status, Duration timeout) {
        response(path, status, timeout);
        return myself;
    }

    /**
     * Verifies that {@code GET path} returns the status within the timeout, with a body that
     * contains the text.
     *
     * <pre>{@code
     * assertThat(app).respondsTo("/", 200, "Hello", Duration.ofSeconds(30));
     * }</pre>
     *
     * @throws AssertionError with the URL, the body or status seen, and the app's log
     */
    public SELF respondsTo(String path, int status, String bodyContaining, Duration timeout) {
        HttpResponse<String> response = response(path, status, timeout);
        if (!response.body().contains(bodyContaining)) {
            failWithMessage("%nExpecting GET %s from%n  %s%nto return a body containing%n  %s%nbut it returned%n  %s"
                    + "%nLast lines of the app's log:%n%s", url(path), actual.image(), bodyContaining,
                    response.body().strip(), AbstractAppImageAssert.tail(actual.logs()));
        }
        return myself;
    }

    /**
     * Verifies that the app's main process (PID 1) runs as the given uid.
     *
     * @throws AssertionError showing the process found and the app's log
     */
    public SELF runsAsUid(int uid) {
        isNotNull();
        ProcessInfo process = actual.process(1);
        if (process.uid() != uid) {
            failWithMessage("%nExpecting the app in%n  %s%nto run as uid %s, but PID 1 is%n  %s%nLast lines of its log:%n%s",
                    actual.image(), uid, process, AbstractAppImageAssert.tail(actual.logs()));
        }
        return myself;
    }

    /**
     * Verifies that the app's main process (PID 1) does not run as root.
     *
     * @throws AssertionError showing the process found
     */
    public SELF doesNotRunAsRoot() {
        isNotNull();
        ProcessInfo process = actual.process(1);
        if (process.uid() == 0) {
            failWithMessage("%nExpecting the app in%n  %s%nnot to run as root, but PID 1 is%n  %s%nLast lines of its log:%n%s",
                    actual.image(), process, AbstractAppImageAssert.tail(actual.logs()));
        }
        return myself;
    }

    private HttpResponse<String> response(String path, int status, Duration timeout) {
        isNotNull();
        try {
            return actual.awaitHttp(path, status, timeout);
        } catch (HttpNotReadyException e) {
            // The readiness message already names the URL, the timeout and the log tail.
            throw failure("%nExpecting the app in%n  %s%nto respond: %s", actual.image(), e.getMessage());
        }
    }

    private URI url(String path) {
        return actual.url(path);
    }

    /**
     * Sends one GET to the app, for checks of your own, without waiting for readiness.
     *
     * @throws IOException when the request fails
     */
    public HttpResponse<String> get(String path) throws IOException {
        return HttpReadiness.get(url(path));
    }
}
