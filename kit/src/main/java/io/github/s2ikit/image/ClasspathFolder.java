package io.github.s2ikit.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a folder of class path resources into a {@link BuildContext}, whether the folder lies in
 * a directory (a Maven reactor build) or inside a jar.
 *
 * <p>Jars do not keep POSIX modes, so files that start with {@code #!} are made executable and all
 * others not, wherever the folder lies.
 */
public final class ClasspathFolder {

    private ClasspathFolder() {
    }

    /**
     * Reads every file under the resource folder {@code root}, for example
     * {@code io/github/s2ikit/reference}.
     *
     * @throws IllegalArgumentException when no such folder is on the class path
     * @throws UncheckedIOException naming the folder when it cannot be read
     */
    public static BuildContext read(String root) {
        return read(root, ClasspathFolder.class.getClassLoader());
    }

    /**
     * Reads every file under the resource folder {@code root} of the given class loader.
     */
    public static BuildContext read(String root, ClassLoader loader) {
        String folder = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        URL url = loader.getResource(folder);
        if (url == null) {
            throw new IllegalArgumentException("No resource folder '" + folder + "' on the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = openJar(uri)) {
                    return readTree(jar.getPath(folder));
                } catch (FileSystemAlreadyExistsException e) {
                    return readTree(FileSystems.getFileSystem(uri).getPath(folder));
                }
            }
            return readTree(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid resource URL " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the resource folder " + url, e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        return FileSystems.newFileSystem(uri, Map.of());
    }

    private static BuildContext readTree(Path folder) throws IOException {
        BuildContext context = BuildContext.empty();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile).sorted()::iterator) {
                String relative = folder.relativize(path).toString();
                // The mode is guessed from the content even for files on disk, so a folder in a jar and
                // the same folder unpacked by a build tool give the same context and the same hash.
                context = context.withFile(relative, ContextFile.guessMode(Files.readAllBytes(path)));
            }
        }
        return context;
    }
}
