package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * An image that a conformance test reported as used, through the
 * {@link io.github.s2ikit.junit.ReportEntryKeys#IMAGE} report entry, with the facts that the engine
 * returned for it at the end of the run.
 *
 * @param role {@code minimal}, {@code full} or a variant's role from {@link ImageRoles}
 * @param name the image name, for example {@code s2ikit/reference-python-311-minimal:3143f84a8be2bb85}
 * @param id the engine's image id ({@code sha256:...}) when the image was inspected, else the id or
 *     digest the test reported, or {@code null} when neither is known
 * @param repoDigests the repo digests the engine reports for the image, empty for one that was not
 *     inspected. Docker reports none for a locally built image, but Podman 4.3 reports one.
 * @param sizeBytes the image size the engine reports, in bytes, or {@code null} when the image was
 *     not inspected
 * @param problem why the image could not be inspected, or {@code null} when it was
 */
@JsonPropertyOrder({"role", "name", "id", "repoDigests", "sizeBytes", "problem"})
public record ReportedImage(String role, String name, String id, List<String> repoDigests, Long sizeBytes,
        String problem) {

    /**
     * Creates a reported image.
     *
     * @throws NullPointerException if {@code role}, {@code name} or {@code repoDigests} is {@code null}
     */
    public ReportedImage {
        requireNonNull(role, "role");
        requireNonNull(name, "name");
        repoDigests = List.copyOf(repoDigests);
    }

    /**
     * Creates an image as a test reported it, before the engine was asked about it.
     */
    public ReportedImage(String role, String name, String id) {
        this(role, name, id, List.of(), null, null);
    }

    /**
     * Returns a copy with the engine's image id, repo digests and size.
     */
    public ReportedImage inspected(String engineId, List<String> digests, long size) {
        return new ReportedImage(role, name, engineId, digests, size, null);
    }

    /**
     * Returns a copy with the reason why the image could not be inspected.
     */
    public ReportedImage notInspected(String reason) {
        return new ReportedImage(role, name, id, repoDigests, null, reason);
    }
}
