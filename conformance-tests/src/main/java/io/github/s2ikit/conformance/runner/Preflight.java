package io.github.s2ikit.conformance.runner;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.s2ikit.conformance.report.ClaimCatalogue;
import io.github.s2ikit.junit.ConformanceSettings;
import io.github.s2ikit.platform.Platform;
import io.github.s2ikit.platform.Platforms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Checks the runner's options and environment before a run starts, and turns the options into a
 * {@link RunRequest}.
 *
 * <p>The checks run in this order, and the first problem ends them: the platform, the image names,
 * the claims, the report folder, the baseline, the claim classes on the class path, the container
 * engine, and the named images in the engine. The report folder is created only after all of
 * them passed. Each problem is a {@link PreflightException} with a one-line message.
 */
final class Preflight {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ContainerEngine engine;
    private final UnaryOperator<String> systemProperties;
    private final ClassLoader classLoader;

    /**
     * Creates the checks.
     *
     * @param engine the container engine to check
     * @param systemProperties the JVM's system properties, which supply the platform and images
     *     that the options leave out
     * @param classLoader the class loader that must find the claim classes
     */
    Preflight(ContainerEngine engine, UnaryOperator<String> systemProperties, ClassLoader classLoader) {
        this.engine = engine;
        this.systemProperties = systemProperties;
        this.classLoader = classLoader;
    }

    /**
     * Checks the options and the environment.
     *
     * @param options the options as given
     * @param claimClasses the names of the claim classes the run selects
     * @throws PreflightException naming the first problem found
     */
    RunRequest check(RunnerOptions options, List<String> claimClasses) {
        Platform platform = platform(options.platform());
        Optional<String> minimalImage = imageOption(options.minimalImage(), "--minimal-image");
        Optional<String> fullImage = imageOption(options.fullImage(), "--full-image");
        ClaimCatalogue catalogue = ClaimCatalogue.load();
        ClaimSelection selection = options.claims().isEmpty()
                ? ClaimSelection.all(catalogue)
                : ClaimSelection.of(options.claims(), catalogue);
        Path reportDir = reportDir(options.report());
        Optional<Path> baseline = options.baseline() == null
                ? Optional.empty()
                : Optional.of(baseline(options.baseline(), reportDir));

        requireClasses(claimClasses);
        engine.unavailableReason().ifPresent(reason -> {
            throw new PreflightException(reason);
        });
        requireImage(minimalImage, ConformanceSettings.MINIMAL_IMAGE, "--minimal-image");
        requireImage(fullImage, ConformanceSettings.FULL_IMAGE, "--full-image");

        // Created last, so that a run that does not start leaves no empty folder behind.
        createReportDir(reportDir);

        // One cache per user, not per working folder: new packages get a new index digest, and a
        // new digest makes every variant image build again.
        Optional<Path> packagesDir = systemProperties.apply(RunRequest.PACKAGES_DIR_PROPERTY) == null
                ? Optional.of(userCacheDir().resolve("s2ikit").resolve("python-packages"))
                : Optional.empty();

        return new RunRequest(platform, Optional.ofNullable(options.platform()).map(String::strip), minimalImage,
                fullImage, reportDir, baseline, selection, packagesDir);
    }

    /** Returns {@code $XDG_CACHE_HOME}, or {@code ~/.cache} when it is not set. */
    private static Path userCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
    }

    private Platform platform(String option) {
        if (option != null && option.isBlank()) {
            throw new PreflightException("Invalid --platform: the platform id is empty. Give one of "
                    + platformIds() + ", or leave the option out for the reference platform.");
        }
        String source = option != null ? "--platform" : "system property " + ConformanceSettings.PLATFORM;
        String id = option != null ? option : systemProperties.apply(ConformanceSettings.PLATFORM);
        if (id == null || id.isBlank()) {
            return Platforms.REFERENCE;
        }
        return Platforms.find(id).orElseThrow(() -> new PreflightException("Unknown platform '" + id.strip()
                + "' in " + source + ". Valid platforms: " + platformIds()
                + " (c9s and el8 are short for c9s-3.11 and el8-3.11)."));
    }

    private static String platformIds() {
        return String.join(", ", Platforms.all().stream().map(Platform::id).toList());
    }

    private static Optional<String> imageOption(String value, String option) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.strip();
        if (name.isEmpty()) {
            throw new PreflightException("Invalid " + option + ": the image name is empty. Give a name such as "
                    + "localhost/candidate-minimal:1, or leave the option out to use the platform's image.");
        }
        if (name.chars().anyMatch(Character::isWhitespace)) {
            throw new PreflightException("Invalid image name '" + name + "' in " + option
                    + ": it contains a space. Give a name such as localhost/candidate-minimal:1.");
        }
        return Optional.of(name);
    }

    /**
     * Returns the report folder as an absolute path, after checking that it is not a file.
     */
    private static Path reportDir(String value) {
        if (value.isBlank()) {
            throw new PreflightException("Invalid --report: the folder path is empty. Give a folder path, such as "
                    + "--report conformance-report.");
        }
        Path dir;
        try {
            dir = Path.of(value.strip()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new PreflightException("Invalid --report '" + value + "': not a valid path (" + e.getReason()
                    + "). Give a folder path.");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new PreflightException("Invalid --report " + dir + ": it is a file, not a folder. Give a folder "
                    + "path, or remove the file.");
        }
        return dir;
    }

    /**
     * Creates the report folder when it does not exist and checks that it is writable.
     */
    private static void createReportDir(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new PreflightException("Invalid --report " + dir + ": the folder could not be created ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "). Give a folder you can write to.");
        }
        if (!Files.isWritable(dir)) {
            throw new PreflightException("Invalid --report " + dir + ": the folder is not writable. Give a folder "
                    + "you can write to, or change its permissions.");
        }
    }

    /**
     * Returns the baseline report as an absolute path, after checking that it is a readable JSON
     * object with the claims array of a report, and that this run does not overwrite it.
     */
    private static Path baseline(String value, Path reportDir) {
        Path file;
        try {
            file = Path.of(value.strip()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new PreflightException("Invalid --baseline '" + value + "': not a valid path (" + e.getReason()
                    + "). Give the report.json of an earlier run.");
        }
        if (Files.isDirectory(file)) {
            throw new PreflightException("Invalid --baseline " + file + ": it is a folder, not a file. Give the "
                    + "report.json in it, such as --baseline " + file.resolve("report.json") + ".");
        }
        if (!Files.isRegularFile(file)) {
            throw new PreflightException("Baseline report " + file + " not found: there is no such file. Give the "
                    + "report.json of an earlier run, or leave out --baseline.");
        }
        if (file.equals(reportDir.resolve("report.json"))) {
            throw new PreflightException("Invalid --baseline " + file + ": this run writes its own report.json "
                    + "there and would overwrite the baseline. Copy the baseline elsewhere first, or give another "
                    + "--report folder.");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new PreflightException("Invalid baseline report " + file + ": it is not valid JSON ("
                    + oneLine(e.getOriginalMessage()) + "). Give the report.json of an earlier run.");
        } catch (IOException e) {
            throw new PreflightException("Baseline report " + file + " could not be read (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "). Check its permissions.");
        }
        if (root == null || !root.isObject()) {
            throw new PreflightException("Invalid baseline report " + file + ": expected a JSON object, as in the "
                    + "report.json of an earlier run.");
        }
        if (!root.path("claims").isArray()) {
            throw new PreflightException("Invalid baseline report " + file + ": it has no \"claims\" array, so it "
                    + "is not the report.json of a conformance run. Give the report.json of an earlier run.");
        }
        return file;
    }

    private void requireClasses(List<String> claimClasses) {
        for (String name : claimClasses) {
            try {
                Class.forName(name, false, classLoader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new PreflightException("Claim class " + name + " not found on the class path. Run the jar "
                        + "that the package phase of conformance-tests builds, "
                        + "conformance-tests/target/s2ikit-conformance-runner.jar, which contains the claim classes.");
            }
        }
    }

    /**
     * Checks that an image named by an option, or else by the system property, is in the engine.
     * The kit would try to pull a missing image, but a name given for the run must already be there.
     */
    private void requireImage(Optional<String> option, String property, String optionName) {
        Optional<String> name = option.or(() -> Optional.ofNullable(systemProperties.apply(property))
                .map(String::strip).filter(value -> !value.isEmpty()));
        if (name.isEmpty() || engine.hasImage(name.get())) {
            return;
        }
        String source = option.isPresent() ? optionName : "system property " + property;
        throw new PreflightException("Image " + name.get() + " (" + source + ") not found in the container engine. "
                + "Pull or load it first ('docker pull " + name.get() + "' or 'docker load'), or give the name of an "
                + "image that 'docker images' lists.");
    }

    private static String oneLine(String text) {
        return text == null ? "no details" : text.strip().replaceAll("\\s+", " ");
    }
}
