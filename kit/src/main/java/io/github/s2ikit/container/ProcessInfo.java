package io.github.s2ikit.container;

import java.util.List;

/**
 * What {@code /proc} tells about one process in a container: its command line and its real uid
 * and gid.
 *
 * @param pid the process id in the container
 * @param commandLine the arguments, as {@code /proc/PID/cmdline} lists them
 * @param uid the real uid
 * @param gid the real gid
 */
public record ProcessInfo(int pid, List<String> commandLine, int uid, int gid) {

    public ProcessInfo {
        commandLine = List.copyOf(commandLine);
    }

    /** Tells whether any argument of the command line contains the text, for example {@code uwsgi}. */
    public boolean commandLineContains(String text) {
        return commandLine.stream().anyMatch(argument -> argument.contains(text));
    }

    @Override
    public String toString() {
        return "pid " + pid + " (" + String.join(" ", commandLine) + ") as uid " + uid + ", gid " + gid;
    }
}
