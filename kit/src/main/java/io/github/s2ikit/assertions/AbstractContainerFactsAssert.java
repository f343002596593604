package io.github.s2ikit.assertions;

import io.github.s2ikit.facts.ContainerFacts;
import io.github.s2ikit.facts.FileStat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on the {@link ContainerFacts} a probe read from a running container. Each method
 * judges facts already in memory, so it costs no round trip to the engine.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractContainerFactsAssert<SELF extends AbstractContainerFactsAssert<SELF>>
        extends AbstractObjectAssert<SELF, ContainerFacts> {

    /**
     * Creates assertions on the given facts.
     *
     * @param actual the facts under test
     * @param selfType the concrete assertion class
     */
    protected AbstractContainerFactsAssert(ContainerFacts actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Verifies that the container's user has the given uid.
     *
     * <pre>{@code
     * assertThat(facts).runsAsUid(1001);
     * }</pre>
     *
     * @throws AssertionError when the uid differs
     */
    public SELF runsAsUid(int uid) {
        isNotNull();
        if (actual.uid() != uid) {
            throw failureWithActualExpected(actual.uid(), uid,
                    "%nExpecting a container of image%n  %s%nto run as uid%n  %s%nbut it runs as uid%n  %s",
                    actual.image(), uid, actual.uid());
        }
        return myself;
    }

    /**
     * Verifies that the container's user has the given primary gid.
     *
     * @throws AssertionError when the gid differs
     */
    public SELF runsAsGid(int gid) {
        isNotNull();
        if (actual.gid() != gid) {
            throw failureWithActualExpected(actual.gid(), gid,
                    "%nExpecting a container of image%n  %s%nto run with gid%n  %s%nbut it runs with gid%n  %s",
                    actual.image(), gid, actual.gid());
        }
        return myself;
    }

    /**
     * Verifies that the container's user is not root (uid 0).
     *
     * @throws AssertionError when it runs as root
     */
    public SELF doesNotRunAsRoot() {
        isNotNull();
        if (actual.uid() == 0) {
            failWithMessage("%nExpecting a container of image%n  %s%nnot to run as root, but it runs as uid 0", actual.image());
        }
        return myself;
    }

    /**
     * Verifies that none of the executables is on {@code PATH} or in the standard binary folders,
     * under its plain name or with a version suffix or target prefix, such as {@code gcc-12} or
     * {@code x86_64-linux-gnu-gcc}.
     *
     * <pre>{@code
     * assertThat(minimal).hasNoExecutables(List.of("gcc", "cc"));  // passes on the minimal image
     * assertThat(full).hasNoExecutables(List.of("gcc"));           // fails: gcc at /usr/bin/gcc
     * }</pre>
     *
     * @throws AssertionError listing each one found and where
     */
    public SELF hasNoExecutables(Collection<String> names) {
        isNotNull();
        requireLookedUp(names);
        List<String> found = new ArrayList<>();
        for (String name : names) {
            List<String> places = new ArrayList<>(actual.locationsOf(name));
            places.addAll(actual.variantsOf(name));
            if (!places.isEmpty()) {
                found.add(name + " at " + String.join(", ", places));
            }
        }
        if (!found.isEmpty()) {
            failWithMessage("%nExpecting image%n  %s%nto have none of the executables%n  %s%nbut found%n  %s",
                    actual.image(), names, String.join("\n  ", found));
        }
        return myself;
    }

    /**
     * Verifies that none of the executables is on {@code PATH} or in the standard binary folders,
     * under any of the names {@link #hasNoExecutables(Collection)} checks.
     *
     * @throws AssertionError listing each one found and where
     */
    public SELF hasNoExecutables(String... names) {
        return hasNoExecutables(Arrays.asList(names));
    }

    /**
     * Verifies that every executable is on {@code PATH} or in a standard binary folder.
     *
     * @throws AssertionError listing the missing ones
     */
    public SELF hasExecutables(String... names) {
        isNotNull();
        requireLookedUp(Arrays.asList(names));
        List<String> missing = Arrays.stream(names).filter(name -> !actual.hasExecutable(name)).toList();
        if (!missing.isEmpty()) {
            failWithMessage("%nExpecting image%n  %s%nto have the executables%n  %s%nbut these are missing%n  %s",
                    actual.image(), Arrays.asList(names), missing);
        }
        return myself;
    }

    /**
     * Verifies that the path exists.
     *
     * @throws AssertionError when it does not
     */
    public SELF hasFile(String path) {
        isNotNull();
        if (!actual.file(path).exists()) {
            failWithMessage("%nExpecting image%n  %s%nto have the file%n  %s%nbut it does not exist", actual.image(), path);
        }
        return myself;
    }

    /**
     * Verifies that the path does not exist.
     *
     * @throws AssertionError showing the file's mode and owner when it exists
     */
    public SELF doesNotHaveFile(String path) {
        isNotNull();
        FileStat stat = actual.file(path);
        if (stat.exists()) {
            failWithMessage("%nExpecting image%n  %s%nnot to have the file%n  %s%nbut found%n  %s", actual.image(), path, stat);
        }
        return myself;
    }

    /**
     * Verifies that the path exists and may be executed.
     *
     * @throws AssertionError showing what was found
     */
    public SELF hasExecutableFile(String path) {
        isNotNull();
        FileStat stat = actual.file(path);
        if (!stat.exists() || stat.isDirectory() || !stat.isExecutable()) {
            failWithMessage("%nExpecting image%n  %s%nto have the executable file%n  %s%nbut found%n  %s",
                    actual.image(), path, stat);
        }
        return myself;
    }

    /**
     * Verifies that the path belongs to group 0, which may read and write it (and enter it when it is
     * a folder), as arbitrary uids with gid 0 need.
     *
     * @throws AssertionError showing the mode and owner found
     */
    public SELF hasGroupZeroWritable(String path) {
        isNotNull();
        FileStat stat = actual.file(path);
        if (!stat.exists() || stat.gid() != 0 || !stat.isGroupWritable()) {
            failWithMessage("%nExpecting in image%n  %s%nthe path%n  %s%nto be group 0 and group-writable%nbut found%n  %s",
                    actual.image(), path, stat);
        }
        return myself;
    }

    /**
     * Verifies that no file of the given name was found in the searched folders.
     *
     * @throws AssertionError listing where it was found
     */
    public SELF hasNoFileNamed(String name) {
        isNotNull();
        List<String> found = actual.foundFiles().getOrDefault(name, List.of());
        if (!found.isEmpty()) {
            failWithMessage("%nExpecting image%n  %s%nto have no file named%n  %s%nbut found%n  %s",
                    actual.image(), name, String.join("\n  ", found));
        }
        return myself;
    }

    /**
     * Verifies that a file of the given name was found in the searched folders.
     *
     * @throws AssertionError when none was found
     */
    public SELF hasFileNamed(String name) {
        isNotNull();
        if (actual.foundFiles().getOrDefault(name, List.of()).isEmpty()) {
            failWithMessage("%nExpecting image%n  %s%nto have a file named%n  %s%nbut none was found", actual.image(), name);
        }
        return myself;
    }

    /**
     * Verifies that a command run in the container sees the environment variable with the value.
     *
     * @throws AssertionError showing the value found, or that it is unset
     */
    public SELF hasEnv(String name, String value) {
        isNotNull();
        String found = actual.env().get(name);
        if (!Objects.equals(found, value)) {
            throw failureWithActualExpected(found, value,
                    "%nExpecting in a container of image%n  %s%nthe variable%n  %s=%s%nbut found%n  %s",
                    actual.image(), name, value, found == null ? "(unset)" : name + "=" + found);
        }
        return myself;
    }

    /**
     * Verifies that {@code python} is the given {@code major.minor} version, any patch level.
     *
     * @throws AssertionError showing the version found
     */
    public SELF hasPythonVersion(String majorMinor) {
        isNotNull();
        String version = actual.python().version();
        if (!version.startsWith(majorMinor + ".")) {
            throw failureWithActualExpected(version, majorMinor + ".x",
                    "%nExpecting in image%n  %s%nPython%n  %s.x%nbut found%n  %s%nPython's error output:%n  %s",
                    actual.image(), majorMinor, version.isEmpty() ? "(python did not run)" : version,
                    actual.python().stderr().strip());
        }
        return myself;
    }

    /**
     * Verifies that Python's {@code sys.prefix} is the given path, that is the active virtual
     * environment.
     *
     * @throws AssertionError showing the prefix found
     */
    public SELF hasPythonPrefix(String prefix) {
        isNotNull();
        if (!actual.python().prefix().equals(prefix)) {
            throw failureWithActualExpected(actual.python().prefix(), prefix,
                    "%nExpecting in image%n  %s%nPython's sys.prefix%n  %s%nbut found%n  %s",
                    actual.image(), prefix, actual.python().prefix());
        }
        return myself;
    }

    /**
     * Verifies that Python's preferred encoding is the given one and that the locale of the
     * environment is installed ({@code setlocale(LC_ALL, "")} works) with no warning from Python or
     * from bash.
     *
     * @throws AssertionError showing the encoding, the locale error and the warnings found
     */
    public SELF hasWorkingLocale(String encoding) {
        isNotNull();
        ContainerFacts.PythonFacts python = actual.python();
        String warnings = (python.stderr() + actual.bash().stderr()).strip();
        if (!python.preferredEncoding().equalsIgnoreCase(encoding) || !python.localeSupported() || !warnings.isEmpty()) {
            failWithMessage("%nExpecting in image%n  %s%nthe preferred encoding %s with the locale installed and no warning"
                            + "%nbut found%n  encoding: %s%n  setlocale(LC_ALL, \"\"): %s%n  warnings: %s",
                    actual.image(), encoding, python.preferredEncoding(), python.locale(),
                    warnings.isEmpty() ? "(none)" : warnings);
        }
        return myself;
    }

    /**
     * Verifies that fewer than the given number of OS packages are installed.
     *
     * @throws AssertionError showing the count, or that no package database was found
     */
    public SELF hasFewerPackagesThan(int budget) {
        isNotNull();
        if (actual.packageCount().isEmpty()) {
            failWithMessage("%nExpecting image%n  %s%nto have fewer than %s OS packages%nbut no package database"
                    + " (rpm or dpkg) was found", actual.image(), budget);
        }
        int count = actual.packageCount().getAsInt();
        if (count >= budget) {
            failWithMessage("%nExpecting image%n  %s%nto have fewer than%n  %s%nOS packages but it has%n  %s (%s)",
                    actual.image(), budget, count, actual.packageDatabase().orElse("?"));
        }
        return myself;
    }

    private void requireLookedUp(Collection<String> names) {
        List<String> unknown = names.stream().filter(name -> !actual.executables().containsKey(name)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("The probe did not look up " + unknown
                    + "; add them to the ProbeRequest's executables");
        }
    }
}
