package io.github.s2ikit.conformance.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.s2ikit.conformance.PackageIndexes;
import io.github.s2ikit.conformance.report.ConformanceReportListener;
import io.github.s2ikit.conformance.runner.SystemPropertyScope;
import io.github.s2ikit.junit.ConformanceSettings;
import io.github.s2ikit.platform.Platform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * One run of claim tests against a chosen image pair, through the JUnit Platform launcher in this
 * JVM, and the verdicts that its conformance report gives.
 *
 * <p>The images are passed the way a user passes candidate images: the system properties of
 * {@link ConformanceSettings}, set for the run and restored afterwards. The reference images also
 * build and serve the suite's package indexes, through the properties of {@link PackageIndexes}, so
 * that a broken image under test breaks only the claims. The report listener, which the launcher
 * loads from {@code META-INF/services}, writes the report to a folder of the run's own, without
 * package lists and without a summary. Runs must not overlap, because system properties are global to the JVM.
 */
final class ClaimRun {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimRun() {
    }

    /**
     * Runs the claim tests against the given images and returns the report's verdicts.
     *
     * @param methods the claim test methods to run
     * @param platform the reference platform, whose images build and serve the package indexes
     * @param minimalImage the image that takes the minimal image's role
     * @param fullImage the image that takes the full image's role
     * @param referenceMinimal the reference minimal image
     * @param referenceFull the reference full image
     * @param reportDir the folder for the run's report, replaced if it exists
     * @throws IllegalStateException when the run wrote no report
     */
    static ClaimReport run(List<Method> methods, Platform platform, String minimalImage, String fullImage,
            String referenceMinimal, String referenceFull, Path reportDir) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(ConformanceSettings.PLATFORM, platform.id());
        properties.put(ConformanceSettings.MINIMAL_IMAGE, minimalImage);
        properties.put(ConformanceSettings.FULL_IMAGE, fullImage);
        properties.put(PackageIndexes.TOOL_MINIMAL_IMAGE, referenceMinimal);
        properties.put(PackageIndexes.TOOL_FULL_IMAGE, referenceFull);

        Path reportFile = reportDir.resolve(ConformanceReportListener.JSON_FILE);
        deleteIfExists(reportFile);

        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(methods.stream().map(method -> DiscoverySelectors.selectMethod(method.getDeclaringClass(),
                        method)).toList())
                .configurationParameter(ConformanceReportListener.REPORT_DIR_PROPERTY, reportDir.toString())
                .configurationParameter(ConformanceReportListener.CONSOLE_PROPERTY, "false")
                // The verdicts are all a mutant's run needs, so it starts no inventory containers.
                .configurationParameter(ConformanceReportListener.INVENTORY_PROPERTY, "false")
                .build();

        SystemPropertyScope.runWith(properties, () -> LauncherFactory.create().execute(request));

        if (!Files.isRegularFile(reportFile)) {
            throw new IllegalStateException("The run of " + methods.size() + " claim tests against " + minimalImage
                    + " and " + fullImage + " wrote no report to " + reportFile + "; see the listener's errors above");
        }
        return ClaimReport.read(reportFile);
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the old report " + file, e);
        }
    }

    /**
     * The verdicts and evidence of one run's report, by claim id, and the images it names by role.
     *
     * @param file the report file
     * @param claims the report's claims by id
     * @param images the reported image names by role
     */
    record ClaimReport(Path file, Map<String, ClaimOutcome> claims, Map<String, String> images) {

        static ClaimReport read(Path file) {
            JsonNode report;
            try {
                report = JSON.readTree(file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the report " + file, e);
            }
            Map<String, ClaimOutcome> claims = new LinkedHashMap<>();
            for (JsonNode claim : report.path("claims")) {
                claims.put(claim.path("id").asText(),
                        new ClaimOutcome(claim.path("verdict").asText(), claim.path("evidence").asText()));
            }
            Map<String, String> images = new LinkedHashMap<>();
            for (JsonNode image : report.path("images")) {
                images.put(image.path("role").asText(), image.path("name").asText());
            }
            return new ClaimReport(file, claims, images);
        }

        /**
         * Returns the outcome of a claim.
         *
         * @throws IllegalStateException when the report has no such claim
         */
        ClaimOutcome claim(String id) {
            ClaimOutcome outcome = claims.get(id);
            if (outcome == null) {
                throw new IllegalStateException("The report " + file + " has no claim " + id);
            }
            return outcome;
        }
    }

    /**
     * The verdict of one claim and its evidence.
     *
     * @param verdict {@code passed}, {@code failed} or {@code error}
     * @param evidence the evidence, one item a line
     */
    record ClaimOutcome(String verdict, String evidence) {

        boolean passed() {
            return verdict.equals("passed");
        }

        boolean failed() {
            return verdict.equals("failed");
        }
    }
}
