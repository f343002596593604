package io.github.s2ikit.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The files sent to the engine for one image build, by their path in the context.
 *
 * <p>A context is a value: each {@code with...} method returns a new one. Paths use {@code /}
 * and are relative; entries are kept sorted, so the same files always give the same archive
 * and the same {@linkplain ImageBuild#inputHash(java.util.List) input hash}.
 */
public final class BuildContext {

    private final SortedMap<String, ContextFile> files;

    private BuildContext(SortedMap<String, ContextFile> files) {
        this.files = files;
    }

    /** Returns a context with no files. */
    public static BuildContext empty() {
        return new BuildContext(new TreeMap<>());
    }

    /** Returns a copy with the given file added or replaced. */
    public BuildContext withFile(String path, ContextFile file) {
        SortedMap<String, ContextFile> copy = new TreeMap<>(files);
        copy.put(normalize(path), file);
        return new BuildContext(copy);
    }

    /** Returns a copy with a text file, for example a generated {@code Dockerfile}. */
    public BuildContext withText(String path, String text) {
        return withFile(path, new ContextFile(text.getBytes(StandardCharsets.UTF_8), ContextFile.REGULAR));
    }

    /**
     * Returns a copy with every regular file under {@code folder}, placed under {@code prefix},
     * keeping each file's executable bit.
     *
     * @throws UncheckedIOException naming the folder when it cannot be read
     */
    public BuildContext withFolder(String prefix, Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("The folder " + folder.toAbsolutePath() + " does not exist");
        }
        SortedMap<String, ContextFile> copy = new TreeMap<>(files);
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile).sorted()::iterator) {
                String relative = folder.relativize(path).toString().replace('\\', '/');
                int mode = isExecutable(path) ? ContextFile.EXECUTABLE : ContextFile.REGULAR;
                copy.put(join(prefix, relative), new ContextFile(Files.readAllBytes(path), mode));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the build context folder " + folder.toAbsolutePath(), e);
        }
        return new BuildContext(copy);
    }

    /** Returns a copy with every file of another context placed under {@code prefix}. */
    public BuildContext withContext(String prefix, BuildContext other) {
        SortedMap<String, ContextFile> copy = new TreeMap<>(files);
        other.files.forEach((path, file) -> copy.put(join(prefix, path), file));
        return new BuildContext(copy);
    }

    /** Returns the files by path, sorted. */
    public SortedMap<String, ContextFile> files() {
        return Collections.unmodifiableSortedMap(files);
    }

    /** Tells whether the context has a file at the given path. */
    public boolean contains(String path) {
        return files.containsKey(normalize(path));
    }

    /**
     * Packs the context as an uncompressed tar archive, as the engine's build API takes it.
     * Entries have fixed owners and times, so the archive depends on the files alone.
     */
    public byte[] toTar() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Map.Entry<String, ContextFile> entry : files.entrySet()) {
                TarArchiveEntry tarEntry = new TarArchiveEntry(entry.getKey());
                tarEntry.setSize(entry.getValue().content().length);
                tarEntry.setMode(TarArchiveEntry.DEFAULT_FILE_MODE & ~0777 | entry.getValue().mode());
                tarEntry.setModTime(0);
                tar.putArchiveEntry(tarEntry);
                tar.write(entry.getValue().content());
                tar.closeArchiveEntry();
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not pack the build context", e);
        }
        return bytes.toByteArray();
    }

    private static boolean isExecutable(Path path) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            return permissions.contains(PosixFilePermission.OWNER_EXECUTE);
        } catch (UnsupportedOperationException e) {
            return Files.isExecutable(path);
        }
    }

    private static String join(String prefix, String path) {
        String cleanPrefix = normalize(prefix);
        return cleanPrefix.isEmpty() ? normalize(path) : cleanPrefix + "/" + normalize(path);
    }

    private static String normalize(String path) {
        String clean = path.replace('\\', '/');
        while (clean.startsWith("./") || clean.startsWith("/")) {
            clean = clean.startsWith("./") ? clean.substring(2) : clean.substring(1);
        }
        while (clean.endsWith("/")) {
            clean = clean.substring(0, clean.length() - 1);
        }
        if (java.util.Arrays.asList(clean.split("/")).contains("..")) {
            throw new IllegalArgumentException("A build context path should not leave the context: " + path);
        }
        return clean;
    }
}
