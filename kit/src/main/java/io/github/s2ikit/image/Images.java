package io.github.s2ikit.image;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.PullResponseItem;
import io.github.s2ikit.docker.Engine;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds images in the engine and pulls the ones that are missing.
 */
public final class Images {

    private static final Logger LOG = LoggerFactory.getLogger(Images.class);

    /** How long a pull may take before the kit gives up. */
    private static final Duration PULL_TIMEOUT = Duration.ofMinutes(5);

    private Images() {
    }

    /**
     * Inspects an image in the engine without pulling it.
     *
     * @return the inspection, or empty when the engine has no such image
     */
    public static Optional<InspectImageResponse> inspect(String name) {
        try {
            return Optional.of(Engine.client().inspectImageCmd(name).exec());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns the image's inspection, pulling the image first when the engine does not have it.
     *
     * @throws ImageNotFoundException when the image is missing and cannot be pulled
     */
    public static InspectImageResponse require(String name) {
        Optional<InspectImageResponse> local = inspect(name);
        if (local.isPresent()) {
            return local.get();
        }
        pull(name);
        return inspect(name).orElseThrow(() -> notFound(name, "the pull finished but the engine has no such image"));
    }

    private static void pull(String name) {
        DockerClient client = Engine.client();
        LOG.info("Pulling {} (not in the engine yet)", name);
        // A plain adapter, because docker-java's pull callback fails on the progress items of
        // Podman's compatible API, which carry no status.
        AtomicReference<String> error = new AtomicReference<>();
        ResultCallback.Adapter<PullResponseItem> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(PullResponseItem item) {
                if (item.getErrorDetail() != null) {
                    error.set(item.getErrorDetail().getMessage());
                } else if (item.getError() != null) {
                    error.set(item.getError());
                }
            }
        };
        try {
            boolean done = client.pullImageCmd(name).exec(callback)
                    .awaitCompletion(PULL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (!done) {
                throw notFound(name, "the pull did not finish within " + PULL_TIMEOUT.toMinutes() + " minutes");
            }
            if (error.get() != null) {
                throw notFound(name, error.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notFound(name, "interrupted while pulling");
        } catch (ImageNotFoundException e) {
            throw e;
        } catch (RuntimeException e) {
            throw notFound(name, e.getMessage());
        }
    }

    private static ImageNotFoundException notFound(String name, String reason) {
        return new ImageNotFoundException("Image " + name + " is not in the container engine and could not be pulled: "
                + reason + ". Pull or load it first ('docker pull " + name + "' or 'docker load'),"
                + " or name an image the engine has.");
    }
}
