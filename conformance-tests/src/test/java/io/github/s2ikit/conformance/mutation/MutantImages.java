package io.github.s2ikit.conformance.mutation;

import io.github.s2ikit.image.BuildContext;
import io.github.s2ikit.image.BuiltImage;
import io.github.s2ikit.image.ClasspathFolder;
import io.github.s2ikit.image.ContextFile;
import io.github.s2ikit.image.ImageBuild;
import io.github.s2ikit.image.ImageBuilder;
import io.github.s2ikit.platform.ImageRole;
import io.github.s2ikit.platform.Platform;
import io.github.s2ikit.reference.ReferenceImages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the images of mutants with the kit's {@link ImageBuilder}, so they are tagged by the hash
 * of their inputs, kept as a cache and built again only when a mutant or its reference changes.
 */
final class MutantImages {

    /** The class path folder of the kit's reference definitions. */
    static final String REFERENCE_DEFINITIONS = "io/github/s2ikit/reference";

    /** The class path folder of the test resources that mutants copy into their images. */
    private static final String FILES = "io/github/s2ikit/conformance/mutation/";

    /**
     * How long a mutant's build may take. A recipe edit installs every package of the reference
     * image again, so this allows for a slow package archive.
     */
    private static final Duration TIMEOUT = Duration.ofMinutes(20);

    private MutantImages() {
    }

    /**
     * Returns the mutant's image, building it and the reference images it needs when missing.
     *
     * @throws io.github.s2ikit.image.ImageBuildException when the mutant's build fails
     */
    static BuiltImage build(Mutant mutant, Platform platform) {
        String minimal = ReferenceImages.minimal(platform).name();
        String full = ReferenceImages.full(platform).name();
        return ImageBuilder.build(toImageBuild(mutant, platform, minimal, full));
    }

    /**
     * Returns the mutant's image build: the edited reference recipe, or its Dockerfile lines on top
     * of the reference image of its role.
     */
    static ImageBuild toImageBuild(Mutant mutant, Platform platform, String minimal, String full) {
        String repository = "s2ikit/mutant-" + mutant.id();
        String description = "mutant '" + mutant.id() + "' of the reference " + mutant.role().label() + " image";
        if (mutant.editsRecipe()) {
            BuildContext definitions = edited(ClasspathFolder.read(REFERENCE_DEFINITIONS), mutant, "");
            return ImageBuild.of(repository, description, definitions, mutant.recipe())
                    .withBuildArg("PYTHON_VERSION", platform.pythonVersion())
                    .withBaseImages(ReferenceImages.BASE_IMAGE)
                    .withTimeout(TIMEOUT);
        }

        String base = mutant.role() == ImageRole.MINIMAL ? minimal : full;
        List<String> baseImages = new ArrayList<>(List.of(base));
        String lines = mutant.dockerfile();
        if (lines.contains(Mutant.MINIMAL_PLACEHOLDER) && !baseImages.contains(minimal)) {
            baseImages.add(minimal);
        }
        if (lines.contains(Mutant.FULL_PLACEHOLDER) && !baseImages.contains(full)) {
            baseImages.add(full);
        }
        lines = lines.replace(Mutant.MINIMAL_PLACEHOLDER, minimal).replace(Mutant.FULL_PLACEHOLDER, full);

        BuildContext context = BuildContext.empty().withText("Dockerfile", "FROM " + base + "\n" + lines.strip() + "\n");
        context = edited(context, mutant, "edited/");
        for (String file : mutant.files()) {
            context = context.withFile("files/" + file, ContextFile.guessMode(resource(file)));
        }
        return ImageBuild.of(repository, description, context)
                .withBaseImages(baseImages.toArray(String[]::new))
                .withTimeout(TIMEOUT);
    }

    /**
     * Adds the mutant's edited reference files to the context under {@code prefix}, keeping each
     * file's mode.
     */
    private static BuildContext edited(BuildContext context, Mutant mutant, String prefix) {
        BuildContext definitions = ClasspathFolder.read(REFERENCE_DEFINITIONS);
        BuildContext result = context;
        for (Mutant.Edit edit : mutant.edits()) {
            // A later edit of the same file applies to the result of the earlier ones.
            String path = prefix + edit.referenceFile();
            ContextFile original = result.contains(path) ? result.files().get(path)
                    : definitions.files().get(edit.referenceFile());
            if (original == null) {
                throw new IllegalStateException("Mutant " + mutant.id() + " edits " + edit.referenceFile()
                        + ", which is not among the reference definitions " + definitions.files().keySet());
            }
            String text = edit.applyTo(new String(original.content(), StandardCharsets.UTF_8));
            result = result.withFile(path, new ContextFile(text.getBytes(StandardCharsets.UTF_8), original.mode()));
        }
        return result;
    }

    private static byte[] resource(String name) {
        try (InputStream input = MutantImages.class.getClassLoader().getResourceAsStream(FILES + name)) {
            if (input == null) {
                throw new IllegalStateException("No test resource " + FILES + name + " on the class path");
            }
            return input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the test resource " + FILES + name, e);
        }
    }
}
