package com.example.orders;

import static io.github.s2ikit.assertions.S2iAssertions.assertThat;

import io.github.s2ikit.container.AppContainer;
import io.github.s2ikit.junit.AppVariant;
import io.github.s2ikit.junit.RunAs;
import io.github.s2ikit.junit.S2iAppTest;
import io.github.s2ikit.variant.Variant;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Checks the running orders service over HTTP, in a container of each image, as the image's user
 * and as the arbitrary uid that OpenShift picks.
 */
@S2iAppTest(source = "src/main/python", name = "orders")
class OrdersServiceTests {

    private static final Duration STARTUP = Duration.ofSeconds(30);

    @Test
    void minimal_serves_orders(@AppVariant(Variant.S2I_MINIMAL) AppContainer app) {
        assertThat(app)
                .respondsTo("/", 200, "\"service\": \"orders\"", STARTUP)
                .respondsTo("/health", 200, "\"status\": \"ok\"", STARTUP)
                .respondsTo("/unknown", 404, STARTUP)
                .runsAsUid(1001)
                .doesNotRunAsRoot();
    }

    @Test
    void multi_stage_serves_orders(@AppVariant(Variant.MULTI_STAGE) AppContainer app) {
        assertThat(app)
                .respondsTo("/", 200, "\"service\": \"orders\"", STARTUP)
                .respondsTo("/health", 200, "\"status\": \"ok\"", STARTUP)
                .respondsTo("/unknown", 404, STARTUP)
                .runsAsUid(1001)
                .doesNotRunAsRoot();
    }

    @Test
    void serves_as_arbitrary_uid(@AppVariant(Variant.S2I_MINIMAL) @RunAs("100001:0") AppContainer app) {
        assertThat(app)
                .respondsTo("/health", 200, "\"status\": \"ok\"", STARTUP)
                .runsAsUid(100001)
                .doesNotRunAsRoot();
    }
}
