package io.github.s2ikit.docker;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of one command run in a container.
 *
 * @param command the command as it was run
 * @param exitCode the command's exit status
 * @param stdout what the command printed on standard output
 * @param stderr what the command printed on standard error
 */
public record ExecResult(List<String> command, int exitCode, String stdout, String stderr) {

    public ExecResult {
        command = List.copyOf(command);
    }

    /**
     * Tells whether the command exited with status 0.
     */
    public boolean succeeded() {
        return exitCode == 0;
    }

    /**
     * Returns the last lines of standard output and standard error, for failure messages.
     *
     * @param lines how many lines of each stream to keep
     */
    public String tail(int lines) {
        return "exit status " + exitCode
                + "\n--- stdout (last " + lines + " lines) ---\n" + lastLines(stdout, lines)
                + "\n--- stderr (last " + lines + " lines) ---\n" + lastLines(stderr, lines);
    }

    static String lastLines(String text, int count) {
        List<String> all = Arrays.asList(text.strip().split("\n"));
        return all.subList(Math.max(0, all.size() - count), all.size()).stream()
                .collect(Collectors.joining("\n"));
    }
}
