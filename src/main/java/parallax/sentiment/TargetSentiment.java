package parallax.sentiment;

/**
 * Sentiment toward one target (a sentence, an entity mention).
 *
 * @param score in [-1, 1]: the lexicon's compound score, or a model's P(positive) - P(negative)
 * @param polarity the label
 */
public record TargetSentiment(double score, Polarity polarity) {}
