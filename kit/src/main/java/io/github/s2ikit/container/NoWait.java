package io.github.s2ikit.container;

import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;

/**
 * A wait strategy that returns at once. The kit checks readiness itself, from the host, because
 * Testcontainers' port check runs {@code sh}, {@code grep} or {@code nc} inside the container,
 * which a minimal image may lack.
 */
final class NoWait extends AbstractWaitStrategy {

    @Override
    protected void waitUntilReady() {
        // Nothing to wait for: readiness is checked by the caller.
    }
}
