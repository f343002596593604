package io.github.s2ikit.conformance.mutation;

import io.github.s2ikit.platform.ImageRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A non-conforming image: a reference image with one small, realistic change that breaks the
 * claims it targets.
 *
 * <p>The change is one of two kinds:
 * <ul>
 *   <li>Dockerfile lines applied on top of the reference image ({@code FROM} is added). They may
 *       name the other reference image as {@value #MINIMAL_PLACEHOLDER} or
 *       {@value #FULL_PLACEHOLDER}, for example in {@code COPY --from}, and may copy the files of
 *       {@link #edits()} from {@code edited/} and those of {@link #files()} from {@code files/}.
 *   <li>An edit of the reference recipe itself ({@code minimal.Dockerfile} or
 *       {@code full.Dockerfile}), for what an image built {@code FROM} another cannot take away,
 *       such as an exposed port. The edited recipe is built from scratch.
 * </ul>
 *
 * @param id a short name in lower case with hyphens, also the name of its image repository
 * @param description the change in one line, with the reason it is realistic
 * @param role the reference image it derives from
 * @param dockerfile the Dockerfile lines after {@code FROM}, or empty for a recipe edit
 * @param edits text replacements in files of the kit's reference definitions
 * @param files test resources of this package to put under {@code files/} in the build context
 * @param targets for each claim the change breaks, a text that the claim's evidence must contain,
 *     naming what the check found
 */
record Mutant(
        String id,
        String description,
        ImageRole role,
        String dockerfile,
        List<Edit> edits,
        List<String> files,
        Map<String, String> targets) {

    /** The placeholder for the reference minimal image's name in {@link #dockerfile()}. */
    static final String MINIMAL_PLACEHOLDER = "{minimal}";

    /** The placeholder for the reference full image's name in {@link #dockerfile()}. */
    static final String FULL_PLACEHOLDER = "{full}";

    Mutant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(dockerfile, "dockerfile");
        edits = List.copyOf(edits);
        files = List.copyOf(files);
        targets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }

    /**
     * Starts a mutant of the given reference image, with no change and no target yet.
     */
    static Mutant of(String id, ImageRole role, String description) {
        return new Mutant(id, description, role, "", List.of(), List.of(), Map.of());
    }

    /** Returns a copy with these Dockerfile lines on top of the reference image. */
    Mutant withDockerfile(String lines) {
        return new Mutant(id, description, role, lines, edits, files, targets);
    }

    /**
     * Returns a copy that replaces the only occurrence of {@code find} in a file of the reference
     * definitions, such as {@code s2i/bin/run}, and puts the result under {@code edited/} in the
     * build context.
     */
    Mutant withEdit(String referenceFile, String find, String replacement) {
        List<Edit> more = new ArrayList<>(edits);
        more.add(new Edit(referenceFile, find, replacement));
        return new Mutant(id, description, role, dockerfile, more, files, targets);
    }

    /** Returns a copy that puts a test resource of this package under {@code files/} in the build context. */
    Mutant withFile(String resource) {
        List<String> more = new ArrayList<>(files);
        more.add(resource);
        return new Mutant(id, description, role, dockerfile, edits, more, targets);
    }

    /**
     * Returns a copy that targets one more claim, whose evidence must contain the given text.
     */
    Mutant breaks(String claimId, String evidence) {
        Map<String, String> more = new LinkedHashMap<>(targets);
        more.put(claimId, evidence);
        return new Mutant(id, description, role, dockerfile, edits, files, more);
    }

    /** Returns the name of the reference recipe of this mutant's role, such as {@code minimal.Dockerfile}. */
    String recipe() {
        return role.label() + ".Dockerfile";
    }

    /** Tells whether the change edits the reference recipe instead of adding lines on top of the image. */
    boolean editsRecipe() {
        return edits.stream().anyMatch(edit -> edit.referenceFile().equals(recipe()));
    }

    @Override
    public String toString() {
        return id;
    }

    /**
     * One text replacement in a file of the reference definitions.
     *
     * @param referenceFile the file's path under the reference definitions, such as {@code s2i/bin/run}
     * @param find the text to replace, which must occur exactly once
     * @param replacement the text that replaces it
     */
    record Edit(String referenceFile, String find, String replacement) {

        Edit {
            Objects.requireNonNull(referenceFile, "referenceFile");
            Objects.requireNonNull(find, "find");
            Objects.requireNonNull(replacement, "replacement");
        }

        /**
         * Applies the replacement to the file's text.
         *
         * @throws IllegalStateException when {@code find} does not occur exactly once, which means the
         *     reference file changed and the mutant must follow
         */
        String applyTo(String text) {
            int first = text.indexOf(find);
            if (first < 0 || text.indexOf(find, first + 1) >= 0) {
                throw new IllegalStateException("The text to replace in the reference file " + referenceFile
                        + " occurs " + (first < 0 ? "nowhere" : "more than once") + ": '" + find
                        + "'. Update the mutant to the reference file's current text.");
            }
            return text.substring(0, first) + replacement + text.substring(first + find.length());
        }
    }
}
