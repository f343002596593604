package io.github.s2ikit.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import io.github.s2ikit.container.ContainerStartException;
import io.github.s2ikit.docker.Engine;
import io.github.s2ikit.docker.ExecResult;
import io.github.s2ikit.docker.KitLabels;
import io.github.s2ikit.image.BuildContext;
import io.github.s2ikit.image.BuiltImage;
import io.github.s2ikit.image.ImageBuild;
import io.github.s2ikit.image.ImageBuilder;
import io.github.s2ikit.platform.Platforms;
import io.github.s2ikit.reference.ReferenceImages;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageIndexTests {

    private static String minimalImage;
    private static Path sdist;
    private static Path wheel;

    @BeforeAll
    static void makeFiles(@TempDir Path folder) throws IOException {
        minimalImage = ReferenceImages.minimal(Platforms.REFERENCE).name();
        sdist = TestDistributions.sdist(folder);
        wheel = TestDistributions.wheel(folder);
    }

    @Test
    void serves_pages_and_files() throws Exception {
        try (PackageIndex index = PackageIndex.start(minimalImage, List.of(sdist, wheel))) {
            // when
            HttpResponse<String> root = get(index.hostUrl());
            HttpResponse<String> project = get(index.hostUrl().resolve("tiny-sdist/"));
            HttpResponse<byte[]> file = getBytes(index.hostUrl().resolve("tiny-sdist/Tiny.Sdist-0.1.0.tar.gz"));

            // then
            assertThat(root.statusCode()).isEqualTo(200);
            assertThat(root.body()).contains("<a href=\"tiny-sdist/\">").contains("<a href=\"tiny-wheel/\">");
            assertThat(project.statusCode()).isEqualTo(200);
            assertThat(project.body()).contains("Tiny.Sdist-0.1.0.tar.gz#sha256=" + DistributionFile.sha256Of(sdist));
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.body()).isEqualTo(Files.readAllBytes(sdist));
        }
    }

    @Test
    void names_its_url_network_and_digest() {
        try (PackageIndex index = PackageIndex.start(minimalImage, List.of(sdist, wheel))) {
            assertThat(index.indexUrl()).isEqualTo("http://s2ikit-index:8080/simple/");
            assertThat(index.trustedHost()).isEqualTo("s2ikit-index");
            assertThat(index.pipEnvironment()).containsOnly(
                    Map.entry("PIP_INDEX_URL", "http://s2ikit-index:8080/simple/"),
                    Map.entry("PIP_TRUSTED_HOST", "s2ikit-index"));
            assertThat(index.digest()).isEqualTo(SimpleIndex.of(List.of(wheel, sdist)).digest());
            assertThat(index.hostUrl().getPath()).isEqualTo("/simple/");
            assertThat(index.networkName()).startsWith("s2ikit-index-");
            Network network = Engine.client().inspectNetworkCmd().withNetworkId(index.networkName()).exec();
            assertThat(network.getLabels()).containsAllEntriesOf(KitLabels.session());
        }
    }

    @Test
    void pip_installs_from_index_on_its_network() {
        try (PackageIndex index = PackageIndex.start(minimalImage, List.of(sdist, wheel));
                IndexClient client = IndexClient.start(minimalImage, index)) {
            // when
            ExecResult install = client.run("pip install --disable-pip-version-check tiny-sdist tiny_wheel==0.1.0"
                    + " && python -c 'import tiny_sdist, tiny_wheel; print(tiny_sdist.VALUE); print(tiny_wheel.VALUE)'");

            // then
            assertThat(install.exitCode()).as(install.tail(30)).isZero();
            assertThat(install.stdout()).contains("from the sdist").contains("from the wheel");
            assertThat(index.logs()).contains("GET /simple/tiny-sdist/").contains("GET /simple/tiny-wheel/");
        }
    }

    @Test
    void image_build_installs_from_index() {
        BuiltImage built = null;
        try (PackageIndex index = PackageIndex.start(minimalImage, List.of(sdist, wheel))) {
            // given: a unique marker, so the build runs even when an earlier run left its image
            ImageBuild build = ImageBuild.of("s2ikit/test-index-build", "an image that installs from the index",
                            BuildContext.empty().withText("Dockerfile", "FROM " + minimalImage + "\n"
                                    + "ARG PIP_INDEX_URL\nARG PIP_TRUSTED_HOST\nARG MARKER\n"
                                    + "RUN pip install --disable-pip-version-check tiny-wheel"
                                    + " && python -c 'import tiny_wheel'\n"))
                    .withBaseImages(minimalImage)
                    .withNetwork(index.networkName())
                    .withExtraHost(index.trustedHost(), index.ipAddress())
                    .withBuildArg("PIP_INDEX_URL", index.indexUrl())
                    .withBuildArg("PIP_TRUSTED_HOST", index.trustedHost())
                    .withBuildArg("MARKER", UUID.randomUUID().toString())
                    .withExtraInput("package index", index.digest());

            // when
            built = ImageBuilder.build(build);

            // then
            assertThat(built.cached()).isFalse();
            assertThat(index.logs()).contains("GET /simple/tiny-wheel/");
        } finally {
            if (built != null) {
                Engine.client().removeImageCmd(built.name()).withForce(true).exec();
            }
        }
    }

    @Test
    void close_removes_container_and_network() {
        // given
        PackageIndex index = PackageIndex.start(minimalImage, List.of(sdist));
        assertThat(sessionContainers()).hasSize(1);
        assertThat(sessionNetworks()).extracting(Network::getName).containsExactly(index.networkName());

        // when
        index.close();

        // then
        assertThat(sessionContainers()).isEmpty();
        assertThat(sessionNetworks()).isEmpty();
    }

    @Test
    void start_failure_names_image_and_cleans_up() {
        // The base image of the reference images has no python3.
        assertThatThrownBy(() -> PackageIndex.start(ReferenceImages.BASE_IMAGE, List.of(sdist)))
                .isInstanceOf(ContainerStartException.class)
                .hasMessageContaining("Could not start the package index in a container of image "
                        + ReferenceImages.BASE_IMAGE)
                .hasMessageContaining("python3");
        assertThat(sessionContainers()).isEmpty();
        assertThat(sessionNetworks()).isEmpty();
    }

    @Test
    void invalid_file_is_rejected_before_start(@TempDir Path folder) throws IOException {
        Path readme = Files.writeString(folder.resolve("README.md"), "not a package");

        assertThatThrownBy(() -> PackageIndex.start(minimalImage, List.of(readme)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid distribution file name 'README.md'");
        assertThat(sessionNetworks()).isEmpty();
    }

    private static List<Container> sessionContainers() {
        return Engine.client().listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(Map.of(KitLabels.SESSION, KitLabels.SESSION_ID))
                .exec();
    }

    private static List<Network> sessionNetworks() {
        return Engine.client().listNetworksCmd()
                .withFilter("label", List.of(KitLabels.SESSION + "=" + KitLabels.SESSION_ID))
                .exec();
    }

    private static HttpResponse<String> get(URI url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> getBytes(URI url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
