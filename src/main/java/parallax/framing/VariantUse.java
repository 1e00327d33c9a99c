package parallax.framing;

/**
 * How often one version of a story uses one variant of a referent's name: a row of {@code
 * contrasts.csv}.
 *
 * @param storyId the story, or null
 * @param referent what is named, e.g. {@code Kyiv}
 * @param source the outlet
 * @param articleId the version
 * @param variant the canonical variant used, e.g. {@code Kiev}
 * @param variantGroup the variant's tradition, e.g. {@code russian}, or null
 * @param count hits of this variant in the version, at least 1
 * @param diverges true when the versions of the story that name the referent do not all use the
 *     same variants (the same flag as the story's {@link ReferentContrast})
 */
public record VariantUse(
    String storyId,
    String referent,
    String source,
    String articleId,
    String variant,
    String variantGroup,
    int count,
    boolean diverges) {}
