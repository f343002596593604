package io.github.s2ikit.assertions;

import io.github.s2ikit.facts.ImageConfig;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on an image's configuration, read by inspection without starting a container.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractImageConfigAssert<SELF extends AbstractImageConfigAssert<SELF>>
        extends AbstractObjectAssert<SELF, ImageConfig> {

    /**
     * Creates assertions on the given image configuration.
     *
     * @param actual the configuration under test
     * @param selfType the concrete assertion class
     */
    protected AbstractImageConfigAssert(ImageConfig actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Verifies that the image's configured user is exactly the given one.
     *
     * <pre>{@code
     * assertThat(config).hasUser("1001");
     * }</pre>
     *
     * @throws AssertionError showing the user found ({@code (none: root)} when unset)
     */
    public SELF hasUser(String user) {
        isNotNull();
        if (!actual.user().equals(user)) {
            throw failureWithActualExpected(actual.user(), user,
                    "%nExpecting image%n  %s%nto have the user%n  %s%nbut its user is%n  %s",
                    actual.name(), user, actual.user().isEmpty() ? "(none: root)" : actual.user());
        }
        return myself;
    }

    /**
     * Verifies that the image exposes the port, for example {@code "8080/tcp"}.
     *
     * @throws AssertionError listing the exposed ports
     */
    public SELF exposesPort(String port) {
        isNotNull();
        if (!actual.exposedPorts().contains(port)) {
            failWithMessage("%nExpecting image%n  %s%nto expose%n  %s%nbut it exposes%n  %s", actual.name(), port,
                    actual.exposedPorts().isEmpty() ? "(nothing)" : actual.exposedPorts());
        }
        return myself;
    }

    /**
     * Verifies that the image has the label, with any value.
     *
     * @throws AssertionError listing the labels it has
     */
    public SELF hasLabel(String name) {
        isNotNull();
        if (!actual.labels().containsKey(name)) {
            failWithMessage("%nExpecting image%n  %s%nto have the label%n  %s%nbut its labels are%n  %s",
                    actual.name(), name, actual.labels().keySet());
        }
        return myself;
    }

    /**
     * Verifies that the image has the label with exactly the value.
     *
     * @throws AssertionError showing the value found
     */
    public SELF hasLabel(String name, String value) {
        hasLabel(name);
        String found = actual.labels().get(name);
        if (!found.equals(value)) {
            throw failureWithActualExpected(found, value,
                    "%nExpecting image%n  %s%nto have the label%n  %s=%s%nbut found%n  %s=%s",
                    actual.name(), name, value, name, found);
        }
        return myself;
    }

    /**
     * Verifies that the image has the label, as a comma-separated list that contains the item.
     *
     * @throws AssertionError showing the value found
     */
    public SELF hasLabelListing(String name, String item) {
        hasLabel(name);
        String found = actual.labels().get(name);
        boolean listed = java.util.Arrays.stream(found.split(",")).map(String::strip).anyMatch(item::equals);
        if (!listed) {
            failWithMessage("%nExpecting image%n  %s%nto list%n  %s%nin its label%n  %s%nbut found%n  %s=%s",
                    actual.name(), item, name, name, found);
        }
        return myself;
    }

    /**
     * Verifies that the image configures the environment variable with the value.
     *
     * @throws AssertionError showing the value found, or that it is unset
     */
    public SELF hasEnv(String name, String value) {
        isNotNull();
        String found = actual.env().get(name);
        if (!Objects.equals(found, value)) {
            throw failureWithActualExpected(found, value,
                    "%nExpecting image%n  %s%nto set%n  %s=%s%nbut found%n  %s",
                    actual.name(), name, value, found == null ? "(unset)" : name + "=" + found);
        }
        return myself;
    }

    /**
     * Verifies the image's working directory.
     *
     * @throws AssertionError showing the working directory found
     */
    public SELF hasWorkingDir(String dir) {
        isNotNull();
        if (!actual.workingDir().equals(dir)) {
            throw failureWithActualExpected(actual.workingDir(), dir,
                    "%nExpecting image%n  %s%nto have the working directory%n  %s%nbut found%n  %s",
                    actual.name(), dir, actual.workingDir().isEmpty() ? "(none)" : actual.workingDir());
        }
        return myself;
    }

    /**
     * Verifies that the image is at most the given fraction of another image's size.
     *
     * <pre>{@code
     * assertThat(minimal).isAtMostFractionOfSize(full, 0.5);
     * }</pre>
     *
     * @throws AssertionError showing both sizes and the ratio
     */
    public SELF isAtMostFractionOfSize(ImageConfig other, double fraction) {
        isNotNull();
        double ratio = (double) actual.sizeBytes() / other.sizeBytes();
        if (ratio > fraction) {
            failWithMessage("%nExpecting image%n  %s (%s)%nto be at most %s of the size of%n  %s (%s)%nbut it is %s",
                    actual.name(), Sizes.megabytes(actual.sizeBytes()), Sizes.percent(fraction),
                    other.name(), Sizes.megabytes(other.sizeBytes()), Sizes.percent(ratio));
        }
        return myself;
    }
}
