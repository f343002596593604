package io.github.s2ikit.conformance;

import io.github.s2ikit.container.AppContainer;
import io.github.s2ikit.image.BuildContext;
import io.github.s2ikit.image.BuiltImage;
import io.github.s2ikit.image.ClasspathFolder;
import io.github.s2ikit.image.ContextFile;
import io.github.s2ikit.image.ImageBuildException;
import io.github.s2ikit.image.ImageBuilder;
import io.github.s2ikit.platform.PlatformImage;
import io.github.s2ikit.variant.AppSource;
import io.github.s2ikit.variant.S2iBuild;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentest4j.AssertionFailedError;

/**
 * The sample apps of the {@code sample-apps} module, read from the class path, and their s2i builds.
 */
final class SampleApps {

    private static final String APPS = "sample-apps/apps/";
    private static final String SHARED = "sample-apps/shared";

    private static final Pattern STEP_FAILED = Pattern.compile("failed with exit status [1-9]");

    private SampleApps() {
    }

    /**
     * Returns an app's source: its own files plus the shared files it does not override.
     */
    static BuildContext source(String app) {
        BuildContext source = ClasspathFolder.read(APPS + app);
        for (Map.Entry<String, ContextFile> shared : ClasspathFolder.read(SHARED).files().entrySet()) {
            if (!source.contains(shared.getKey())) {
                source = source.withFile(shared.getKey(), shared.getValue());
            }
        }
        return source;
    }

    /** Returns an app's source as the kit's build variants take it. */
    static AppSource app(String app) {
        return new AppSource(app, source(app));
    }

    /**
     * Returns what the app's {@code GET /whoami} reports about the serving process: entry point,
     * uid, gid, user name, Python version, prefix, virtual environment and working folder.
     */
    static Map<String, String> whoami(AppContainer container) {
        String body = container.awaitHttp("/whoami", 200, Duration.ofSeconds(10)).body();
        Map<String, String> facts = new LinkedHashMap<>();
        Matcher matcher = Pattern.compile("(?m)^([a-z_]+)=(.*)$").matcher(body);
        while (matcher.find()) {
            facts.put(matcher.group(1), matcher.group(2));
        }
        return facts;
    }

    /**
     * Runs a build that must fail and returns its failure, or {@code null} when it succeeded. The
     * failure is remembered, so a later run with the same inputs gets it without building again.
     */
    static ImageBuildException buildFailure(S2iBuild build) {
        try {
            ImageBuilder.build(build.toImageBuild().withFailureRemembered());
            return null;
        } catch (ImageBuildException e) {
            return e;
        }
    }

    /**
     * Runs a build whose success the claim states and returns its image. When a step of the build
     * exits non-zero, such as {@code assemble} or a package install, the claim fails with the
     * build's output as its evidence, instead of the test ending with an error: the step ran, and
     * the image made it fail. A build that timed out or that the engine could not run still ends
     * the test with an error.
     *
     * <p>NOTE: a step that fails for a reason outside the image, such as a package index that
     * cannot be reached, also fails the claim; the output in the evidence shows which it was.
     */
    static BuiltImage buildAsClaimed(Supplier<BuiltImage> build) {
        try {
            return build.get();
        } catch (ImageBuildException e) {
            // The kit's builder names the exit status of a failed step, on Docker and Podman alike.
            if (e.getMessage() != null && STEP_FAILED.matcher(e.getMessage()).find()) {
                throw new AssertionFailedError(e.getMessage(), e);
            }
            throw e;
        }
    }

    /** Returns the last lines of a text joined on one line, for evidence. */
    static String lastLines(String text, int count) {
        List<String> lines = text.strip().lines().toList();
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    /**
     * Builds an app the s2i way on an image of the platform, or reuses the image of an earlier
     * build of the same inputs.
     */
    static BuiltImage s2iBuild(String app, PlatformImage builder) {
        return S2iBuild.of(app, source(app)).on(builder.name()).build();
    }
}
