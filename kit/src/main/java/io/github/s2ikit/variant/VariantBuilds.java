package io.github.s2ikit.variant;

import io.github.s2ikit.facts.ImageConfig;
import io.github.s2ikit.image.BuiltImage;
import io.github.s2ikit.platform.ImageRole;
import io.github.s2ikit.platform.PlatformImages;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds an app as any {@link Variant} on a platform's images, with one set of options.
 *
 * <pre>{@code
 * AppImage image = VariantBuilds.of(AppSource.fromFolder(Path.of("app")), new PlatformImages(Platforms.REFERENCE))
 *         .build(Variant.MULTI_STAGE);
 * }</pre>
 */
public final class VariantBuilds {

    private final AppSource source;
    private final PlatformImages images;
    private final List<String> extraPackages;
    private final Optional<PipIndex> index;

    private VariantBuilds(AppSource source, PlatformImages images, List<String> extraPackages, Optional<PipIndex> index) {
        this.source = source;
        this.images = images;
        this.extraPackages = extraPackages;
        this.index = index;
    }

    /** Describes builds of the app on the platform's images. */
    public static VariantBuilds of(AppSource source, PlatformImages images) {
        Objects.requireNonNull(source, "The app source should not be null");
        Objects.requireNonNull(images, "The platform images should not be null");
        return new VariantBuilds(source, images, List.of(), Optional.empty());
    }

    /** Returns a copy whose {@link Variant#EXTENDED_MINIMAL} build also installs the given packages. */
    public VariantBuilds withExtraPackages(List<String> packages) {
        return new VariantBuilds(source, images, List.copyOf(packages), index);
    }

    /** Returns a copy whose builds install Python packages from the given index. */
    public VariantBuilds withPipIndex(PipIndex pipIndex) {
        return new VariantBuilds(source, images, extraPackages, Optional.of(pipIndex));
    }

    /**
     * Builds the app as the variant, or finds the image of an earlier build of the same inputs.
     *
     * @throws io.github.s2ikit.image.ImageBuildException with the failed step and the last output lines
     * @throws io.github.s2ikit.image.ImageNotFoundException when an image of the platform cannot be found
     */
    public AppImage build(Variant variant) {
        String minimal = images.get(ImageRole.MINIMAL).name();
        String full = images.get(ImageRole.FULL).name();
        BuiltImage built = switch (variant) {
            case S2I_MINIMAL -> withIndex(S2iBuild.of(source).on(minimal)).build();
            case S2I_FULL -> withIndex(S2iBuild.of(source).on(full)).build();
            case EXTENDED_MINIMAL -> {
                ExtendedMinimalBuild build = ExtendedMinimalBuild.of(source, images.platform(), minimal)
                        .withExtraPackages(extraPackages);
                yield (index.isPresent() ? build.withPipIndex(index.get()) : build).build();
            }
            case MULTI_STAGE -> {
                MultiStageBuild build = MultiStageBuild.of(source, images.platform(), full, minimal);
                yield (index.isPresent() ? build.withPipIndex(index.get()) : build).build();
            }
            case MULTI_STAGE_JIB -> {
                JibMultiStageBuild build = JibMultiStageBuild.of(source, images.platform(), full, minimal);
                yield (index.isPresent() ? build.withPipIndex(index.get()) : build).build();
            }
        };
        return new AppImage(source.name(), variant, built, ImageConfig.inspect(built.name()));
    }

    private S2iBuild withIndex(S2iBuild build) {
        return index.isPresent() ? build.withPipIndex(index.get()) : build;
    }
}
