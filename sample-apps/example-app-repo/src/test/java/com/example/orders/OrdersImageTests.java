package com.example.orders;

import static io.github.s2ikit.assertions.S2iAssertions.assertThat;

import io.github.s2ikit.assertions.S2iSoftAssertions;
import io.github.s2ikit.facts.ContainerFacts;
import io.github.s2ikit.facts.ProbeRequest;
import io.github.s2ikit.junit.AppVariant;
import io.github.s2ikit.junit.S2iAppTest;
import io.github.s2ikit.variant.AppImage;
import io.github.s2ikit.variant.Variant;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Checks what the orders service's images contain and how they start: the s2i build on the
 * minimal image, and the multi-stage build from the full image to the minimal one.
 */
@S2iAppTest(source = "src/main/python", name = "orders")
class OrdersImageTests {

    private static final Duration STARTUP = Duration.ofSeconds(30);

    @Test
    void runs_as_uid_1001(@AppVariant(Variant.S2I_MINIMAL) AppImage minimal,
            @AppVariant(Variant.MULTI_STAGE) AppImage multiStage) {
        assertThat(minimal).runsAsUid(1001);
        assertThat(multiStage).runsAsUid(1001);
    }

    @Test
    void has_no_build_tools(@AppVariant(Variant.S2I_MINIMAL) AppImage minimal,
            @AppVariant(Variant.MULTI_STAGE) AppImage multiStage) {
        assertThat(minimal).hasNoCompilers().hasNoHeaders().hasNoNode();
        assertThat(multiStage).hasNoCompilers().hasNoHeaders().hasNoNode();
    }

    @Test
    void app_root_is_group_writable(@AppVariant(Variant.S2I_MINIMAL) AppImage minimal,
            @AppVariant(Variant.MULTI_STAGE) AppImage multiStage) {
        assertThat(minimal).hasGroupWritableAppRoot();
        assertThat(multiStage).hasGroupWritableAppRoot();
    }

    @Test
    void starts_as_arbitrary_uid(@AppVariant(Variant.S2I_MINIMAL) AppImage minimal,
            @AppVariant(Variant.MULTI_STAGE) AppImage multiStage) {
        assertThat(minimal).startsAsArbitraryUid(100001, "/health", STARTUP);
        assertThat(multiStage).startsAsArbitraryUid(100001, "/health", STARTUP);
    }

    @Test
    void is_smaller_than_full_build(@AppVariant(Variant.S2I_MINIMAL) AppImage minimal,
            @AppVariant(Variant.MULTI_STAGE) AppImage multiStage,
            @AppVariant(Variant.S2I_FULL) AppImage full) {
        assertThat(minimal).isSmallerThan(full.name());
        assertThat(multiStage).isSmallerThan(full.name());
    }

    @Test
    void configures_user_and_port(@AppVariant(Variant.S2I_MINIMAL) AppImage minimal,
            @AppVariant(Variant.MULTI_STAGE) AppImage multiStage) {
        S2iSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(minimal.config()).hasUser("1001").exposesPort("8080/tcp")
                    .hasWorkingDir("/opt/app-root/src");
            softly.assertThat(multiStage.config()).hasUser("1001").exposesPort("8080/tcp")
                    .hasWorkingDir("/opt/app-root/src");
        });
    }

    @Test
    void facts_of_minimal_build(@AppVariant(Variant.S2I_MINIMAL) ContainerFacts facts) {
        assertThat(facts)
                .runsAsUid(1001)
                .runsAsGid(0)
                .doesNotRunAsRoot()
                .hasNoExecutables(ProbeRequest.COMPILERS)
                .hasNoExecutables(ProbeRequest.NODE)
                .hasGroupZeroWritable("/opt/app-root");
    }
}
