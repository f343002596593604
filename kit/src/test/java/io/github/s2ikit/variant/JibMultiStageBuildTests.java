package io.github.s2ikit.variant;

import static io.github.s2ikit.assertions.S2iAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.s2ikit.container.AppContainer;
import io.github.s2ikit.container.ImageContainer;
import io.github.s2ikit.docker.Engine;
import io.github.s2ikit.docker.ExecResult;
import io.github.s2ikit.image.BuildContext;
import io.github.s2ikit.image.BuiltImage;
import io.github.s2ikit.platform.Platforms;
import io.github.s2ikit.reference.ReferenceImages;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JibMultiStageBuildTests {

    private static final String APP = String.join("\n",
            "import http.server, os",
            "class Handler(http.server.BaseHTTPRequestHandler):",
            "    def do_GET(self):",
            "        body = ('jib app as uid %d' % os.getuid()).encode()",
            "        self.send_response(200)",
            "        self.send_header('Content-Length', str(len(body)))",
            "        self.end_headers()",
            "        self.wfile.write(body)",
            "http.server.HTTPServer(('0.0.0.0', 8080), Handler).serve_forever()",
            "");

    @Test
    void same_inputs_give_the_same_image_id() {
        // given
        JibMultiStageBuild build = jibBuild();

        // when
        BuiltImage first = build.containerizeTo("s2ikit/test-jib:first");
        BuiltImage second = build.containerizeTo("s2ikit/test-jib:second");

        // then
        try {
            assertThat(second.id()).isEqualTo(first.id());
        } finally {
            for (String image : List.of(first.name(), second.name())) {
                Engine.client().removeImageCmd(image).withForce(true).exec();
            }
        }
    }

    @Test
    void image_serves_and_keeps_group_write() {
        BuiltImage image = jibBuild().build();

        try (AppContainer app = AppContainer.of(image.name()).withUser("100001:0").start()) {
            assertThat(app.awaitHttp("/", 200, Duration.ofSeconds(30)).body()).isEqualTo("jib app as uid 100001");
        }
        try (ImageContainer container = ImageContainer.start(image.name())) {
            ExecResult folders = container.exec("find", "/opt/app-root", "-type", "d", "(", "!", "-group", "0",
                    "-o", "!", "-perm", "-g=rwx", ")");
            assertThat(folders.stdout()).as("folders under /opt/app-root not group 0 with g+rwx").isEmpty();
            assertThat(container.probe(io.github.s2ikit.facts.ProbeRequest.standard())).runsAsUid(1001);
        }
    }

    @Test
    void history_names_recipe_version() throws Exception {
        // given
        BuiltImage image = jibBuild().build();

        // when
        Process history = new ProcessBuilder("docker", "history", "--no-trunc", "--format", "{{.CreatedBy}}",
                image.name()).redirectErrorStream(true).start();
        String output = new String(history.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        // then
        assertThat(history.waitFor()).as("exit status of docker history, output:%n%s", output).isZero();
        assertThat(output.lines().findFirst()).as("the newest history entry of %s", image.name())
                .hasValue("s2ikit:" + JibMultiStageBuild.FORMAT);
    }

    private static JibMultiStageBuild jibBuild() {
        String minimal = ReferenceImages.minimal(Platforms.REFERENCE).name();
        String full = ReferenceImages.full(Platforms.REFERENCE).name();
        AppSource source = new AppSource("jib-test-app", BuildContext.empty().withText("app.py", APP));
        return JibMultiStageBuild.of(source, Platforms.REFERENCE, full, minimal);
    }
}
