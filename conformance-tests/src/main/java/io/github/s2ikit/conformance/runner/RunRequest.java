package io.github.s2ikit.conformance.runner;

import io.github.s2ikit.conformance.report.ConformanceReportListener;
import io.github.s2ikit.junit.ConformanceSettings;
import io.github.s2ikit.platform.Platform;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A checked request to run the suite: the options after {@link Preflight} accepted them.
 *
 * @param platform the platform under test
 * @param platformOption the platform id given with {@code --platform}, if any
 * @param minimalImage the minimal image given with {@code --minimal-image}, if any
 * @param fullImage the full image given with {@code --full-image}, if any
 * @param reportDir the absolute report folder, which exists and is writable
 * @param baseline the absolute path of a readable JSON report to compare with, if any
 * @param selection the selected claims
 * @param packagesDir the folder for the Python packages the suite prepares, when the runner
 *     chooses it because no {@value #PACKAGES_DIR_PROPERTY} system property was given
 */
record RunRequest(
        Platform platform,
        Optional<String> platformOption,
        Optional<String> minimalImage,
        Optional<String> fullImage,
        Path reportDir,
        Optional<Path> baseline,
        ClaimSelection selection,
        Optional<Path> packagesDir) {

    /**
     * The system property from which the suite's package indexes read the folder they cache the
     * Python packages in. The suite's test code defines the same name, which this main code
     * cannot refer to.
     */
    static final String PACKAGES_DIR_PROPERTY = "conformance.packages.dir";

    /**
     * The configuration parameter that names the report of an earlier run, which the report
     * listener compares this run with.
     */
    static final String BASELINE_PARAMETER = "conformance.report.baseline";

    /**
     * Returns the system properties that the kit reads: the platform and the images given as
     * options, and the packages folder the runner chose. Settings without an option are left out,
     * so the JVM's own {@code -D} values apply.
     */
    Map<String, String> systemProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        platformOption.ifPresent(id -> properties.put(ConformanceSettings.PLATFORM, id));
        minimalImage.ifPresent(name -> properties.put(ConformanceSettings.MINIMAL_IMAGE, name));
        fullImage.ifPresent(name -> properties.put(ConformanceSettings.FULL_IMAGE, name));
        packagesDir.ifPresent(dir -> properties.put(PACKAGES_DIR_PROPERTY, dir.toString()));
        return properties;
    }

    /**
     * Returns the JUnit configuration parameters that the report listener reads: the report
     * folder, the baseline and, when {@code --claims} was given, the selected claim ids.
     */
    Map<String, String> configurationParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(ConformanceReportListener.REPORT_DIR_PROPERTY, reportDir.toString());
        baseline.ifPresent(path -> parameters.put(BASELINE_PARAMETER, path.toString()));
        if (!selection.isAll()) {
            parameters.put(ConformanceReportListener.SELECTED_CLAIMS_PROPERTY, String.join(",", selection.ids()));
        }
        return parameters;
    }
}
