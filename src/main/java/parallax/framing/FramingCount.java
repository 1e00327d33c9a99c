package parallax.framing;

/**
 * How often one lexicon term occurs in one article: a row of {@code framing.csv} once the job adds
 * the article's story and source.
 *
 * @param category the entry's category, e.g. {@code place_name/russian}
 * @param term the canonical term
 * @param count number of hits, at least 1
 * @param per1kWords hits per 1,000 words of the body ({@link
 *     parallax.model.AnnotatedText#wordCount()}), 0 for a body without words
 */
public record FramingCount(String category, String term, int count, double per1kWords) {}
