package parallax.framing;

/**
 * Which transliteration tradition one version's place and person names follow, counted over hits
 * whose variant group is {@code russian} or {@code ukrainian}.
 *
 * @param storyId the story, or null
 * @param source the outlet
 * @param articleId the version
 * @param russian hits of Russian-tradition variants (Kiev, Lugansk, Vladimir Zelensky)
 * @param ukrainian hits of Ukrainian-tradition variants (Kyiv, Luhansk, Zelenskyy)
 * @param score {@code (ukrainian - russian) / (ukrainian + russian)}, from -1 (all Russian) to 1
 *     (all Ukrainian); 0 when there are none
 * @param leaning {@code russian}, {@code ukrainian}, {@code mixed} (as many of each) or {@code
 *     none}
 */
public record TransliterationLeaning(
    String storyId,
    String source,
    String articleId,
    int russian,
    int ukrainian,
    double score,
    String leaning) {

  public static final String RUSSIAN = "russian";
  public static final String UKRAINIAN = "ukrainian";

  /** The leaning of one version's hits. */
  public static TransliterationLeaning of(ArticleFraming article) {
    int russian = 0;
    int ukrainian = 0;
    for (FramingHit hit : article.hits()) {
      if (RUSSIAN.equals(hit.variantGroup())) {
        russian++;
      } else if (UKRAINIAN.equals(hit.variantGroup())) {
        ukrainian++;
      }
    }
    int total = russian + ukrainian;
    double score = total == 0 ? 0.0 : (ukrainian - russian) / (double) total;
    String leaning;
    if (total == 0) {
      leaning = "none";
    } else if (russian > ukrainian) {
      leaning = RUSSIAN;
    } else if (ukrainian > russian) {
      leaning = UKRAINIAN;
    } else {
      leaning = "mixed";
    }
    return new TransliterationLeaning(
        article.storyId(),
        article.source(),
        article.articleId(),
        russian,
        ukrainian,
        score,
        leaning);
  }
}
