package io.github.s2ikit.conformance.benchmark;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Image;
import io.github.s2ikit.docker.Engine;
import io.github.s2ikit.docker.KitLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The images the kit keeps as a build cache, found by their label {@value KitLabels#CACHE}, and
 * named in the kit's namespace {@value #NAMESPACE}. Tags in other namespaces, such as copies that
 * someone made with {@code docker tag}, are left alone.
 */
final class CacheImages {

    /** The namespace of the image names that the kit and the suite build. */
    private static final String NAMESPACE = "s2ikit/";

    /** Repositories that a cold run keeps: the reference images, which are the suite's base images. */
    private static final String REFERENCE_REPOSITORY_PREFIX = "s2ikit/reference-";

    private CacheImages() {
    }

    /**
     * Returns the names ({@code repository:tag}) of the cache images in the kit's namespace.
     * Untagged ones, such as the last step of a failed build, are left out.
     */
    static SortedSet<String> names() {
        SortedSet<String> names = new TreeSet<>();
        for (Image image : list(Engine.client())) {
            tags(image).stream().filter(tag -> tag.startsWith(NAMESPACE)).forEach(names::add);
        }
        return names;
    }

    /**
     * Removes every cache image of the kit's namespace except the reference images, so that the
     * next run of the suite builds every variant again. Untagged cache images go too, because the
     * classic builder would reuse their layers. An image that a container still uses stays, and is
     * listed in {@link Removal#notRemoved()} with the engine's reason.
     */
    static Removal removeVariantImages() {
        DockerClient client = Engine.client();
        List<String> removed = new ArrayList<>();
        List<String> notRemoved = new ArrayList<>();
        for (Image image : list(client)) {
            List<String> tags = tags(image);
            for (String tag : tags) {
                if (isVariantImage(tag)) {
                    remove(client, tag, removed, notRemoved);
                }
            }
            if (tags.isEmpty()) {
                remove(client, image.getId(), removed, notRemoved);
            }
        }
        return new Removal(removed, notRemoved);
    }

    /**
     * Tells whether a cold run removes the tagged image: an image of the kit's namespace, not a
     * reference image.
     */
    static boolean isVariantImage(String tag) {
        return tag.startsWith(NAMESPACE) && !tag.startsWith(REFERENCE_REPOSITORY_PREFIX);
    }

    /**
     * Returns the ids and images of the running containers that other runs of the kit started.
     */
    static List<String> containersOfOtherSessions() {
        return Engine.client().listContainersCmd()
                .withLabelFilter(List.of(KitLabels.SESSION))
                .exec().stream()
                .filter(container -> !KitLabels.SESSION_ID.equals(container.getLabels().get(KitLabels.SESSION)))
                .map(container -> container.getId().substring(0, 12) + " (" + container.getImage() + ")")
                .toList();
    }

    private static void remove(DockerClient client, String name, List<String> removed, List<String> notRemoved) {
        try {
            // Without force, the engine does not remove an image that a container uses.
            client.removeImageCmd(name).exec();
            removed.add(name);
        } catch (RuntimeException e) {
            // An untagged parent may already be gone with the child removed before it.
            if (!String.valueOf(e.getMessage()).contains("No such image")) {
                notRemoved.add(name + " (" + e.getMessage().strip() + ")");
            }
        }
    }

    private static List<Image> list(DockerClient client) {
        return client.listImagesCmd().withLabelFilter(KitLabels.CACHE).exec();
    }

    /** Returns the image's tags in every namespace, empty for an untagged image. */
    private static List<String> tags(Image image) {
        List<String> tags = new ArrayList<>();
        if (image.getRepoTags() != null) {
            for (String tag : image.getRepoTags()) {
                if (!tag.equals("<none>:<none>")) {
                    tags.add(tag);
                }
            }
        }
        return tags;
    }

    /**
     * What {@link #removeVariantImages()} did.
     *
     * @param removed the images removed
     * @param notRemoved the images that could not be removed, each with the reason
     */
    record Removal(List<String> removed, List<String> notRemoved) {
    }
}
