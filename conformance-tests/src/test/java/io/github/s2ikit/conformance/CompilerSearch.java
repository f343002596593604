package io.github.s2ikit.conformance;

import io.github.s2ikit.container.ImageContainer;
import io.github.s2ikit.docker.ExecResult;
import io.github.s2ikit.facts.ProbeRequest;
import java.util.List;

/**
 * Finds C and C++ compilers in a container under every name they are installed with, not only the
 * plain names that the kit's probe looks up ({@link ProbeRequest#COMPILERS}).
 *
 * <p>Compiler packages name their programs with a version suffix, a target prefix or both, such
 * as {@code gcc-12}, {@code x86_64-linux-gnu-gcc-12}, {@code clang-14} or {@code c99-gcc}, and
 * add the plain name only through another package or a link. The search lists the folders on
 * {@code PATH} and the standard folders of {@link ProbeRequest#EXECUTABLE_DIRECTORIES} and keeps
 * the names that are one of {@link ProbeRequest#COMPILERS} with such a prefix or suffix. Tools
 * named after a compiler, such as {@code gcc-ar-12} or {@code c++filt}, do not match.
 */
final class CompilerSearch {

    /** A compiler name after the last slash: target prefixes, the name, then an optional version. */
    static final String NAME_PATTERN =
            "/([A-Za-z0-9_.]+-)*(gcc|g\\+\\+|cc|c\\+\\+|clang|clang\\+\\+|cpp)(-[0-9][0-9.]*)?$";

    private CompilerSearch() {
    }

    /**
     * Returns the path of every compiler found in the container, sorted, or an empty list.
     *
     * @throws IllegalStateException when the search cannot run in the container
     */
    static List<String> findIn(ImageContainer container) {
        String script = "for dir in $(printf '%s' \"$PATH\" | tr ':' ' ') "
                + String.join(" ", ProbeRequest.EXECUTABLE_DIRECTORIES) + "; do"
                + " [ -d \"$dir\" ] && ls -1 \"$dir\" | sed \"s|^|$dir/|\";"
                + " done | sort -u | grep -E '" + NAME_PATTERN + "'; exit 0";
        ExecResult result = container.exec("/bin/sh", "-c", script);
        if (!result.succeeded()) {
            throw new IllegalStateException("The compiler search failed in a container of " + container.image() + ": "
                    + result.tail(10));
        }
        return result.stdout().lines().filter(line -> !line.isBlank()).toList();
    }
}
