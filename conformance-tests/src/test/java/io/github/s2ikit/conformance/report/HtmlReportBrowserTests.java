package io.github.s2ikit.conformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.s2ikit.conformance.report.ReportFixtureTestCases.BeforeAllFailsTestCases;
import io.github.s2ikit.conformance.report.ReportFixtureTestCases.ImageEntriesTestCases;
import io.github.s2ikit.conformance.report.ReportFixtureTestCases.MutantEntriesTestCases;
import io.github.s2ikit.conformance.report.ReportFixtureTestCases.ParameterizedTestCases;
import io.github.s2ikit.conformance.report.ReportFixtureTestCases.TwoTestsTestCases;
import io.github.s2ikit.conformance.report.ReportFixtureTestCases.VerdictTestCases;
import io.github.s2ikit.docker.Exec;
import io.github.s2ikit.docker.ExecResult;
import io.github.s2ikit.docker.KitLabels;
import io.github.s2ikit.docker.SessionCleanup;
import io.github.s2ikit.image.BuildContext;
import io.github.s2ikit.image.ImageBuild;
import io.github.s2ikit.image.ImageBuilder;
import io.github.s2ikit.reference.ReferenceImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens a report.html that the listener wrote in headless Chromium from Debian's packages, and
 * checks what the browser rendered: every claim of the catalogue with its verdict.
 *
 * <p>Chromium runs in a container of an image that the kit's {@link ImageBuilder} builds from
 * {@code debian:bookworm-slim}, tagged by the hash of its inputs and kept as a cache. The
 * container has no network, so the page can only render from what it contains. The screenshot is
 * kept in {@value #SCREENSHOT_DIR} for a person to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportBrowserTests {

    static final String SCREENSHOT_DIR = "target/report-browser";

    private static final String PAGE = "/report/report.html";

    /** Chromium's options for a headless run as root in a container without a GPU or network. */
    private static final List<String> CHROMIUM = List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run",
            "--user-data-dir=/tmp/chromium-profile");

    private static final Pattern CLAIM_ROW = Pattern.compile("data-claim=\"([^\"]+)\" data-verdict=\"([a-z]+)\"");

    private GenericContainer<?> browser;
    private ReportRun run;
    private String dom;

    @BeforeAll
    void renderReport(@TempDir Path reportDir) {
        run = ReportRun.run(reportDir, Map.of(ConformanceReportListener.INVENTORY_PROPERTY, "false"),
                VerdictTestCases.class, TwoTestsTestCases.class, BeforeAllFailsTestCases.class,
                ParameterizedTestCases.class, ImageEntriesTestCases.class, MutantEntriesTestCases.class);

        SessionCleanup.registerShutdownHook();
        browser = new GenericContainer<>(DockerImageName.parse(ImageBuilder.build(chromiumImage()).name()))
                .withCommand("sleep", "infinity")
                .withNetworkMode("none")
                .withLabels(KitLabels.session())
                .withCopyToContainer(MountableFile.forHostPath(run.htmlFile()), PAGE)
                .waitingFor(new AbstractWaitStrategy() {
                    @Override
                    protected void waitUntilReady() {
                        // The container only idles until the test runs Chromium in it.
                    }
                });
        browser.start();

        ExecResult dump = chromium("--dump-dom", "file://" + PAGE);
        assertThat(dump.exitCode()).as("exit status of chromium --dump-dom; its output:%n%s", dump.tail(20))
                .isZero();
        dom = dump.stdout();
    }

    @AfterAll
    void removeBrowser() {
        if (browser != null) {
            browser.stop();
        }
    }

    @Test
    void every_claim_shows_verdict() {
        Map<String, String> rendered = new LinkedHashMap<>();
        Matcher matcher = CLAIM_ROW.matcher(dom);
        while (matcher.find()) {
            rendered.put(matcher.group(1), matcher.group(2));
        }

        Map<String, String> expected = new LinkedHashMap<>();
        for (JsonNode claim : run.report().get("claims")) {
            expected.put(claim.get("id").asText(), claim.get("verdict").asText());
        }
        List<String> catalogueIds = new ArrayList<>();
        ClaimCatalogue.load().claims().forEach(claim -> catalogueIds.add(claim.id()));
        assertThat(rendered.keySet()).containsAll(catalogueIds);
        assertThat(rendered).containsExactlyEntriesOf(expected);
    }

    @Test
    void claim_cells_show_id_and_verdict() {
        for (String id : List.of("IMG-USER-1001", "IMG-EXPOSE-8080", "RUN-INIT-WRAPPER")) {
            Pattern row = Pattern.compile("<tr id=\"claim-" + Pattern.quote(id) + "\"[^>]*><td class=\"id\">"
                    + Pattern.quote(id) + "</td><td><span class=\"verdict (passed|failed|error)\">\\1</span>");
            assertThat(row.matcher(dom).find()).as("rendered row of %s", id).isTrue();
        }
    }

    @Test
    void page_has_its_sections() {
        assertThat(dom).contains("<title>Conformance report: reference</title>");
        assertThat(dom).contains("<h2>Claims that need attention</h2>");
        assertThat(dom).contains("<h2>All claims</h2>");
        assertThat(dom).contains("<h2>Mutation testing</h2>");
        assertThat(dom).contains("The packages were not listed: turned off by conformance.report.inventory=false.");
    }

    @Test
    void screenshot_is_a_page() throws IOException {
        ExecResult shot = chromium("--screenshot=/tmp/report.png", "--window-size=1280,2400", "file://" + PAGE);
        assertThat(shot.exitCode()).as("exit status of chromium --screenshot; its output:%n%s", shot.tail(20))
                .isZero();

        Path target = Files.createDirectories(Path.of(SCREENSHOT_DIR)).resolve("report.png");
        browser.copyFileFromContainer("/tmp/report.png", target.toString());
        byte[] png = Files.readAllBytes(target);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        // A blank page of that size compresses to a few kilobytes; text and tables need far more.
        assertThat(png.length).isGreaterThan(50_000);
    }

    private ExecResult chromium(String... arguments) {
        List<String> command = new ArrayList<>(CHROMIUM);
        command.addAll(List.of(arguments));
        return Exec.in(browser.getContainerId(), command).withTimeout(Duration.ofMinutes(2)).run();
    }

    private static ImageBuild chromiumImage() {
        String dockerfile = String.join("\n",
                "FROM " + ReferenceImages.BASE_IMAGE,
                "RUN export DEBIAN_FRONTEND=noninteractive && apt-get update && "
                        + "apt-get install -y --no-install-recommends chromium fonts-dejavu-core && "
                        + "apt-get clean && rm -rf /var/lib/apt/lists/*",
                "");
        return ImageBuild.of("s2ikit/report-test-chromium", "headless Chromium for the HTML report test",
                        BuildContext.empty().withText("Dockerfile", dockerfile))
                .withBaseImages(ReferenceImages.BASE_IMAGE)
                // Chromium and its libraries are about 100 MB from the package archive.
                .withTimeout(Duration.ofMinutes(20));
    }
}
