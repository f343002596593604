package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.s2ikit.image.BuildContext;
import io.github.s2ikit.image.BuiltImage;
import io.github.s2ikit.image.ImageBuild;
import io.github.s2ikit.image.ImageBuilder;
import io.github.s2ikit.junit.Claim;
import io.github.s2ikit.conformance.runner.SystemPropertyScope;
import io.github.s2ikit.junit.ConformanceSettings;
import io.github.s2ikit.platform.Platform;
import io.github.s2ikit.platform.Platforms;
import io.github.s2ikit.reference.ReferenceImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A release check end to end: the static claims of the minimal image run twice through a
 * launcher, first against the reference images, then with a minimal image that has one Debian
 * package more and the first report as baseline. The second report must name that package as
 * added to the minimal image and nothing else as changed.
 *
 * <p>The image with the extra package is built with the kit's {@link ImageBuilder}, so it is
 * tagged by the hash of its inputs and kept as a cache like the reference images. Its build
 * installs the package from Debian's archive, as the base image's apt sources name it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnePackageBaselineTests {

    /** A small package that depends only on libc6, which the minimal image already has. */
    private static final String EXTRA_PACKAGE = "tree";

    /** Claims whose tests only inspect the images and probe idle containers, so they run fast. */
    private static final Set<String> STATIC_CLAIMS = Set.of("IMG-USER-1001", "IMG-EXPOSE-8080", "IMG-S2I-SCRIPTS",
            "IMG-LABELS", "MIN-NO-COMPILERS", "MIN-NO-HEADERS", "MIN-NO-NODE", "MIN-PACKAGE-MANAGER",
            "MIN-FEW-PACKAGES");

    private static final List<String> CLAIM_CLASSES = List.of("io.github.s2ikit.conformance.ImageBasicsTests",
            "io.github.s2ikit.conformance.MinimalImageTests");

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonNode first;
    private JsonNode second;
    private String secondMarkdown;
    private String secondHtml;
    private String onePackageMore;

    @BeforeAll
    void runTwice(@TempDir Path tempDir) throws IOException {
        Platform platform = Platforms.REFERENCE;
        String minimal = ReferenceImages.minimal(platform).name();
        String full = ReferenceImages.full(platform).name();
        onePackageMore = ImageBuilder.build(withOnePackageMore(platform, minimal)).name();

        Path firstDir = tempDir.resolve("first");
        Path secondDir = tempDir.resolve("second");
        first = runStaticClaims(platform, minimal, full, firstDir, null);
        second = runStaticClaims(platform, onePackageMore, full, secondDir,
                firstDir.resolve(ConformanceReportListener.JSON_FILE));
        secondMarkdown = Files.readString(secondDir.resolve(ConformanceReportListener.MARKDOWN_FILE));
        secondHtml = Files.readString(secondDir.resolve(ConformanceReportListener.HTML_FILE));
    }

    @Test
    void static_claims_pass_twice() {
        for (JsonNode report : List.of(first, second)) {
            for (JsonNode claim : report.get("claims")) {
                if (STATIC_CLAIMS.contains(claim.get("id").asText())) {
                    assertThat(claim.get("verdict").asText()).as("%s: %s", claim.get("id").asText(),
                            claim.get("evidence").asText()).isEqualTo("passed");
                }
            }
        }
        assertThat(roleNames(second)).containsEntry("minimal", onePackageMore);
    }

    @Test
    void added_package_is_only_change() {
        JsonNode baseline = second.get("baseline");

        assertThat(baseline.get("problem").isNull()).as("baseline problem: %s", baseline.get("problem")).isTrue();
        assertThat(baseline.get("packageChanges")).hasSize(1);
        JsonNode change = baseline.get("packageChanges").get(0);
        assertThat(change.get("role").asText()).isEqualTo("minimal");
        assertThat(change.get("kind").asText()).isEqualTo("os");
        assertThat(change.get("name").asText()).isEqualTo(EXTRA_PACKAGE);
        assertThat(change.get("change").asText()).isEqualTo("added");
        assertThat(change.get("before").isNull()).isTrue();
        assertThat(change.get("after").asText()).isNotBlank();
        assertThat(baseline.get("verdictChanges")).as("verdict changes").isEmpty();
        assertThat(baseline.get("sizeChanges")).as("size changes beyond 5%%").isEmpty();
        assertThat(baseline.get("notCompared")).as("parts not compared").isEmpty();
    }

    @Test
    void both_images_are_compared() {
        JsonNode images = second.get("baseline").get("images");

        assertThat(images).extracting(image -> image.get("role").asText()).containsExactly("full", "minimal");
        JsonNode full = images.get(0);
        JsonNode minimal = images.get(1);
        assertThat(full.get("idAfter").asText()).isEqualTo(full.get("idBefore").asText());
        assertThat(minimal.get("idAfter").asText()).isNotEqualTo(minimal.get("idBefore").asText());
        assertThat(minimal.get("sizeAfter").asLong()).isGreaterThan(minimal.get("sizeBefore").asLong());
    }

    @Test
    void inventory_lists_extra_package() {
        List<String> firstPackages = osPackageNames(first, "minimal");
        List<String> secondPackages = osPackageNames(second, "minimal");

        assertThat(firstPackages).doesNotContain(EXTRA_PACKAGE).contains("bash", "libc6");
        assertThat(secondPackages).contains(EXTRA_PACKAGE);
        assertThat(secondPackages).hasSize(firstPackages.size() + 1);
        JsonNode minimal = second.get("inventory").get("images").get(1);
        assertThat(minimal.get("osPackageDatabase").asText()).isEqualTo("dpkg");
        assertThat(minimal.get("pythonVersion").asText()).startsWith("3.11.");
        assertThat(minimal.get("pythonPackages")).extracting(entry -> entry.get("name").asText()).contains("pip");
    }

    @Test
    void sizes_and_ratio_are_reported() {
        for (JsonNode image : second.get("images")) {
            assertThat(image.get("sizeBytes").asLong()).as(image.get("role").asText()).isPositive();
            assertThat(image.get("id").asText()).matches("sha256:[0-9a-f]{64}");
        }
        JsonNode ratio = second.get("sizeRatios").get(0);
        assertThat(ratio.get("claim").asText()).isEqualTo("MIN-FEW-PACKAGES");
        assertThat(ratio.get("withinMaximum").asBoolean()).isTrue();
    }

    @Test
    void markdown_and_html_show_change() {
        assertThat(secondMarkdown).contains("| minimal | OS | tree | added ");
        assertThat(secondMarkdown).contains("No claim changed its verdict.");
        assertThat(secondHtml).contains("<tr><td>minimal</td><td>OS</td><td>tree</td><td>added</td><td></td>");
    }

    private static ImageBuild withOnePackageMore(Platform platform, String minimal) {
        // USER 0 to install as root, then back to the user of the reference minimal image.
        String dockerfile = String.join("\n",
                "FROM " + minimal,
                "USER 0",
                "RUN export DEBIAN_FRONTEND=noninteractive && "
                        + platform.packageManager().installCommand(List.of(EXTRA_PACKAGE)),
                "USER 1001",
                "");
        return ImageBuild.of("s2ikit/report-test-minimal-plus-" + EXTRA_PACKAGE,
                        "the reference minimal image with " + EXTRA_PACKAGE + " added",
                        BuildContext.empty().withText("Dockerfile", dockerfile))
                .withBaseImages(minimal)
                .withTimeout(Duration.ofMinutes(10));
    }

    /**
     * Runs the static claim tests against the images with the report written to {@code reportDir},
     * and returns the report. The images are passed as a user passes candidate images: the system
     * properties of {@link ConformanceSettings}, set for the run and restored afterwards.
     */
    private static JsonNode runStaticClaims(Platform platform, String minimal, String full, Path reportDir,
            Path baseline) throws IOException {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(ConformanceReportListener.REPORT_DIR_PROPERTY, reportDir.toString());
        parameters.put(ConformanceReportListener.CONSOLE_PROPERTY, "false");
        if (baseline != null) {
            parameters.put(ConformanceReportListener.BASELINE_PROPERTY, baseline.toString());
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(staticClaimMethods())
                .configurationParameters(parameters)
                .build();

        Map<String, String> properties = Map.of(
                ConformanceSettings.PLATFORM, platform.id(),
                ConformanceSettings.MINIMAL_IMAGE, minimal,
                ConformanceSettings.FULL_IMAGE, full);
        // The listener that the launcher loads from META-INF/services writes the report.
        SystemPropertyScope.runWith(properties, () -> LauncherFactory.create().execute(request));

        Path reportFile = reportDir.resolve(ConformanceReportListener.JSON_FILE);
        assertThat(reportFile).as("report of the run against %s and %s", minimal, full).isRegularFile();
        return JSON.readTree(reportFile.toFile());
    }

    private static List<MethodSelector> staticClaimMethods() {
        List<MethodSelector> selectors = new ArrayList<>();
        for (String className : CLAIM_CLASSES) {
            Class<?> testClass;
            try {
                testClass = Class.forName(className);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("The claim test class " + className + " is not on the class path", e);
            }
            for (Method method : testClass.getDeclaredMethods()) {
                Claim claim = method.getAnnotation(Claim.class);
                if (claim != null && STATIC_CLAIMS.contains(claim.value())) {
                    selectors.add(DiscoverySelectors.selectMethod(testClass, method));
                }
            }
        }
        assertThat(selectors).as("test methods of the static claims").hasSize(STATIC_CLAIMS.size());
        return selectors;
    }

    private static Map<String, String> roleNames(JsonNode report) {
        Map<String, String> names = new LinkedHashMap<>();
        report.get("images").forEach(image -> names.put(image.get("role").asText(), image.get("name").asText()));
        return names;
    }

    private static List<String> osPackageNames(JsonNode report, String role) {
        for (JsonNode image : report.get("inventory").get("images")) {
            if (image.get("role").asText().equals(role)) {
                List<String> names = new ArrayList<>();
                image.get("osPackages").forEach(entry -> names.add(entry.get("name").asText()));
                return names;
            }
        }
        throw new AssertionError("The report has no inventory of the " + role + " image:\n"
                + report.get("inventory").toPrettyString());
    }
}
