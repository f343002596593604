package io.github.s2ikit.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Makes tiny distribution files for the tests: a source distribution and a wheel of pure-Python
 * projects whose names need PEP 503 normalization.
 */
final class TestDistributions {

    /** The project of {@link #sdist(Path)}; pip requests it as {@code tiny-sdist}. */
    static final String SDIST_PROJECT = "Tiny.Sdist";

    /** The project of {@link #wheel(Path)}; pip requests it as {@code tiny-wheel}. */
    static final String WHEEL_PROJECT = "tiny_wheel";

    private TestDistributions() {
    }

    /** Writes {@code Tiny.Sdist-0.1.0.tar.gz}, whose module {@code tiny_sdist} has {@code VALUE = "from the sdist"}. */
    static Path sdist(Path folder) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("PKG-INFO", "Metadata-Version: 1.0\nName: Tiny.Sdist\nVersion: 0.1.0\n");
        files.put("setup.py", "from setuptools import setup\n\n"
                + "setup(name=\"Tiny.Sdist\", version=\"0.1.0\", py_modules=[\"tiny_sdist\"])\n");
        files.put("tiny_sdist.py", "VALUE = \"from the sdist\"\n");

        Path file = folder.resolve("Tiny.Sdist-0.1.0.tar.gz");
        try (OutputStream out = Files.newOutputStream(file);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            for (Map.Entry<String, String> entry : files.entrySet()) {
                byte[] content = entry.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry tarEntry = new TarArchiveEntry("Tiny.Sdist-0.1.0/" + entry.getKey());
                tarEntry.setSize(content.length);
                tar.putArchiveEntry(tarEntry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        }
        return file;
    }

    /** Writes {@code tiny_wheel-0.1.0-py3-none-any.whl}, whose module {@code tiny_wheel} has {@code VALUE = "from the wheel"}. */
    static Path wheel(Path folder) throws IOException {
        String distInfo = "tiny_wheel-0.1.0.dist-info/";
        Map<String, String> files = new LinkedHashMap<>();
        files.put("tiny_wheel.py", "VALUE = \"from the wheel\"\n");
        files.put(distInfo + "METADATA", "Metadata-Version: 2.1\nName: tiny-wheel\nVersion: 0.1.0\n");
        files.put(distInfo + "WHEEL", "Wheel-Version: 1.0\nGenerator: s2ikit-tests\nRoot-Is-Purelib: true\n"
                + "Tag: py3-none-any\n");
        StringBuilder record = new StringBuilder();
        files.forEach((name, content) -> record.append(name).append(",sha256=").append(recordHash(content))
                .append(',').append(content.getBytes(StandardCharsets.UTF_8).length).append('\n'));
        record.append(distInfo).append("RECORD,,\n");
        files.put(distInfo + "RECORD", record.toString());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Path file = folder.resolve("tiny_wheel-0.1.0-py3-none-any.whl");
        Files.write(file, bytes.toByteArray());
        return file;
    }

    /** The hash form of a wheel's RECORD file: URL-safe base64 of the SHA-256, without padding. */
    private static String recordHash(String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
