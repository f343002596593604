package io.github.s2ikit.assertions;

import io.github.s2ikit.container.AppContainer;
import io.github.s2ikit.container.ImageContainer;
import io.github.s2ikit.container.ProcessInfo;
import io.github.s2ikit.facts.ContainerFacts;
import io.github.s2ikit.facts.ImageConfig;
import io.github.s2ikit.facts.ProbeRequest;
import io.github.s2ikit.http.HttpNotReadyException;
import io.github.s2ikit.variant.AppImage;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on an app's built image: what it contains and how it starts.
 *
 * <p>Static checks read the image's facts with one probe, the first time one is needed, and reuse
 * them for every later check on the same assertion object.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractAppImageAssert<SELF extends AbstractAppImageAssert<SELF>>
        extends AbstractObjectAssert<SELF, AppImage> {

    private static final String APP_ROOT = "/opt/app-root";

    private ContainerFacts facts;

    /**
     * Creates assertions on the given app image.
     *
     * @param actual the image under test
     * @param selfType the concrete assertion class
     */
    protected AbstractAppImageAssert(AppImage actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Verifies that the image runs as the given uid when started as its own user, and never as root.
     *
     * <pre>{@code
     * assertThat(image).runsAsUid(1001);
     * }</pre>
     *
     * @throws AssertionError showing the uid found
     */
    public SELF runsAsUid(int uid) {
        new ContainerFactsAssert(probedFacts()).runsAsUid(uid).doesNotRunAsRoot();
        return myself;
    }

    /**
     * Verifies that no C or C++ compiler is on {@code PATH} or in the standard binary folders.
     *
     * @throws AssertionError listing each compiler found and where
     */
    public SELF hasNoCompilers() {
        new ContainerFactsAssert(probedFacts()).hasNoExecutables(ProbeRequest.COMPILERS);
        return myself;
    }

    /**
     * Verifies that the image has no C headers: no {@code Python.h} under the include folders and
     * no {@code /usr/include/stdio.h}.
     *
     * @throws AssertionError listing the headers found
     */
    public SELF hasNoHeaders() {
        new ContainerFactsAssert(probedFacts()).hasNoFileNamed("Python.h").doesNotHaveFile("/usr/include/stdio.h");
        return myself;
    }

    /**
     * Verifies that neither {@code node}, {@code nodejs} nor {@code npm} is present.
     *
     * @throws AssertionError listing what was found
     */
    public SELF hasNoNode() {
        new ContainerFactsAssert(probedFacts()).hasNoExecutables(ProbeRequest.NODE);
        return myself;
    }

    /**
     * Verifies that every file and folder under {@code /opt/app-root} (symbolic links aside) belongs
     * to group 0, which may read and write it, as arbitrary uids with gid 0 need.
     *
     * @throws AssertionError listing up to 20 paths that are not
     */
    public SELF hasGroupWritableAppRoot() {
        isNotNull();
        try (ImageContainer container = ImageContainer.start(actual.name())) {
            String output = container.exec("/bin/sh", "-c", "find " + APP_ROOT
                    + " ! -type l \\( ! -group 0 -o ! -perm -g=rw -o \\( -type d ! -perm -g=x \\) \\) -print | head -20")
                    .stdout().strip();
            if (!output.isEmpty()) {
                failWithMessage("%nExpecting every path under %s in%n  %s%nto be group 0 and group-writable, but these are not:"
                        + "%n  %s", APP_ROOT, actual, output.replace("\n", "\n  "));
            }
        }
        return myself;
    }

    /**
     * Verifies that the image starts as the given arbitrary uid with gid 0, as OpenShift starts it,
     * responds to {@code GET path} with status 200 within the timeout, and serves as that uid.
     *
     * <pre>{@code
     * assertThat(image).startsAsArbitraryUid(100001, "/", Duration.ofSeconds(30));
     * }</pre>
     *
     * @throws AssertionError with the URL and the app's log when it does not answer, or the uid found
     */
    public SELF startsAsArbitraryUid(int uid, String path, Duration timeout) {
        isNotNull();
        try (AppContainer app = AppContainer.of(actual.name()).withUser(uid + ":0").start()) {
            try {
                app.awaitHttp(path, 200, timeout);
            } catch (HttpNotReadyException e) {
                failWithMessage("%nExpecting%n  %s%nstarted as %s:0 to answer GET %s with status 200, but: %s",
                        actual, uid, path, e.getMessage());
            }
            ProcessInfo process = app.process(1);
            if (process.uid() != uid) {
                failWithMessage("%nExpecting%n  %s%nstarted as %s:0 to serve as uid %s, but PID 1 is%n  %s%nIts log:%n%s",
                        actual, uid, uid, process, tail(app.logs()));
            }
        }
        return myself;
    }

    /**
     * Verifies that the image is smaller than another image.
     *
     * @throws AssertionError showing both sizes
     */
    public SELF isSmallerThan(String otherImage) {
        isNotNull();
        ImageConfig other = ImageConfig.inspect(otherImage);
        if (actual.config().sizeBytes() >= other.sizeBytes()) {
            failWithMessage("%nExpecting%n  %s (%s)%nto be smaller than%n  %s (%s)", actual,
                    Sizes.megabytes(actual.config().sizeBytes()), otherImage, Sizes.megabytes(other.sizeBytes()));
        }
        return myself;
    }

    /**
     * Verifies that the image is smaller than the given size in bytes.
     *
     * @throws AssertionError showing the size
     */
    public SELF isSmallerThan(long bytes) {
        isNotNull();
        if (actual.config().sizeBytes() >= bytes) {
            failWithMessage("%nExpecting%n  %s%nto be smaller than %s, but it is %s", actual, Sizes.megabytes(bytes),
                    Sizes.megabytes(actual.config().sizeBytes()));
        }
        return myself;
    }

    /** Returns assertions on the image's facts, read with one probe. */
    public ContainerFactsAssert facts() {
        return new ContainerFactsAssert(probedFacts());
    }

    private ContainerFacts probedFacts() {
        isNotNull();
        if (facts == null) {
            try (ImageContainer container = ImageContainer.start(actual.name())) {
                facts = container.probe(ProbeRequest.standard());
            }
        }
        return facts;
    }

    static String tail(String log) {
        List<String> lines = log.strip().lines().toList();
        return "  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
