package io.github.s2ikit.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.s2ikit.docker.ExecResult;
import io.github.s2ikit.image.BuildContext;
import io.github.s2ikit.platform.Platforms;
import io.github.s2ikit.reference.ReferenceImages;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplePackageBuildsTests {

    private static final BuildContext BROKEN = BuildContext.empty()
            .withText("setup.py", "raise SystemExit('broken on purpose')\n");

    /** Checks of the arguments, before any container starts. */
    @Nested
    class Arguments {

        private final SamplePackageBuilds builds = SamplePackageBuilds.of("s2ikit/no-such-image:1", Path.of("cache"));

        @Test
        void package_without_setup_py_is_rejected() {
            BuildContext sources = BuildContext.empty().withText("pyproject.toml", "");

            assertThatThrownBy(() -> builds.withPackage("modern", sources))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("The sample package 'modern' has no setup.py at its top");
        }

        @Test
        void invalid_name_is_rejected() {
            assertThatThrownBy(() -> builds.withPackage("a b", BROKEN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Invalid sample package name 'a b'");
        }

        @Test
        void wheel_of_unknown_package_is_rejected() {
            assertThatThrownBy(() -> builds.withPackage("broken", BROKEN).withBinaryWheels("other"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("No sample package 'other' to build a wheel of")
                    .hasMessageContaining("added: [broken]");
        }

        @Test
        void files_without_wheel_package_are_rejected(@TempDir Path folder) throws IOException {
            Path setuptools = Files.writeString(folder.resolve("setuptools-66.1.1-py3-none-any.whl"), "");

            assertThatThrownBy(() -> builds.withWheelPackageFrom(List.of(setuptools)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Expected one wheel of the 'wheel' project among the distribution files,"
                            + " but found 0");
        }

        @Test
        void no_packages_is_rejected() {
            assertThatThrownBy(builds::build)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("No sample packages to build");
        }
    }

    /** Builds in the reference full image. */
    @Nested
    class InTheFullImage {

        private static String fullImage;
        private static String minimalImage;
        private static List<Path> debianFiles;

        @BeforeAll
        static void prepare() {
            fullImage = ReferenceImages.full(Platforms.REFERENCE).name();
            minimalImage = ReferenceImages.minimal(Platforms.REFERENCE).name();
            debianFiles = DebianSourceDistributions.of(fullImage, DebianSourceDistributionsTests.STABLE_CACHE).prepare();
        }

        @Test
        void builds_sdists_and_wheel(@TempDir Path cache) throws Exception {
            // when
            List<Path> files = SamplePackageBuilds.of(fullImage, cache)
                    .withPackage("hello", testPackage("hello"))
                    .withPackage("cadd", testPackage("cadd"))
                    .withBinaryWheels("cadd")
                    .withWheelPackageFrom(debianFiles)
                    .build();

            // then
            assertThat(files).extracting(path -> path.getFileName().toString()).containsExactly(
                    "cadd-0.1.0-cp311-cp311-linux_x86_64.whl", "cadd-0.1.0.tar.gz", "hello-1.0.0.tar.gz");
            assertThat(files).allMatch(path -> path.startsWith(cache));
        }

        @Test
        void unchanged_inputs_reuse_the_cache(@TempDir Path cache, @TempDir Path sources) throws Exception {
            // given
            Files.writeString(sources.resolve("setup.py"), Files.readString(testPackage("hello").resolve("setup.py")));
            Files.writeString(sources.resolve("hello.py"), "def greet(name):\n    return name\n");
            SamplePackageBuilds builds = SamplePackageBuilds.of(fullImage, cache).withPackage("hello", sources);
            List<Path> first = builds.build();

            // when
            List<Path> second = SamplePackageBuilds.of(fullImage, cache).withPackage("hello", sources).build();
            Files.writeString(sources.resolve("hello.py"), "def greet(name):\n    return name.upper()\n");
            List<Path> changed = SamplePackageBuilds.of(fullImage, cache).withPackage("hello", sources).build();

            // then
            assertThat(second).isEqualTo(first);
            assertThat(changed).hasSize(1);
            assertThat(changed.get(0).getParent()).isNotEqualTo(first.get(0).getParent());
        }

        @Test
        void build_outputs_in_folder_do_not_count(@TempDir Path cache, @TempDir Path sources) throws Exception {
            Files.writeString(sources.resolve("setup.py"), Files.readString(testPackage("hello").resolve("setup.py")));
            Files.writeString(sources.resolve("hello.py"), "def greet(name):\n    return name\n");
            List<Path> clean = SamplePackageBuilds.of(fullImage, cache).withPackage("hello", sources).build();

            Files.createDirectories(sources.resolve("hello.egg-info"));
            Files.writeString(sources.resolve("hello.egg-info/PKG-INFO"), "stale");
            Files.createDirectories(sources.resolve("__pycache__"));
            Files.writeString(sources.resolve("__pycache__/hello.cpython-311.pyc"), "stale");
            List<Path> withOutputs = SamplePackageBuilds.of(fullImage, cache).withPackage("hello", sources).build();

            assertThat(withOutputs).isEqualTo(clean);
        }

        @Test
        void failed_build_names_the_package(@TempDir Path cache) {
            SamplePackageBuilds builds = SamplePackageBuilds.of(fullImage, cache).withPackage("broken", BROKEN);

            assertThatThrownBy(builds::build)
                    .isInstanceOf(PackagePreparationException.class)
                    .hasMessageContaining("Could not build the source distribution of sample package 'broken'")
                    .hasMessageContaining(fullImage)
                    .hasMessageContaining("broken on purpose");
            assertThat(cache).isEmptyDirectory();
        }

        @Test
        void wrong_project_name_is_reported(@TempDir Path cache) throws Exception {
            SamplePackageBuilds builds = SamplePackageBuilds.of(fullImage, cache).withPackage("greeting",
                    BuildContext.empty().withFolder("", testPackage("hello")));

            assertThatThrownBy(builds::build)
                    .isInstanceOf(PackagePreparationException.class)
                    .hasMessageContaining("The build of sample package 'greeting'")
                    .hasMessageContaining("made no source distribution of project 'greeting'")
                    .hasMessageContaining("hello-1.0.0.tar.gz");
        }

        @Test
        void image_without_wheel_package_is_reported(@TempDir Path cache) throws Exception {
            // The reference full image has only pip's and setuptools' wheels in /usr/share/python-wheels.
            SamplePackageBuilds builds = SamplePackageBuilds.of(fullImage, cache)
                    .withPackage("cadd", testPackage("cadd"))
                    .withBinaryWheels("cadd");

            assertThatThrownBy(builds::build)
                    .isInstanceOf(PackagePreparationException.class)
                    .hasMessageContaining("its Python has no 'wheel' package")
                    .hasMessageContaining("withWheelPackageFrom");
        }

        @Test
        void wheel_installs_on_minimal_image(@TempDir Path cache) throws Exception {
            // given: a binary wheel built in the full image
            List<Path> files = SamplePackageBuilds.of(fullImage, cache)
                    .withPackage("cadd", testPackage("cadd"))
                    .withBinaryWheels("cadd")
                    .withWheelPackageFrom(debianFiles)
                    .build();

            try (PackageIndex index = PackageIndex.start(minimalImage, files);
                    IndexClient client = IndexClient.start(minimalImage, index)) {
                // when: the minimal image has no compiler, so only the wheel can install
                ExecResult install = client.run("pip install --disable-pip-version-check cadd"
                        + " && python -c 'import cadd; print(cadd.add(2, 3))'");

                // then
                assertThat(install.exitCode()).as(install.tail(30)).isZero();
                assertThat(install.stdout()).contains("cadd-0.1.0-cp311-cp311-linux_x86_64.whl").endsWith("5\n");
            }
        }

        private static Path testPackage(String name) throws URISyntaxException {
            return Path.of(SamplePackageBuildsTests.class.getResource("packages/" + name).toURI());
        }
    }
}
