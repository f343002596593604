package io.github.s2ikit.conformance.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The image builds of this JVM, read from the kit's log as it is written to standard error.
 *
 * <p>The engine does not record which client built an image. On an engine shared with other runs
 * of the kit, only the kit's own log names the builds of this run. This log counts a build that
 * fails, which leaves no image, and one whose image is removed right after, which the engine's
 * list of images misses. It reads the info lines of {@code ImageBuilder} ("Building NAME for ...",
 * "Using cached NAME for ...") and {@code JibMultiStageBuild} ("Assembling NAME with Jib ...",
 * "Using cached NAME for ..."), in the format of slf4j-simple.
 *
 * <p>NOTE: a change to those log messages breaks these counts without an error; {@link Benchmark}
 * then reports a mismatch with the engine's count where no other run was active.
 */
final class BuildLog {

    private static final Pattern BUILD = Pattern.compile(" - (?:Building|Assembling) (\\S+) (?:for|with Jib) ");
    private static final Pattern CACHED = Pattern.compile(" - Using cached (\\S+) for ");

    private final List<String> builds = new ArrayList<>();
    private final List<String> cached = new ArrayList<>();

    private BuildLog() {
    }

    /**
     * Starts reading standard error, which still reaches its old target. slf4j-simple looks up
     * {@code System.err} at every message, so this works after it was set up too.
     */
    static BuildLog watchStandardError() {
        BuildLog log = new BuildLog();
        System.setErr(new PrintStream(new LineTee(System.err, log), true, StandardCharsets.UTF_8));
        return log;
    }

    private synchronized void line(String line) {
        Matcher build = BUILD.matcher(line);
        if (build.find()) {
            builds.add(build.group(1));
            return;
        }
        Matcher hit = CACHED.matcher(line);
        if (hit.find()) {
            cached.add(hit.group(1));
        }
    }

    /** Returns the images whose build started, in order; a failed build is included. */
    synchronized List<String> builds() {
        return List.copyOf(builds);
    }

    /** Returns the images that were found in the engine and used without a build. */
    synchronized List<String> cached() {
        return List.copyOf(cached);
    }

    /** Writes everything to the target and hands each complete line to the build log. */
    private static final class LineTee extends OutputStream {

        private final PrintStream target;
        private final BuildLog log;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineTee(PrintStream target, BuildLog log) {
            this.target = target;
            this.log = log;
        }

        @Override
        public synchronized void write(int b) {
            target.write(b);
            if (b == '\n') {
                log.line(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                write(bytes[i]);
            }
        }

        @Override
        public void flush() {
            target.flush();
        }
    }
}
