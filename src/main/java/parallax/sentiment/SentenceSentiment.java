package parallax.sentiment;

/**
 * The sentiment of one sentence of an article: one row of {@code sentiment.csv}.
 *
 * @param articleId the article
 * @param sentence the sentence index within the article, from 0
 * @param start first character of the sentence in the body
 * @param end one past its last character
 * @param score in [-1, 1]
 * @param label {@code negative}, {@code neutral} or {@code positive}
 * @param quoted true when most of the sentence's words are quoted speech
 */
public record SentenceSentiment(
    String articleId,
    int sentence,
    int start,
    int end,
    double score,
    String label,
    boolean quoted) {}
