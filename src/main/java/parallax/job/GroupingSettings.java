package parallax.job;

/**
 * How {@link StoryGrouping} clusters articles into stories. Immutable; validated when built.
 *
 * <p>The defaults are general choices, not fitted to one corpus:
 *
 * <ul>
 *   <li>{@code threshold} 0.10: the mean TF-IDF cosine (after the time discount) two clusters need
 *       to merge under average linkage. Versions of one story by different outlets share their
 *       names and key nouns but little else; 0.1 is the usual order of cosine at which short news
 *       texts about one event still meet while unrelated ones of the same beat stay apart.
 *   <li>{@code windowDays} 2: articles more than two days apart are never compared.
 *   <li>{@code halfLifeHours} 12: similarity is halved for every 12 hours between two articles, so
 *       a next-day article needs four times the similarity of a same-day one. Versions of one story
 *       appear within hours; the next day's article on the same subject is usually a new
 *       development, a story of its own. Date-only timestamps count as midnight UTC.
 *   <li>{@code undatedGapHours} 24: an article without a readable date is treated as a day away
 *       from every dated article, neither same-day nor excluded: it joins their story only on
 *       clearly similar text (four times the threshold), so undated articles do not chain stories
 *       across years. Two undated articles are compared without discount, so an input with no dates
 *       at all is grouped on text alone.
 *   <li>{@code leadTokens} 120: the headline and first paragraphs (about 150 words) identify a
 *       story; the rest of a long article is mostly background shared by its whole topic.
 *   <li>{@code salientTerms} 20: the article's highest-weighted terms that MinHash compares to find
 *       candidate pairs.
 *   <li>{@code hashTables} 64: MinHash functions; a pair sharing 2 of about 40 salient terms is a
 *       candidate with probability {@code 1 - (1 - 1/20)^64}, about 96%.
 *   <li>{@code maxBucket} 1000: a MinHash value shared by more articles within one date window
 *       marks boilerplate, not a story, and yields no candidates (keeps the join sub-quadratic).
 *   <li>{@code numFeatures} 2^18: hashed vocabulary size, Spark's default. Two rare words sharing a
 *       slot add a little noise to a cosine; a larger space costs memory in every IDF aggregation
 *       and model.
 * </ul>
 *
 * @param threshold mean similarity needed to merge, in (0, 1]
 * @param windowDays articles further apart in publication time are never compared, at least 0
 * @param halfLifeHours time over which similarity halves, greater than 0
 * @param undatedGapHours the time gap assumed when an article has no readable date, at least 0
 * @param leadTokens body words (of three or more letters) read after the title, at least 1
 * @param salientTerms terms per article that MinHash sees, at least 1
 * @param hashTables number of MinHash functions, at least 1
 * @param maxBucket largest number of articles sharing a MinHash value that still yields pairs
 * @param numFeatures size of the hashed term space, at least 2
 * @param seed MinHash seed: the same seed and input give the same stories
 * @param regroup true to cluster every article, ignoring the story ids the input gives
 */
public record GroupingSettings(
    double threshold,
    int windowDays,
    double halfLifeHours,
    double undatedGapHours,
    int leadTokens,
    int salientTerms,
    int hashTables,
    int maxBucket,
    int numFeatures,
    long seed,
    boolean regroup) {

  public GroupingSettings {
    check(threshold > 0 && threshold <= 1, "threshold must be in (0, 1], was " + threshold);
    check(windowDays >= 0, "windowDays must be >= 0, was " + windowDays);
    check(halfLifeHours > 0, "halfLifeHours must be > 0, was " + halfLifeHours);
    check(undatedGapHours >= 0, "undatedGapHours must be >= 0, was " + undatedGapHours);
    check(leadTokens >= 1, "leadTokens must be >= 1, was " + leadTokens);
    check(salientTerms >= 1, "salientTerms must be >= 1, was " + salientTerms);
    check(hashTables >= 1, "hashTables must be >= 1, was " + hashTables);
    check(maxBucket >= 2, "maxBucket must be >= 2, was " + maxBucket);
    check(numFeatures >= 2, "numFeatures must be >= 2, was " + numFeatures);
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException("grouping setting: " + message);
    }
  }

  /** The documented defaults, keeping given story ids. */
  public static GroupingSettings defaults() {
    return new GroupingSettings(
        0.10, 2, 12.0, 24.0, 120, 20, 64, 1000, 1 << 18, 20_241_107L, false);
  }

  public GroupingSettings withRegroup(boolean value) {
    return new GroupingSettings(
        threshold,
        windowDays,
        halfLifeHours,
        undatedGapHours,
        leadTokens,
        salientTerms,
        hashTables,
        maxBucket,
        numFeatures,
        seed,
        value);
  }
}
