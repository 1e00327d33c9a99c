package parallax.framing;

/**
 * How often a term occurs in one article: the per-article rows the job sums with Spark SQL before
 * {@link DistinctiveTerms} compares sources.
 *
 * @param term a lower-cased content word form
 * @param count occurrences, at least 1
 */
public record TermCount(String term, int count) {}
