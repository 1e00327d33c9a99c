package parallax.reuse;

/**
 * A finding that one version of a story derives from another (republishes, shortens or rewrites
 * it): one row of {@code derivation.csv}.
 *
 * @param storyId the story
 * @param derivedId the article that derives from the other
 * @param sourceId the article it derives from
 * @param derivedOutlet the derived article's outlet
 * @param sourceOutlet the source article's outlet
 * @param confidence 0..1; only findings of at least {@link DerivationJudge#MIN_CONFIDENCE} are
 *     reported
 * @param evidence what the finding rests on, in words, clauses separated by "; "
 */
public record Derivation(
    String storyId,
    String derivedId,
    String sourceId,
    String derivedOutlet,
    String sourceOutlet,
    double confidence,
    String evidence) {}
