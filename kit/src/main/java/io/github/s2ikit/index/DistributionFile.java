package io.github.s2ikit.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One distribution file on the host (a wheel or a {@code .tar.gz} source distribution), with the
 * normalized name of its project and the SHA-256 of its content.
 *
 * @param path the file's path on the host
 * @param project the PEP 503 normalized project name, for example {@code mod-wsgi}
 * @param sha256 the SHA-256 of the file's content, in lower-case hex
 */
public record DistributionFile(Path path, String project, String sha256) {

    public DistributionFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Invalid SHA-256 '" + sha256 + "': expected 64 lower-case hex digits");
        }
    }

    /**
     * Reads a distribution file, derives its project from its name and hashes its content.
     *
     * @throws IllegalArgumentException when the file does not exist or its name is not that of a
     *     wheel or a source distribution
     * @throws UncheckedIOException naming the file when it cannot be read
     */
    public static DistributionFile of(Path path) {
        Objects.requireNonNull(path, "The distribution file should not be null");
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("The distribution file " + path.toAbsolutePath() + " does not exist");
        }
        String project = ProjectNames.fromFileName(path.getFileName().toString());
        return new DistributionFile(path, project, sha256Of(path));
    }

    /** Returns the file's name, for example {@code mod_wsgi-5.0.2.tar.gz}. */
    public String fileName() {
        return path.getFileName().toString();
    }

    /** Tells whether the file is a wheel rather than a source distribution. */
    public boolean isWheel() {
        return fileName().endsWith(".whl");
    }

    static String sha256Of(Path path) {
        MessageDigest digest = newSha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the distribution file " + path.toAbsolutePath(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM has no SHA-256", e);
        }
    }
}
