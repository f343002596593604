package io.github.s2ikit.index;

import com.github.dockerjava.api.exception.NotFoundException;
import io.github.s2ikit.docker.Engine;
import io.github.s2ikit.image.BuildContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Copies files into and out of a running container through the engine's archive API, which needs
 * no tool inside the container.
 */
final class ContainerFiles {

    private ContainerFiles() {
    }

    /**
     * Unpacks the context's files under {@code folder} in the container. The engine creates
     * missing folders owned by root with mode 0755, and the files keep the context's modes, so
     * any user can read them but only root can write them.
     */
    static void copyIn(String containerId, BuildContext files, String folder) {
        Engine.client().copyArchiveToContainerCmd(containerId)
                .withRemotePath("/")
                .withTarInputStream(new ByteArrayInputStream(
                        BuildContext.empty().withContext(folder, files).toTar()))
                .exec();
    }

    /**
     * Copies the regular files directly inside {@code folder} of the container into
     * {@code target}, replacing files of the same name, and returns the copies. Subfolders are
     * left out. A folder that does not exist gives an empty list.
     *
     * @throws UncheckedIOException naming the folders when the copy fails
     */
    static List<Path> copyOut(String containerId, String folder, Path target) {
        List<Path> copied = new ArrayList<>();
        try (InputStream archive = Engine.client().copyArchiveFromContainerCmd(containerId, folder).exec();
                TarArchiveInputStream tar = new TarArchiveInputStream(archive)) {
            // Entries are named "<last folder segment>/<file>", and deeper entries belong to subfolders.
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                String[] segments = entry.getName().split("/");
                if (!entry.isFile() || segments.length != 2) {
                    continue;
                }
                Path copy = target.resolve(segments[1]);
                Files.copy(tar, copy, StandardCopyOption.REPLACE_EXISTING);
                copied.add(copy);
            }
        } catch (NotFoundException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy " + folder + " out of container " + containerId
                    + " into " + target.toAbsolutePath(), e);
        }
        return copied;
    }
}
