package io.github.s2ikit.junit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.s2ikit.container.ImageContainer;
import io.github.s2ikit.facts.ContainerFacts;
import io.github.s2ikit.facts.ImageConfig;
import io.github.s2ikit.platform.ImageRole;
import io.github.s2ikit.platform.Platform;
import io.github.s2ikit.platform.PlatformImage;
import java.lang.reflect.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.AssertionFailedError;

/**
 * Resolves the parameters of {@link ImageConformance} tests from the run's shared
 * {@link ConformanceSession}, publishes the claim, platform and images as report entries, and
 * prefixes assertion failures with the claim id.
 */
final class ImageConformanceExtension implements BeforeEachCallback, ParameterResolver, TestExecutionExceptionHandler {

    private static final Namespace NAMESPACE = Namespace.create(ImageConformanceExtension.class);

    private static final String SESSION = "session";

    private static final Set<Class<?>> PER_IMAGE_TYPES =
            Set.of(PlatformImage.class, ImageConfig.class, ContainerFacts.class, ImageContainer.class);

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void beforeEach(ExtensionContext context) {
        ConformanceSession session = session(context);
        context.publishReportEntry(ReportEntryKeys.PLATFORM, session.platform().id());
        claimOf(context).ifPresent(claim -> context.publishReportEntry(ReportEntryKeys.CLAIM, claim));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == Platform.class || type == ClaimEvidence.class || PER_IMAGE_TYPES.contains(type);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
        Parameter parameter = parameterContext.getParameter();
        Class<?> type = parameter.getType();
        if (type == ClaimEvidence.class) {
            return new ClaimEvidence(text -> context.publishReportEntry(ReportEntryKeys.EVIDENCE, text));
        }
        ConformanceSession session = session(context);
        if (type == Platform.class) {
            return session.platform();
        }

        ImageRole role = roleOf(parameterContext);
        try {
            PlatformImage image = session.image(role);
            publishImage(context, image);
            if (type == PlatformImage.class) {
                return image;
            }
            if (type == ImageConfig.class) {
                return image.config();
            }
            if (type == ImageContainer.class) {
                return session.container(role);
            }
            return session.facts(role);
        } catch (RuntimeException e) {
            throw new ParameterResolutionException("Could not provide " + type.getSimpleName() + " of the "
                    + role.label() + " image for parameter '" + parameter.getName() + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        Optional<String> claim = claimOf(context);
        if (claim.isEmpty() || !(throwable instanceof AssertionError)) {
            throw throwable;
        }
        String message = "Claim " + claim.get() + " is not met: " + throwable.getMessage();
        if (throwable instanceof AssertionFailedError failed && failed.isExpectedDefined() && failed.isActualDefined()) {
            AssertionFailedError wrapped = new AssertionFailedError(message,
                    failed.getExpected().getValue(), failed.getActual().getValue(), throwable);
            wrapped.setStackTrace(throwable.getStackTrace());
            throw wrapped;
        }
        AssertionFailedError wrapped = new AssertionFailedError(message, throwable);
        wrapped.setStackTrace(throwable.getStackTrace());
        throw wrapped;
    }

    private static ConformanceSession session(ExtensionContext context) {
        // The root store outlives every class, so all classes of a run share one session; JUnit
        // closes it when the run ends.
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(SESSION,
                key -> new ConformanceSession(ConformanceSettings.fromSystemProperties()), ConformanceSession.class);
    }

    private static ImageRole roleOf(ParameterContext parameterContext) {
        boolean minimal = parameterContext.isAnnotated(Minimal.class);
        boolean full = parameterContext.isAnnotated(Full.class);
        if (minimal == full) {
            throw new ParameterResolutionException("Parameter '" + parameterContext.getParameter().getName()
                    + "' of type " + parameterContext.getParameter().getType().getSimpleName()
                    + " needs exactly one of @Minimal and @Full to say which image it is for");
        }
        return minimal ? ImageRole.MINIMAL : ImageRole.FULL;
    }

    private static Optional<String> claimOf(ExtensionContext context) {
        return context.getTestMethod().map(method -> method.getAnnotation(Claim.class)).map(Claim::value);
    }

    private static void publishImage(ExtensionContext context, PlatformImage image) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("role", image.role().label());
        entry.put("name", image.name());
        entry.put("id", image.config().digestOrId());
        try {
            context.publishReportEntry(ReportEntryKeys.IMAGE, JSON.writeValueAsString(entry));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Could not write the image entry " + entry, e);
        }
    }
}
