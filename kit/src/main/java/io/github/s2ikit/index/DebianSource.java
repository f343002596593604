package io.github.s2ikit.index;

import java.util.Objects;
import java.util.Optional;

/**
 * A pinned Debian source package whose upstream ("orig") tarball becomes a Python source
 * distribution that pip installs by name.
 *
 * <p>Renaming the tarball to {@code <project>-<upstream version>.tar.gz} is enough for pip, as long
 * as that version is the package's own. With a {@linkplain #subfolder() subfolder}, only that
 * folder of the tarball is packed, under a top folder named {@code <project>-<upstream version>}:
 * flit's tarball carries the {@code flit_core} build backend that way.
 *
 * @param sourcePackage the Debian source package, for example {@code mod-wsgi}
 * @param version the exact Debian version, for example {@code 5.0.2-1}
 * @param suite the Debian suite that serves the orig tarball, for example {@code trixie}
 * @param project the Python project name as its source distribution spells it, for example
 *     {@code mod_wsgi}
 * @param subfolder the folder of the tarball to pack on its own, or empty for the whole tarball
 */
public record DebianSource(String sourcePackage, String version, String suite, String project,
        Optional<String> subfolder) {

    public DebianSource {
        DebianNames.requirePackage("source package", sourcePackage);
        DebianNames.requireVersion(version);
        DebianNames.requireSuite(suite);
        DebianNames.requireProject(project);
        Objects.requireNonNull(subfolder, "subfolder");
        subfolder.ifPresent(DebianNames::requireSubfolder);
    }

    /** Pins the orig tarball of a source package, used whole. */
    public static DebianSource orig(String sourcePackage, String version, String suite, String project) {
        return new DebianSource(sourcePackage, version, suite, project, Optional.empty());
    }

    /** Returns a copy that packs only the given folder of the tarball, for example {@code flit_core}. */
    public DebianSource packingSubfolder(String folder) {
        return new DebianSource(sourcePackage, version, suite, project, Optional.of(folder));
    }

    /** Returns the upstream version: the Debian version without its epoch and Debian revision. */
    public String upstreamVersion() {
        return DebianNames.upstreamVersion(version);
    }

    /** Returns the name of the orig tarball in Debian's archive, for example {@code mod-wsgi_5.0.2.orig.tar.gz}. */
    public String origTarball() {
        return sourcePackage + "_" + upstreamVersion() + ".orig.tar.gz";
    }

    /** Returns the name of the source distribution made from it, for example {@code mod_wsgi-5.0.2.tar.gz}. */
    public String fileName() {
        return project + "-" + upstreamVersion() + ".tar.gz";
    }

    @Override
    public String toString() {
        return "source package " + sourcePackage + " " + version + " (suite " + suite + ")";
    }
}
