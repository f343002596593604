package io.github.s2ikit.conformance.benchmark;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import com.github.dockerjava.api.model.Event;
import io.github.s2ikit.docker.KitLabels;
import io.github.s2ikit.facts.ContainerFacts;
import io.github.s2ikit.facts.ImageConfig;
import io.github.s2ikit.junit.Claim;
import io.github.s2ikit.junit.ClaimEvidence;
import io.github.s2ikit.junit.ImageConformance;
import io.github.s2ikit.platform.Platform;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the conformance suite, or its static claims only, in this JVM through the JUnit Platform
 * Launcher, and writes what the run cost as JSON. The result has the wall time of the run and of
 * each claim group, the image builds, the containers and execs the engine saw, and the JVM's peak
 * memory.
 *
 * <p>Arguments: {@code --label NAME --out FILE --report-dir DIR}, plus {@code --cold} to remove
 * the cached variant images first, or {@code --static-claims} to run only the static claims. While
 * containers of other runs of the kit are running, a cold run removes nothing and exits with
 * {@value #EXIT_NOT_STARTED}. The suite's own system properties ({@code conformance.packages.dir}
 * and the platform settings) apply as under Maven. {@link Benchmark} starts this program once per
 * run, so each run has a fresh JVM, as under Surefire.
 */
public final class SuiteRunBenchmark {

    private static final String SUITE_PACKAGE = "io.github.s2ikit.conformance";

    /** How many of the slowest tests a result lists. */
    private static final int SLOWEST_TESTS = 10;

    /** The exit status of a cold run that did not start because other runs of the kit are running. */
    static final int EXIT_NOT_STARTED = 3;

    /**
     * The parameter types of a static claim test: facts already read and image configurations,
     * with no image build, app container or extra exec.
     */
    private static final Set<Class<?>> STATIC_PARAMETERS =
            Set.of(ContainerFacts.class, ImageConfig.class, ClaimEvidence.class, Platform.class);

    private SuiteRunBenchmark() {
    }

    public static void main(String[] args) {
        BuildLog buildLog = BuildLog.watchStandardError();
        Map<String, String> options = options(args);
        String label = required(options, "--label");
        Path out = Path.of(required(options, "--out"));
        Path reportDir = Path.of(required(options, "--report-dir"));
        boolean staticOnly = options.containsKey("--static-claims");

        CacheImages.Removal removal = options.containsKey("--cold") ? removeForColdRun()
                : new CacheImages.Removal(List.of(), List.of());

        List<Class<?>> claimClasses = claimClasses();
        List<Method> claimTests = claimTests(claimClasses, staticOnly);
        List<DiscoverySelector> selectors = staticOnly
                ? claimTests.stream().map(method -> (DiscoverySelector) selectMethod(method.getDeclaringClass(), method))
                        .toList()
                : claimClasses.stream().map(type -> (DiscoverySelector) selectClass(type)).toList();
        List<String> claims = claimTests.stream().map(method -> method.getAnnotation(Claim.class).value()).toList();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .configurationParameter("conformance.report.console", "false")
                .configurationParameter("conformance.report.dir", reportDir.toString())
                // The static run measures what the claims cost, so it leaves out the report's
                // package lists, which start a container per image after the last claim.
                .configurationParameter("conformance.report.inventory", String.valueOf(!staticOnly))
                .build();

        SortedSet<String> imagesBefore = CacheImages.names();
        ClaimGroupTimer timer = new ClaimGroupTimer();
        long start;
        long end;
        EngineEvents.Counts ours;
        EngineEvents.Counts others;
        try (EngineEvents events = EngineEvents.ofContainersLabelled(KitLabels.SESSION)) {
            Launcher launcher = LauncherFactory.create();
            start = System.nanoTime();
            launcher.execute(request, timer);
            end = System.nanoTime();
            events.awaitQuiet();
            ours = EngineEvents.count(events.all(), SuiteRunBenchmark::ofThisSession);
            others = EngineEvents.count(events.all(), event -> !ofThisSession(event));
        }
        ProcessMemory memory = ProcessMemory.peak();
        SortedSet<String> newImages = new TreeSet<>(CacheImages.names());
        newImages.removeAll(imagesBefore);

        String selection = staticOnly ? selectors.size() + " static claim tests of " + SUITE_PACKAGE
                : claimClasses.size() + " claim classes of " + SUITE_PACKAGE;
        Results.SuiteRun run = new Results.SuiteRun(label, selection, claims, (end - start) / 1_000_000, timer.counts(),
                timer.groups(), timer.slowestTests(SLOWEST_TESTS), removal.removed(), removal.notRemoved(),
                buildLog.builds(), buildLog.cached().size(), List.copyOf(newImages), ours, others.containersCreated(),
                memory);
        Results.write(out, run);
        System.out.printf("Suite run '%s': %d ms, %s, %d builds, %d new cache images%n", label, run.wallMillis(),
                run.tests(), run.builds().size(), newImages.size());
        // Threads of the engine client may outlive the run. The shutdown hooks still remove this
        // session's containers.
        System.exit(0);
    }

    /**
     * Removes the cached variant images for a cold run, or exits with {@value #EXIT_NOT_STARTED}
     * while other runs of the kit have containers running.
     */
    private static CacheImages.Removal removeForColdRun() {
        List<String> others = CacheImages.containersOfOtherSessions();
        if (!others.isEmpty()) {
            // Another run keeps the names of the images it built for its whole run, so it would
            // fail on the first one removed here.
            System.out.println("Cold run not started: other runs of the kit are running containers ("
                    + String.join(", ", others) + "), and they would fail on the images a cold run removes."
                    + " Run the benchmark again when they are done.");
            System.exit(EXIT_NOT_STARTED);
        }
        CacheImages.Removal removal = CacheImages.removeVariantImages();
        System.out.printf("Removed %d cached variant images; %d could not be removed%n",
                removal.removed().size(), removal.notRemoved().size());
        return removal;
    }

    private static boolean ofThisSession(Event event) {
        return KitLabels.SESSION_ID.equals(EngineEvents.attributes(event).get(KitLabels.SESSION));
    }

    /**
     * Returns the claim test classes: the top-level classes of the suite's package whose name ends
     * in {@code Tests} and that use {@link ImageConformance}. The report, mutation and benchmark
     * code sits in sub-packages or has no such annotation, so it is left out.
     */
    static List<Class<?>> claimClasses() {
        List<Class<?>> classes = new ArrayList<>(ReflectionSupport.findAllClassesInPackage(SUITE_PACKAGE,
                type -> type.isAnnotationPresent(ImageConformance.class) && !type.getSimpleName().contains("Mutation"),
                name -> name.matches("io\\.github\\.s2ikit\\.conformance\\.[A-Za-z0-9_]+Tests")));
        classes.sort(Comparator.comparing(Class::getName));
        return classes;
    }

    /**
     * Returns the claim tests of the classes: the methods with {@link Test} and {@link Claim}. With
     * {@code staticOnly}, only those whose parameters are all in {@link #STATIC_PARAMETERS}.
     */
    private static List<Method> claimTests(List<Class<?>> claimClasses, boolean staticOnly) {
        List<Method> tests = new ArrayList<>();
        for (Class<?> type : claimClasses) {
            tests.addAll(ReflectionSupport.findMethods(type,
                    method -> method.isAnnotationPresent(Test.class) && method.isAnnotationPresent(Claim.class)
                            && (!staticOnly || STATIC_PARAMETERS.containsAll(Arrays.asList(method.getParameterTypes()))),
                    HierarchyTraversalMode.TOP_DOWN));
        }
        return tests;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(args[i], args[++i]);
            } else {
                options.put(args[i], "");
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("Missing option " + name + " VALUE");
        }
        return value;
    }

    /**
     * Times each test class and counts the outcomes of the tests. JUnit calls it from the thread
     * that runs the tests; the methods are synchronized in case a run is made parallel.
     */
    private static final class ClaimGroupTimer implements TestExecutionListener {

        private final Map<String, Tally> tallies = new LinkedHashMap<>();
        private final Map<String, Long> testStarts = new LinkedHashMap<>();
        private final List<Results.TestTime> testTimes = new ArrayList<>();
        private int succeeded;
        private int failed;
        private int aborted;
        private int skipped;

        @Override
        public synchronized void executionStarted(TestIdentifier identifier) {
            className(identifier).ifPresent(name -> tallies.put(name, new Tally(System.nanoTime())));
            if (identifier.isTest()) {
                testStarts.put(identifier.getUniqueId(), System.nanoTime());
            }
        }

        @Override
        public synchronized void executionSkipped(TestIdentifier identifier, String reason) {
            if (identifier.isTest()) {
                skipped++;
            }
        }

        @Override
        public synchronized void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
            if (identifier.isTest()) {
                long started = testStarts.getOrDefault(identifier.getUniqueId(), System.nanoTime());
                String owner = ownerClass(identifier);
                testTimes.add(new Results.TestTime(owner.substring(owner.lastIndexOf('.') + 1) + "."
                        + identifier.getDisplayName().replaceFirst("\\(.*\\)$", ""),
                        (System.nanoTime() - started) / 1_000_000));
                switch (result.getStatus()) {
                    case SUCCESSFUL -> succeeded++;
                    case FAILED -> failed++;
                    case ABORTED -> aborted++;
                }
                Tally tally = tallies.get(owner);
                if (tally != null) {
                    tally.tests++;
                    if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                        tally.failed++;
                    }
                }
            }
            className(identifier).ifPresent(name -> tallies.get(name).endNanos = System.nanoTime());
        }

        synchronized List<Results.ClaimGroup> groups() {
            List<Results.ClaimGroup> groups = new ArrayList<>();
            tallies.forEach((name, tally) -> groups.add(new Results.ClaimGroup(
                    name.substring(name.lastIndexOf('.') + 1),
                    (tally.endNanos - tally.startNanos) / 1_000_000, tally.tests, tally.failed)));
            return groups;
        }

        /** Returns the slowest tests, slowest first. */
        synchronized List<Results.TestTime> slowestTests(int count) {
            return testTimes.stream()
                    .sorted(Comparator.comparingLong(Results.TestTime::wallMillis).reversed())
                    .limit(count)
                    .toList();
        }

        synchronized Results.TestCounts counts() {
            return new Results.TestCounts(succeeded, failed, aborted, skipped);
        }

        /** Returns the class name of a class container, empty for anything else. */
        private static Optional<String> className(TestIdentifier identifier) {
            return identifier.getSource()
                    .filter(ClassSource.class::isInstance)
                    .map(source -> ((ClassSource) source).getClassName());
        }

        /** Returns the class name in the test's unique id, such as {@code [class:a.b.C]/[method:m()]}. */
        private static String ownerClass(TestIdentifier identifier) {
            String id = identifier.getUniqueId();
            int start = id.indexOf("[class:");
            if (start < 0) {
                return "";
            }
            return id.substring(start + "[class:".length(), id.indexOf(']', start));
        }
    }

    /** The start, end and test outcomes of one test class. */
    private static final class Tally {

        private final long startNanos;
        private long endNanos;
        private int tests;
        private int failed;

        Tally(long startNanos) {
            this.startNanos = startNanos;
            this.endNanos = startNanos;
        }
    }
}
