package io.github.s2ikit.image;

import com.github.dockerjava.api.DockerClient;
import io.github.s2ikit.docker.Engine;
import io.github.s2ikit.docker.KitLabels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads a folder out of an image through the engine's archive API, without starting a container
 * and without any tool inside the image.
 */
public final class ImageFiles {

    private ImageFiles() {
    }

    /**
     * Copies the folder {@code path} of the image into {@code target} and returns every entry with
     * its mode, owner and link target as the image has them. Regular files land under
     * {@code target} at their path inside the folder; symbolic links are only listed, never
     * created on the host, because their targets point into the image.
     *
     * @param image the image
     * @param path an absolute folder path in the image, for example {@code /opt/app-root}
     * @param target an empty host folder for the file contents
     * @throws UncheckedIOException naming the image and path when the copy fails
     */
    public static List<ArchivedEntry> extract(String image, String path, Path target) {
        DockerClient client = Engine.client();
        // A created but never started container is enough to read the image's files.
        String id = client.createContainerCmd(image).withLabels(KitLabels.session()).withCmd("true").exec().getId();
        try (InputStream tar = client.copyArchiveFromContainerCmd(id, path).exec()) {
            return unpack(tar, path, target);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy " + path + " out of image " + image, e);
        } finally {
            client.removeContainerCmd(id).withForce(true).exec();
        }
    }

    private static List<ArchivedEntry> unpack(InputStream stream, String path, Path target) throws IOException {
        String parent = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        parent = parent.substring(0, parent.lastIndexOf('/'));
        List<ArchivedEntry> entries = new ArrayList<>();
        Map<String, Path> written = new HashMap<>();

        TarArchiveInputStream tar = new TarArchiveInputStream(stream);
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
            String name = entry.getName().endsWith("/") ? entry.getName().substring(0, entry.getName().length() - 1)
                    : entry.getName();
            String absolute = parent + "/" + name;
            Path local = target.resolve(name).normalize();
            if (!local.startsWith(target)) {
                throw new IOException("Archive entry " + entry.getName() + " leaves the target folder");
            }

            ArchivedEntry.Type type;
            if (entry.isDirectory()) {
                type = ArchivedEntry.Type.DIRECTORY;
                Files.createDirectories(local);
            } else if (entry.isSymbolicLink()) {
                type = ArchivedEntry.Type.SYMLINK;
            } else if (entry.isLink()) {
                // A hard link repeats a file already unpacked: keep its own copy of the content.
                type = ArchivedEntry.Type.FILE;
                Path original = written.get(parent + "/" + entry.getLinkName());
                if (original == null) {
                    throw new IOException("Hard link " + entry.getName() + " points to " + entry.getLinkName()
                            + ", which the archive did not contain before it");
                }
                Files.createDirectories(local.getParent());
                Files.copy(original, local, StandardCopyOption.REPLACE_EXISTING);
                written.put(absolute, local);
            } else if (entry.isFile()) {
                type = ArchivedEntry.Type.FILE;
                Files.createDirectories(local.getParent());
                Files.copy(tar, local, StandardCopyOption.REPLACE_EXISTING);
                written.put(absolute, local);
            } else {
                throw new IOException("Unsupported archive entry " + entry.getName() + " (a device or pipe)");
            }
            entries.add(new ArchivedEntry(absolute, type, entry.getMode() & 07777, (int) entry.getLongUserId(),
                    (int) entry.getLongGroupId(), entry.isSymbolicLink() ? entry.getLinkName() : "",
                    type == ArchivedEntry.Type.SYMLINK ? null : local));
        }
        return entries;
    }
}
