package io.github.s2ikit.platform;

import java.util.List;
import java.util.Objects;

/**
 * The OS package manager of an image family, as the image recipes and the claims use it.
 *
 * <p>A recipe installs packages with {@link #installCommand(List)}, which refreshes the package
 * lists first where the manager needs it and cleans its caches afterwards, so an install step
 * adds only the packages to the image.
 *
 * @param name the executable, for example {@code microdnf} or {@code apt-get}
 * @param install the install command without package names, for example {@code microdnf -y install}
 * @param refresh the command that refreshes package lists before an install, or empty
 * @param clean the command that removes caches after an install, or empty
 * @param absentManagers the executables of full package managers the minimal image must not have
 */
public record PackageManager(
        String name, String install, String refresh, String clean, List<String> absentManagers) {

    /** CentOS Stream and UBI minimal images: {@code microdnf}, without {@code yum} or {@code dnf}. */
    public static final PackageManager MICRODNF = new PackageManager(
            "microdnf",
            "microdnf -y --setopt=tsflags=nodocs --setopt=install_weak_deps=0 install",
            "",
            "microdnf -y clean all",
            List.of("yum", "dnf"));

    /**
     * Debian: {@code apt-get}. Debian has no second, fuller manager, so none must be absent
     * beyond the Red Hat ones, which a Debian image never has.
     */
    public static final PackageManager APT_GET = new PackageManager(
            "apt-get",
            "apt-get install -y --no-install-recommends",
            "apt-get update",
            "apt-get clean && rm -rf /var/lib/apt/lists/*",
            List.of("yum", "dnf"));

    public PackageManager {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(install, "install");
        Objects.requireNonNull(refresh, "refresh");
        Objects.requireNonNull(clean, "clean");
        absentManagers = List.copyOf(absentManagers);
    }

    /**
     * Returns one shell command line that installs the given packages: refresh, install, clean.
     *
     * @param packages the package names, at least one
     * @return a command line for {@code sh -c} or a Dockerfile {@code RUN}
     */
    public String installCommand(List<String> packages) {
        if (packages.isEmpty()) {
            throw new IllegalArgumentException("The packages to install should not be empty");
        }
        StringBuilder command = new StringBuilder();
        if (!refresh.isEmpty()) {
            command.append(refresh).append(" && ");
        }
        command.append(install).append(' ').append(String.join(" ", packages));
        if (!clean.isEmpty()) {
            command.append(" && ").append(clean);
        }
        return command.toString();
    }
}
