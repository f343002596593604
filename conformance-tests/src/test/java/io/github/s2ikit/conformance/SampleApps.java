package io.github.s2ikit.conformance;

import io.github.s2ikit.image.BuildContext;
import io.github.s2ikit.image.BuiltImage;
import io.github.s2ikit.image.ClasspathFolder;
import io.github.s2ikit.image.ContextFile;
import io.github.s2ikit.platform.PlatformImage;
import io.github.s2ikit.variant.S2iBuild;
import java.util.Map;

/**
 * The sample apps of the {@code sample-apps} module, read from the class path, and their s2i builds.
 */
final class SampleApps {

    private static final String APPS = "sample-apps/apps/";
    private static final String SHARED = "sample-apps/shared";

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

    /**
     * Builds an app the s2i way on an image of the platform, or reuses the image of an earlier
     * build of the same inputs.
     */
    static BuiltImage s2iBuild(String app, PlatformImage builder) {
        return S2iBuild.of(app, source(app)).on(builder.name()).build();
    }
}
