package io.github.s2ikit.conformance.report;

import static java.util.Objects.requireNonNull;

/**
 * An image that a conformance test reported as used, through the
 * {@link io.github.s2ikit.junit.ReportEntryKeys#IMAGE} report entry.
 *
 * @param role {@code minimal}, {@code full} or a variant name
 * @param name the image name, for example {@code s2ikit/reference-python-311-minimal:3143f84a8be2bb85}
 * @param id the image id (a digest such as {@code sha256:...}), or {@code null} when it was not
 *     reported
 */
public record ReportedImage(String role, String name, String id) {

    /**
     * Creates a reported image.
     *
     * @throws NullPointerException if {@code role} or {@code name} is {@code null}
     */
    public ReportedImage {
        requireNonNull(role, "role");
        requireNonNull(name, "name");
    }
}
