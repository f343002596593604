package io.github.s2ikit.facts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The static facts read from a running container by one {@link Probe}.
 *
 * @param image the name of the image the container runs
 * @param uid the uid of the container's user
 * @param gid the gid of the container's user
 * @param userName the user's name, empty when the uid has no passwd entry
 * @param env the environment of a command run in the container
 * @param osId the {@code ID=} value of {@code /etc/os-release}
 * @param executables for each looked-up name, every place it was found: the {@code PATH} match
 *     first, then the matches in the standard folders; an empty list when nowhere
 * @param executableVariants for each looked-up name, the programs in the same folders that carry
 *     it with a version suffix, a target prefix or both, such as {@code gcc-12} or
 *     {@code x86_64-linux-gnu-gcc}. A name without such programs has an empty list or no entry
 * @param files the mode and owner of each requested path
 * @param foundFiles for each searched file name, every path where it was found
 * @param packageDatabase {@code rpm} or {@code dpkg}, empty when neither is present
 * @param packageCount the number of installed OS packages, when a package database was found
 * @param python the Python facts
 * @param bash the facts of a {@code bash -c} shell, as {@code exec} users get it
 */
public record ContainerFacts(
        String image,
        int uid,
        int gid,
        Optional<String> userName,
        Map<String, String> env,
        String osId,
        Map<String, List<String>> executables,
        Map<String, List<String>> executableVariants,
        Map<String, FileStat> files,
        Map<String, List<String>> foundFiles,
        Optional<String> packageDatabase,
        OptionalInt packageCount,
        PythonFacts python,
        ShellFacts bash) {

    public ContainerFacts {
        Objects.requireNonNull(image, "image");
        env = Map.copyOf(env);
        executables = Map.copyOf(executables);
        executableVariants = Map.copyOf(executableVariants);
        files = Map.copyOf(files);
        foundFiles = Map.copyOf(foundFiles);
    }

    /**
     * Returns every place the named executable was found; empty when it is absent or was not
     * looked up.
     */
    public List<String> locationsOf(String executable) {
        return executables.getOrDefault(executable, List.of());
    }

    /**
     * Returns the paths of the programs that carry the name with a version suffix, a target prefix
     * or both, such as {@code /usr/bin/gcc-12} for {@code gcc}. The list is empty when there is
     * none or the name was not looked up.
     */
    public List<String> variantsOf(String executable) {
        return executableVariants.getOrDefault(executable, List.of());
    }

    /** Tells whether the named executable was found anywhere. */
    public boolean hasExecutable(String executable) {
        return !locationsOf(executable).isEmpty();
    }

    /**
     * Returns the stat of a requested path.
     *
     * @throws IllegalArgumentException when the probe was not asked for that path
     */
    public FileStat file(String path) {
        FileStat stat = files.get(path);
        if (stat == null) {
            throw new IllegalArgumentException("The probe did not read " + path + "; add it to the ProbeRequest");
        }
        return stat;
    }

    /**
     * Python facts.
     *
     * @param version the version, for example {@code 3.11.2}; empty when Python did not run
     * @param prefix {@code sys.prefix}
     * @param executable {@code sys.executable}
     * @param preferredEncoding {@code locale.getpreferredencoding()}
     * @param locale the locale after {@code setlocale(LC_ALL, "")}, or the error it raised
     * @param localeSupported whether {@code setlocale(LC_ALL, "")} succeeded
     * @param stderr what Python printed on standard error
     */
    public record PythonFacts(
            String version, String prefix, String executable, String preferredEncoding,
            String locale, boolean localeSupported, String stderr) {
    }

    /**
     * Facts of a shell started the way {@code docker exec CONTAINER bash -c ...} starts it.
     *
     * @param virtualEnv the {@code VIRTUAL_ENV} the shell sees
     * @param pythonPath where {@code python} resolves
     * @param pythonVersion what {@code python --version} prints
     * @param stderr what the shell printed on standard error, such as locale warnings
     */
    public record ShellFacts(String virtualEnv, String pythonPath, String pythonVersion, String stderr) {
    }
}
