package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of a {@value ConformanceReportListener#JSON_FILE} that a baseline comparison reads:
 * the verdict of each claim, the reported images and the packages of each image.
 *
 * <p>It reads reports of earlier versions of the kit too: a report without sizes or an inventory
 * gives images without sizes and no packages, which the comparison lists as not compared.
 *
 * @param generatedAt when the report was made, as written in it, or {@code null}
 * @param platform the platform id of the report, or {@code null}
 * @param verdicts the verdict of each claim by id, in the report's order
 * @param images the images by role, in the report's order
 * @param packages the packages of each image whose inventory was read, by role
 */
record ReportSnapshot(
        String generatedAt,
        String platform,
        Map<String, String> verdicts,
        Map<String, ImageSnapshot> images,
        Map<String, PackageSnapshot> packages) {

    /**
     * An image of the report.
     *
     * @param name the image name
     * @param id the image id or digest, or {@code null}
     * @param sizeBytes the size in bytes, or {@code null} when the report has none
     */
    record ImageSnapshot(String name, String id, Long sizeBytes) {
    }

    /**
     * The packages of one image.
     *
     * @param osPackageDatabase {@code dpkg} or {@code rpm}, or {@code null} when the OS packages were
     *     not read
     * @param osPackages the versions of the OS packages by name
     * @param pythonRead whether the Python packages were read
     * @param pythonPackages the Python packages by their PEP 503 normalized names
     */
    record PackageSnapshot(String osPackageDatabase, Map<String, String> osPackages, boolean pythonRead,
            Map<String, InstalledPackage> pythonPackages) {
    }

    /**
     * Reads the parts of a JSON report that the comparison needs.
     *
     * @throws IllegalArgumentException naming what is missing when the JSON is not a conformance
     *     report, in words that can follow "it is not a conformance report, because"
     */
    static ReportSnapshot fromJson(JsonNode report) {
        if (report == null || !report.isObject()) {
            throw new IllegalArgumentException("it is not a JSON object");
        }
        JsonNode claims = report.get("claims");
        if (claims == null || !claims.isArray()) {
            throw new IllegalArgumentException("it has no \"claims\" array");
        }
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (int index = 0; index < claims.size(); index++) {
            JsonNode claim = claims.get(index);
            String id = text(claim, "id");
            String verdict = text(claim, "verdict");
            if (id == null || verdict == null) {
                throw new IllegalArgumentException("claims[" + index + "] has no text fields \"id\" and \"verdict\"");
            }
            verdicts.put(id, verdict);
        }

        Map<String, ImageSnapshot> images = new LinkedHashMap<>();
        for (JsonNode image : report.path("images")) {
            String role = text(image, "role");
            String name = text(image, "name");
            if (role != null && name != null) {
                JsonNode size = image.get("sizeBytes");
                images.put(role, new ImageSnapshot(name, text(image, "id"),
                        size != null && size.isIntegralNumber() ? size.asLong() : null));
            }
        }

        Map<String, PackageSnapshot> packages = new LinkedHashMap<>();
        for (JsonNode image : report.path("inventory").path("images")) {
            String role = text(image, "role");
            if (role != null) {
                packages.put(role, packagesOf(image));
            }
        }
        return new ReportSnapshot(text(report, "generatedAt"), text(report, "platform"), verdicts, images, packages);
    }

    private static PackageSnapshot packagesOf(JsonNode image) {
        Map<String, String> os = new LinkedHashMap<>();
        for (JsonNode entry : image.path("osPackages")) {
            String name = text(entry, "name");
            String version = text(entry, "version");
            if (name != null && version != null) {
                os.put(name, version);
            }
        }
        Map<String, InstalledPackage> python = new LinkedHashMap<>();
        for (JsonNode entry : image.path("pythonPackages")) {
            String name = text(entry, "name");
            String version = text(entry, "version");
            if (name != null && version != null) {
                python.putIfAbsent(InventoryOutput.normalizePythonName(name), new InstalledPackage(name, version));
            }
        }
        return new PackageSnapshot(text(image, "osPackageDatabase"), os, text(image, "pythonVersion") != null,
                python);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
