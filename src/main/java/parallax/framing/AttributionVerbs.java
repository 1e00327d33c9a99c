package parallax.framing;

/**
 * How many attribution verbs one version uses, and how many of them are loaded: the lexicon hits of
 * the {@code attribution_verb} family and of its {@code loaded} category. Counted per article where
 * the hits are, so that {@code sources.csv} only sums two numbers per article.
 *
 * @param all hits whose category is in the family ({@link LexiconEntry#familyOf}), neutral and
 *     loaded
 * @param loaded hits whose category is {@link #LOADED} (claimed, insisted, asserted...)
 */
public record AttributionVerbs(int all, int loaded) {

  /** The lexicon family of all attribution verbs, neutral (said, told) and loaded. */
  public static final String FAMILY = "attribution_verb";

  /** The lexicon category of loaded attribution verbs. */
  public static final String LOADED = FAMILY + "/loaded";

  /** The counts of one version's hits. */
  public static AttributionVerbs of(ArticleFraming article) {
    int all = 0;
    int loaded = 0;
    for (FramingHit hit : article.hits()) {
      if (LexiconEntry.familyOf(hit.category()).equals(FAMILY)) {
        all++;
        if (hit.category().equals(LOADED)) {
          loaded++;
        }
      }
    }
    return new AttributionVerbs(all, loaded);
  }
}
