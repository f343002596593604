package io.github.s2ikit.facts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a {@link Probe} looks up in a container besides the facts it always reads.
 *
 * @param executables names to look up on {@code PATH} and in {@link #EXECUTABLE_DIRECTORIES}
 * @param paths paths whose mode and owner to read
 * @param fileNames file names to search for under {@link #searchDirectories()}
 * @param searchDirectories folders to search for {@link #fileNames()}, recursively
 */
public record ProbeRequest(
        List<String> executables, List<String> paths, List<String> fileNames, List<String> searchDirectories) {

    /** The folders searched for executables besides {@code PATH}. */
    public static final List<String> EXECUTABLE_DIRECTORIES =
            List.of("/usr/bin", "/usr/local/bin", "/bin", "/usr/sbin", "/sbin");

    /** Compiler names that the minimal image must not have. */
    public static final List<String> COMPILERS = List.of("gcc", "cc", "c++", "g++", "clang", "clang++", "cpp");

    /** Node.js names that the minimal image must not have. */
    public static final List<String> NODE = List.of("node", "nodejs", "npm");

    /** Package managers, minimal and full, of the known platforms. */
    public static final List<String> PACKAGE_MANAGERS = List.of("microdnf", "dnf", "yum", "apt-get", "rpm", "dpkg");

    /** The s2i scripts and helpers every image has. */
    public static final List<String> S2I_PATHS = List.of(
            "/usr/libexec/s2i/assemble", "/usr/libexec/s2i/run", "/usr/libexec/s2i/usage",
            "/usr/bin/fix-permissions", "/opt/app-root", "/opt/app-root/src", "/opt/app-root/etc",
            "/opt/app-root/bin", "/usr/include/stdio.h");

    public ProbeRequest {
        executables = List.copyOf(executables);
        paths = List.copyOf(paths);
        fileNames = List.copyOf(fileNames);
        searchDirectories = List.copyOf(searchDirectories);
        for (String value : concat(executables, paths, fileNames, searchDirectories)) {
            // Values go into a shell script between single quotes.
            if (value.contains("'") || value.contains("\n") || value.isBlank()) {
                throw new IllegalArgumentException("Invalid probe value '" + value + "'");
            }
        }
    }

    /**
     * Returns the request that covers every static claim: compilers, Node.js, package managers,
     * Python, the s2i scripts and folders, and {@code Python.h} under the include folders.
     */
    public static ProbeRequest standard() {
        return new ProbeRequest(
                concat(COMPILERS, NODE, PACKAGE_MANAGERS, List.of("python", "python3", "bash", "sh")),
                S2I_PATHS,
                List.of("Python.h"),
                List.of("/usr/include", "/usr/local/include"));
    }

    /** Returns a copy that also looks up the given executables. */
    public ProbeRequest withExecutables(List<String> names) {
        return new ProbeRequest(concat(executables, names), paths, fileNames, searchDirectories);
    }

    /** Returns a copy that also reads the mode and owner of the given paths. */
    public ProbeRequest withPaths(List<String> more) {
        return new ProbeRequest(executables, concat(paths, more), fileNames, searchDirectories);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        Set<String> all = new LinkedHashSet<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }
}
