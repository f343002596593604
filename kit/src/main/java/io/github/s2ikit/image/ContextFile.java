package io.github.s2ikit.image;

import java.util.Objects;

/**
 * One file of a build context: its content and its POSIX mode.
 *
 * @param content the file's bytes
 * @param mode the POSIX permission bits, for example {@code 0644}
 */
public record ContextFile(byte[] content, int mode) {

    /** The mode of an ordinary file. */
    public static final int REGULAR = 0644;

    /** The mode of an executable file. */
    public static final int EXECUTABLE = 0755;

    public ContextFile {
        Objects.requireNonNull(content, "content");
        if ((mode & ~07777) != 0) {
            throw new IllegalArgumentException("Invalid file mode " + Integer.toOctalString(mode));
        }
    }

    /**
     * Returns a file whose mode is guessed from its content: executable when it starts with
     * {@code #!}. Class path resources lose their modes, so this is how scripts keep theirs.
     */
    public static ContextFile guessMode(byte[] content) {
        boolean script = content.length > 1 && content[0] == '#' && content[1] == '!';
        return new ContextFile(content, script ? EXECUTABLE : REGULAR);
    }
}
