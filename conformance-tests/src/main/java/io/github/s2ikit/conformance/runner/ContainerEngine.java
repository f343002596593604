package io.github.s2ikit.conformance.runner;

import java.util.Optional;

/**
 * The container engine as the runner checks it before a run starts. Tests replace it to check the
 * runner without an engine.
 */
interface ContainerEngine {

    /**
     * Returns why no container engine can be used, as one sentence that ends with the next step,
     * or an empty {@code Optional} when an engine responds.
     */
    Optional<String> unavailableReason();

    /**
     * Tells whether the engine has the image, without pulling it.
     */
    boolean hasImage(String name);
}
