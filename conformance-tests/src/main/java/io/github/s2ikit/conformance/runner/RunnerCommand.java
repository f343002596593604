package io.github.s2ikit.conformance.runner;

import io.github.s2ikit.conformance.report.ClaimCatalogue;
import io.github.s2ikit.conformance.report.ClaimDefinition;
import io.github.s2ikit.conformance.report.ConformanceReportListener;
import io.github.s2ikit.conformance.report.Counts;
import io.github.s2ikit.conformance.report.Verdict;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The standalone runner of the conformance suite: the main class of the runner jar.
 *
 * <p>It checks the options and the environment, runs the selected claim tests through the JUnit
 * Platform launcher in this JVM, prints progress to standard error and a summary line to standard
 * output, and returns an {@link ExitStatus}. The report listener, which the launcher loads from
 * {@code META-INF/services}, writes the report and prints its table to standard output.
 */
@Command(
        name = RunnerCommand.NAME,
        mixinStandardHelpOptions = true,
        versionProvider = RunnerCommand.Version.class,
        sortOptions = false,
        description = {
            "Runs the s2ikit conformance suite against a pair of Python s2i images, the minimal and the full "
                    + "one, and writes the per-claim report. Progress goes to standard error, the report's table and "
                    + "a summary line to standard output.",
            ""},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:Every selected claim passed.",
            "1:A selected claim failed or ended with an error.",
            "2:The run did not start: invalid options, no container engine, an image not found, or an unreadable "
                    + "baseline. Also when the runner itself fails."},
        footerHeading = "%nExample:%n",
        footer = "  java -jar s2ikit-conformance-runner.jar --claims 'IMG-*,MIN-NO-NODE'")
public final class RunnerCommand implements Callable<Integer> {

    /** The command name in messages and help. */
    static final String NAME = "s2ikit-conformance";

    /**
     * The claim classes of the suite, in the order they run. They are test classes, which the
     * runner jar contains but this module's main code cannot refer to.
     */
    static final List<String> CLAIM_CLASSES = List.of(
            "io.github.s2ikit.conformance.ImageBasicsTests",
            "io.github.s2ikit.conformance.MinimalImageTests",
            "io.github.s2ikit.conformance.FullImageTests",
            "io.github.s2ikit.conformance.S2iScriptsTests",
            "io.github.s2ikit.conformance.WorkaroundTests");

    @Option(names = "--platform", paramLabel = "ID", description = "The platform under test: reference, c9s-3.11 "
            + "(or c9s), c9s-3.12, el8-3.11 (or el8). Default: the system property conformance.platform, else "
            + "reference.")
    private String platform;

    @Option(names = "--minimal-image", paramLabel = "IMAGE", description = "The minimal image to test in place of "
            + "the platform's, such as localhost/candidate-minimal:1. The container engine must have it already.")
    private String minimalImage;

    @Option(names = "--full-image", paramLabel = "IMAGE", description = "The full image to test in place of the "
            + "platform's. The container engine must have it already.")
    private String fullImage;

    @Option(names = "--report", paramLabel = "DIR", defaultValue = "conformance-report", description = "The folder "
            + "for the report files, created when missing. Default: ${DEFAULT-VALUE}.")
    private String report;

    @Option(names = "--claims", paramLabel = "ID|GLOB", split = ",", description = "The claims to check: claim ids "
            + "or globs (* and ?) separated by commas, such as 'MIN-*,IMG-LABELS', in any case. The report then lists "
            + "these claims only. Default: every claim of the catalogue.")
    private List<String> claims = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "REPORT.json", description = "The report.json of an earlier run, "
            + "which the report compares this run with.")
    private String baseline;

    @Option(names = "--list-claims", description = "Print the claims of the catalogue by group, with their "
            + "statements, and exit.")
    private boolean listClaims;

    private final PrintStream out;
    private final PrintStream err;
    private final Preflight preflight;
    private final Supplier<Launcher> launchers;
    private final Clock clock;
    private final List<String> claimClasses;

    /**
     * Creates the command.
     *
     * @param out where the summary, help and version go
     * @param err where progress and errors go
     * @param engine the container engine to check before the run
     * @param systemProperties the JVM's system properties, which supply settings the options leave out
     * @param launchers makes the launcher that runs the claim tests
     * @param clock the source of the time of day and of durations in progress lines
     * @param claimClasses the names of the claim classes to run
     */
    RunnerCommand(PrintStream out, PrintStream err, ContainerEngine engine, UnaryOperator<String> systemProperties,
            Supplier<Launcher> launchers, Clock clock, List<String> claimClasses) {
        this.out = out;
        this.err = err;
        this.preflight = new Preflight(engine, systemProperties, RunnerCommand.class.getClassLoader());
        this.launchers = launchers;
        this.clock = clock;
        this.claimClasses = List.copyOf(claimClasses);
    }

    /**
     * Runs the suite with the command-line arguments and exits with the {@link ExitStatus}.
     */
    public static void main(String[] args) {
        OptionalInt child = ChildRunner.runIfNeeded(args, System.err);
        if (child.isPresent()) {
            System.exit(child.getAsInt());
        }

        RunnerCommand command = new RunnerCommand(System.out, System.err, new KitContainerEngine(), System::getProperty,
                LauncherFactory::create, Clock.systemDefaultZone(), CLAIM_CLASSES);
        System.exit(command.execute(args));
    }

    /**
     * Parses the arguments, runs the suite and returns the {@link ExitStatus}. Use a new command
     * for each call, because parsing sets the option fields.
     */
    int execute(String... args) {
        CommandLine commandLine = new CommandLine(this)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setParameterExceptionHandler((exception, arguments) -> {
                    // picocli counts the arguments from 0 in this message, which users need not know.
                    boolean unmatched = exception instanceof CommandLine.UnmatchedArgumentException
                            && exception.getMessage().startsWith("Unmatched argument");
                    String message = unmatched
                            ? "Unexpected argument " + String.join(" ",
                                    ((CommandLine.UnmatchedArgumentException) exception).getUnmatched())
                            : exception.getMessage();
                    err.println(NAME + ": " + message + ". Run with --help to see the options.");
                    return ExitStatus.INVALID;
                })
                .setExecutionExceptionHandler((exception, line, parseResult) -> {
                    err.println(NAME + ": the runner failed unexpectedly: " + exception
                            + ". This is a bug in the runner; its stack trace follows.");
                    exception.printStackTrace(err);
                    return ExitStatus.INVALID;
                });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        if (listClaims) {
            printClaims();
            return ExitStatus.PASSED;
        }

        RunRequest request;
        try {
            request = preflight.check(new RunnerOptions(platform, minimalImage, fullImage, report, claims, baseline),
                    claimClasses);
        } catch (PreflightException e) {
            err.println(NAME + ": " + e.getMessage());
            return ExitStatus.INVALID;
        }

        Path reportFile = request.reportDir().resolve(ConformanceReportListener.JSON_FILE);
        Optional<FileTime> earlierReport = modifiedTime(reportFile);
        RunResult result = run(request);
        Optional<FileTime> laterReport = modifiedTime(reportFile);
        boolean reportWritten = laterReport.isPresent() && !laterReport.equals(earlierReport);

        int status = result.allPassed() ? ExitStatus.PASSED : ExitStatus.NOT_PASSED;
        out.println(summary(result, status, request.reportDir(), reportWritten));
        out.flush();
        return status;
    }

    private RunResult run(RunRequest request) {
        ProgressListener progress = new ProgressListener(err, clock, request.selection().ids());
        progress.announce(plan(request));

        LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
                .selectors(claimClasses.stream().map(DiscoverySelectors::selectClass).toList())
                .configurationParameters(request.configurationParameters());
        if (!request.selection().isAll()) {
            builder.filters(new ClaimFilter(request.selection()));
        }
        LauncherDiscoveryRequest discovery = builder.build();

        // The kit reads its settings from system properties, so they are set for the run and
        // restored after it, for callers that run several commands in one JVM.
        SystemPropertyScope.runWith(request.systemProperties(), () -> launchers.get().execute(discovery, progress));
        return progress.result();
    }

    private static String plan(RunRequest request) {
        ClaimSelection selection = request.selection();
        StringBuilder line = new StringBuilder("Checking ");
        line.append(selection.isAll() ? "all " + Counts.of(selection.ids().size(), "claim")
                : selection.ids().size() + " of " + Counts.of(selection.catalogueSize(), "claim"));
        line.append(" on platform ").append(request.platform().id());
        request.minimalImage().ifPresent(name -> line.append(", minimal image ").append(name));
        request.fullImage().ifPresent(name -> line.append(", full image ").append(name));
        request.baseline().ifPresent(file -> line.append(", baseline ").append(file));
        return line.append("; report folder ").append(request.reportDir()).toString();
    }

    private static String summary(RunResult result, int status, Path reportDir, boolean reportWritten) {
        String counts = result.count(Verdict.PASSED) + " of " + Counts.of(result.verdicts().size(), "claim")
                + " passed, "
                + result.count(Verdict.FAILED) + " failed, " + result.count(Verdict.ERROR) + " error";
        String where = reportWritten
                ? "Report: " + reportDir
                : "No report was written to " + reportDir + "; see the errors above.";
        return "Conformance run finished in " + ProgressListener.format(result.duration()) + ": " + counts
                + " (exit status " + status + "). " + where;
    }

    private static Optional<FileTime> modifiedTime(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.getLastModifiedTime(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns the version from the runner jar's manifest.
     */
    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            String version = RunnerCommand.class.getPackage().getImplementationVersion();
            return new String[] {NAME + " " + (version == null ? "(version unknown: not run from the runner jar)"
                    : version)};
        }
    }

    /** Prints each group of the catalogue with its claims' ids and statements, for --list-claims. */
    private void printClaims() {
        ClaimCatalogue catalogue = ClaimCatalogue.load();
        for (String group : catalogue.groups()) {
            out.println(group);
            for (ClaimDefinition claim : catalogue.claims()) {
                if (group.equals(claim.group())) {
                    out.println("  " + claim.id() + "  " + claim.statement());
                }
            }
        }
        out.flush();
    }
}
