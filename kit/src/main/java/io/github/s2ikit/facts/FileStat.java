package io.github.s2ikit.facts;

import java.util.Objects;

/**
 * The mode and owner of one path in a container, as {@code stat} reports them.
 *
 * @param path the path
 * @param exists whether the path exists (a dangling symbolic link counts as existing)
 * @param mode the permission bits, for example {@code 0775}; zero when missing
 * @param uid the owner's uid; -1 when missing
 * @param gid the group's gid; -1 when missing
 * @param type the file type as {@code stat} words it, for example {@code directory}
 */
public record FileStat(String path, boolean exists, int mode, int uid, int gid, String type) {

    public FileStat {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
    }

    /** Returns the stat of a path that does not exist. */
    public static FileStat missing(String path) {
        return new FileStat(path, false, 0, -1, -1, "missing");
    }

    /** Tells whether the path is a folder. */
    public boolean isDirectory() {
        return type.equals("directory");
    }

    /** Tells whether the group may read and write it, and enter it when it is a folder. */
    public boolean isGroupWritable() {
        boolean readWrite = (mode & 060) == 060;
        return isDirectory() ? readWrite && (mode & 010) != 0 : readWrite;
    }

    /** Tells whether the owner, group or others may execute it. */
    public boolean isExecutable() {
        return (mode & 0111) != 0;
    }

    @Override
    public String toString() {
        return exists ? String.format("%s (%s, mode %04o, owner %d:%d)", path, type, mode, uid, gid) : path + " (missing)";
    }
}
