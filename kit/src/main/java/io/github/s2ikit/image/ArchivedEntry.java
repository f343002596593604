package io.github.s2ikit.image;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One entry of a folder read out of an image, with its metadata as the image has it.
 *
 * @param path the absolute path in the image
 * @param type folder, file or symbolic link
 * @param mode the permission bits, for example {@code 0775}
 * @param uid the owner
 * @param gid the group
 * @param linkTarget the target of a symbolic link, empty for other entries
 * @param localCopy where the entry was unpacked on the host, {@code null} for a symbolic link
 */
public record ArchivedEntry(String path, Type type, int mode, int uid, int gid, String linkTarget, Path localCopy) {

    /** The kinds of entries the kit reads. */
    public enum Type { DIRECTORY, FILE, SYMLINK }

    public ArchivedEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(linkTarget, "linkTarget");
    }
}
