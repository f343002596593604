package io.github.s2ikit.junit;

import io.github.s2ikit.container.AppContainer;
import io.github.s2ikit.container.ImageContainer;
import io.github.s2ikit.docker.Engine;
import io.github.s2ikit.docker.EngineUnavailableException;
import io.github.s2ikit.docker.SessionCleanup;
import io.github.s2ikit.facts.ContainerFacts;
import io.github.s2ikit.facts.ProbeRequest;
import io.github.s2ikit.platform.Platform;
import io.github.s2ikit.platform.PlatformImages;
import io.github.s2ikit.variant.AppImage;
import io.github.s2ikit.variant.AppSource;
import io.github.s2ikit.variant.PipIndex;
import io.github.s2ikit.variant.Variant;
import io.github.s2ikit.variant.VariantBuilds;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Builds the app of an {@link S2iAppTest} class as the variants its parameters ask for, once per
 * run, and resolves {@link AppImage}, {@link AppContainer} and {@link ContainerFacts} parameters.
 */
final class S2iAppTestExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(S2iAppTestExtension.class);

    /** System property that overrides {@link S2iAppTest#pipIndex()}. */
    static final String PIP_INDEX_PROPERTY = "s2ikit.pip.index";

    /**
     * Tells whether a container engine responds. Tests replace it to act out a machine without an
     * engine, which a JVM that already found one cannot otherwise see.
     */
    static volatile BooleanSupplier engineCheck = Engine::isAvailable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<S2iAppTest> annotation = annotation(context);
        if (annotation.isEmpty() || engineCheck.getAsBoolean()) {
            return ConditionEvaluationResult.enabled("a container engine responds");
        }
        if (annotation.get().disabledWithoutEngine()) {
            return ConditionEvaluationResult.disabled("No container engine responds, and @S2iAppTest"
                    + " has disabledWithoutEngine = true");
        }
        return ConditionEvaluationResult.enabled("no container engine responds; the tests will fail with a message that says so");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // Check the whole configuration before anything is built or started.
        AppTestSetup setup = setup(context);
        if (!engineCheck.getAsBoolean()) {
            String host = Optional.ofNullable(System.getenv("DOCKER_HOST")).map(value -> " at DOCKER_HOST=" + value)
                    .orElse(" at the default Docker socket");
            throw new EngineUnavailableException("No container engine responds" + host + ", so app '"
                    + setup.app().name() + "' cannot be built. Start Docker or Podman, or set"
                    + " disabledWithoutEngine = true on @S2iAppTest to report these tests as disabled instead.");
        }
        SessionCleanup.registerShutdownHook();
        context.getStore(NAMESPACE).put(AppTestSetup.class, setup);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        boolean known = type == AppImage.class || type == AppContainer.class || type == ContainerFacts.class;
        return known && parameter.isAnnotated(AppVariant.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        AppVariant variant = parameter.findAnnotation(AppVariant.class).orElseThrow();
        Class<?> type = parameter.getParameter().getType();
        if (variant.packages().length > 0 && variant.value() != Variant.EXTENDED_MINIMAL) {
            throw new ParameterResolutionException("@AppVariant(packages = ...) on parameter '"
                    + parameter.getParameter().getName() + "' needs Variant.EXTENDED_MINIMAL, not " + variant.value());
        }
        if (parameter.isAnnotated(RunAs.class) && type != AppContainer.class) {
            throw new ParameterResolutionException("@RunAs on parameter '" + parameter.getParameter().getName()
                    + "' only applies to AppContainer parameters");
        }

        AppImage image = image(context, variant);
        if (type == AppImage.class) {
            return image;
        }
        if (type == ContainerFacts.class) {
            return facts(context, image);
        }
        AppContainer container = AppContainer.of(image.name());
        Optional<RunAs> runAs = parameter.findAnnotation(RunAs.class);
        if (runAs.isPresent()) {
            container = container.withUser(runAs.get().value());
        }
        try {
            container.start();
        } catch (RuntimeException e) {
            throw new ParameterResolutionException("Could not start " + image + ": " + e.getMessage(), e);
        }
        // The method's store closes the container when the test ends, passed or failed.
        context.getStore(NAMESPACE).put(parameter.getParameter().toString() + parameter.getIndex(), container);
        return container;
    }

    private static AppImage image(ExtensionContext context, AppVariant variant) {
        AppTestSetup setup = setup(context);
        ImageKey key = new ImageKey(setup.source().toAbsolutePath().normalize(), variant.value(),
                List.of(variant.packages()), setup.platform().id(), setup.platform().minimalImage(),
                setup.platform().fullImage(), setup.pipIndex());
        CompletableFuture<AppImage> future = images(context).computeIfAbsent(key, k -> CompletableFuture.supplyAsync(
                () -> build(setup, k), Runnable::run));
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ParameterResolutionException("Could not build app '" + setup.app().name() + "' as "
                    + variant.value().description() + ": " + cause.getMessage(), cause);
        }
    }

    private static AppImage build(AppTestSetup setup, ImageKey key) {
        VariantBuilds builds = VariantBuilds.of(setup.app(), setup.images()).withExtraPackages(key.packages());
        return (setup.pipIndex().isEmpty() ? builds : builds.withPipIndex(PipIndex.at(setup.pipIndex())))
                .build(key.variant());
    }

    private static ContainerFacts facts(ExtensionContext context, AppImage image) {
        Map<String, ContainerFacts> facts = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(
                "facts", key -> new ConcurrentHashMap<String, ContainerFacts>(), Map.class);
        return facts.computeIfAbsent(image.image().id(), id -> {
            try (ImageContainer container = ImageContainer.start(image.name())) {
                return container.probe(ProbeRequest.standard());
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<ImageKey, CompletableFuture<AppImage>> images(ExtensionContext context) {
        // The root store outlives every class, so all classes of a run share the built images.
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(
                "images", key -> new ConcurrentHashMap<ImageKey, CompletableFuture<AppImage>>(), Map.class);
    }

    private static AppTestSetup setup(ExtensionContext context) {
        S2iAppTest annotation = annotation(context).orElseThrow(() -> new ExtensionConfigurationException(
                "S2iAppTestExtension needs @S2iAppTest on the test class " + context.getDisplayName()));
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(AppTestSetup.class,
                key -> AppTestSetup.from(annotation), AppTestSetup.class);
    }

    private static Optional<S2iAppTest> annotation(ExtensionContext context) {
        Optional<Class<?>> testClass = context.getTestClass();
        while (testClass.isPresent()) {
            Optional<S2iAppTest> found = AnnotationSupport.findAnnotation(testClass.get(), S2iAppTest.class);
            if (found.isPresent()) {
                return found;
            }
            testClass = Optional.ofNullable(testClass.get().getEnclosingClass());
        }
        return Optional.empty();
    }

    /**
     * Everything that decides which image a parameter gets; equal keys share one build.
     */
    private record ImageKey(Path source, Variant variant, List<String> packages, String platform,
            Optional<String> minimalImage, Optional<String> fullImage, String pipIndex) {
    }

    /**
     * The validated configuration of one test class.
     */
    record AppTestSetup(Path source, AppSource app, Platform platform, PlatformImages images, String pipIndex) {

        static AppTestSetup from(S2iAppTest annotation) {
            Path source = Path.of(annotation.source());
            AppSource app;
            try {
                app = AppSource.fromFolder(source);
                if (!annotation.name().isBlank()) {
                    app = new AppSource(annotation.name().strip(), app.files());
                }
                app.requireEntryPoint();
            } catch (IllegalArgumentException e) {
                throw new ExtensionConfigurationException("Invalid @S2iAppTest(source = \"" + annotation.source()
                        + "\"): " + e.getMessage(), e);
            }
            Map<String, String> attributes = Map.of(
                    ConformanceSettings.PLATFORM, annotation.platform(),
                    ConformanceSettings.MINIMAL_IMAGE, annotation.minimalImage(),
                    ConformanceSettings.FULL_IMAGE, annotation.fullImage());
            // A system property wins over the annotation, so a pipeline can retarget every app test.
            Platform platform = ConformanceSettings.from(name -> Optional.ofNullable(System.getProperty(name))
                    .filter(value -> !value.isBlank()).orElse(attributes.get(name))).platform();
            String pipIndex = Optional.ofNullable(System.getProperty(PIP_INDEX_PROPERTY)).filter(v -> !v.isBlank())
                    .orElse(annotation.pipIndex()).strip();
            return new AppTestSetup(source, app, platform, new PlatformImages(platform), pipIndex);
        }
    }
}
