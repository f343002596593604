package io.github.s2ikit.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platforms the kit supports, by id.
 *
 * <p>The real platforms name images in registries that must be reachable to pull them; the
 * reference platform is built locally and works offline.
 */
public final class Platforms {

    /**
     * The locally built Debian 12 stand-ins for the minimal and full images, with Python 3.11.
     * They follow the same contract as the real images and are the default target, so the kit
     * runs end to end without a registry. They do not replace the real images.
     */
    public static final Platform REFERENCE = new Platform(
            "reference",
            "Debian 12 reference images built locally from the kit's definitions",
            "3.11",
            Optional.empty(),
            Optional.empty(),
            PackageManager.APT_GET,
            List.of("gcc", "python3.11-dev"),
            "apache2-bin",
            "debian",
            // The reference minimal image has about 110 packages (98 of them from the base).
            150);

    /** CentOS Stream 9 with Python 3.11, from the sclorg project. */
    public static final Platform C9S_311 = centosStream("3.11");

    /** CentOS Stream 9 with Python 3.12, from the sclorg project. */
    public static final Platform C9S_312 = centosStream("3.12");

    /** Red Hat Enterprise Linux 8 with Python 3.11 (UBI 8 minimal based). */
    public static final Platform EL8_311 = new Platform(
            "el8-3.11",
            "RHEL 8 Python 3.11 images from the Red Hat registry",
            "3.11",
            Optional.of("registry.redhat.io/rhel8/python-311-minimal"),
            Optional.of("registry.redhat.io/rhel8/python-311"),
            PackageManager.MICRODNF,
            List.of("gcc", "python3.11-devel"),
            "httpd",
            "rhel",
            // NOTE: an estimate from the package lists of the image sources, not a measurement.
            200);

    private static final Map<String, Platform> BY_ID = index(REFERENCE, C9S_311, C9S_312, EL8_311);

    private Platforms() {
    }

    /**
     * Returns every known platform, the reference platform first.
     */
    public static List<Platform> all() {
        return List.copyOf(BY_ID.values());
    }

    /**
     * Finds a platform by its id; {@code c9s} alone means {@code c9s-3.11} and {@code el8} means
     * {@code el8-3.11}.
     */
    public static Optional<Platform> find(String id) {
        String key = id.strip();
        if (key.equals("c9s") || key.equals("el8")) {
            key = key + "-3.11";
        }
        return Optional.ofNullable(BY_ID.get(key));
    }

    /**
     * Returns the platform with the given id.
     *
     * @throws IllegalArgumentException naming the known ids when there is no such platform
     */
    public static Platform byId(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "Unknown platform '" + id + "'; known platforms: " + String.join(", ", BY_ID.keySet())));
    }

    private static Platform centosStream(String pythonVersion) {
        String version = pythonVersion.replace(".", "");
        return new Platform(
                "c9s-" + pythonVersion,
                "CentOS Stream 9 Python " + pythonVersion + " images from the sclorg project",
                pythonVersion,
                Optional.of("quay.io/sclorg/python-" + version + "-minimal-c9s:c9s"),
                Optional.of("quay.io/sclorg/python-" + version + "-c9s:c9s"),
                PackageManager.MICRODNF,
                List.of("gcc", "python" + pythonVersion + "-devel"),
                "httpd",
                "centos",
                // NOTE: an estimate from the package lists of the image sources, not a measurement.
                200);
    }

    private static Map<String, Platform> index(Platform... platforms) {
        Map<String, Platform> byId = new LinkedHashMap<>();
        for (Platform platform : platforms) {
            byId.put(platform.id(), platform);
        }
        return byId;
    }
}
