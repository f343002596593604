package io.github.s2ikit.assertions;

import io.github.s2ikit.facts.ContainerFacts;

/**
 * Assertions on {@link ContainerFacts}; start with {@link S2iAssertions#assertThat(ContainerFacts)}.
 */
public class ContainerFactsAssert extends AbstractContainerFactsAssert<ContainerFactsAssert> {

    /**
     * Creates assertions on the given facts.
     *
     * @param actual the facts under test
     */
    public ContainerFactsAssert(ContainerFacts actual) {
        super(actual, ContainerFactsAssert.class);
    }
}
