package io.github.s2ikit.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File moves for the caches of prepared packages. Results are made in a staging folder beside the
 * cache and moved in whole, so a reader never sees a file or folder that is only half written.
 */
final class CacheFolders {

    private static final Logger LOG = LoggerFactory.getLogger(CacheFolders.class);

    private CacheFolders() {
    }

    /** Moves a file into the folder under the same name, replacing an older copy. */
    static Path moveInto(Path file, Path folder) {
        return move(file, folder.resolve(file.getFileName().toString()));
    }

    /**
     * Moves a file or folder to {@code target}, atomically where the file system allows it. A
     * staging folder in the same parent folder makes that the normal case.
     */
    static Path move(Path source, Path target) {
        try {
            try {
                return Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                return Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not move " + source.toAbsolutePath() + " to " + target.toAbsolutePath(), e);
        }
    }

    /** Lists the regular files directly inside the folder, sorted by name. */
    static List<Path> listFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the cache folder " + folder.toAbsolutePath(), e);
        }
    }

    /** Deletes a folder and everything in it. A folder that is gone already is fine. */
    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Only a staging folder stays behind, and the cache itself stays consistent.
            LOG.warn("Could not delete the staging folder {}: {}", folder.toAbsolutePath(), e.toString());
        }
    }
}
