package parallax.reuse;

/**
 * One sentence of article A and where it is found in article B: one row of {@code alignment.csv}.
 * Every ordered pair of versions of a story gets a row per sentence of A.
 *
 * @param storyId the story
 * @param articleA the article the sentence is in
 * @param sentence 0-based sentence index in A
 * @param start first character of the sentence in A's body
 * @param end last character, exclusive
 * @param articleB the article it is looked for in
 * @param match 0-based index of the matching sentence in B, or -1 when unmatched
 * @param matchStart first character of the match in B's body, or -1
 * @param matchEnd last character of the match, exclusive, or -1
 * @param kind {@code copied}, {@code paraphrased} or {@code unmatched}
 * @param score see {@link SentenceMatch#score}
 */
public record SentenceAlignment(
    String storyId,
    String articleA,
    int sentence,
    int start,
    int end,
    String articleB,
    int match,
    int matchStart,
    int matchEnd,
    String kind,
    double score) {

  static SentenceAlignment of(String storyId, Alignment alignment, SentenceMatch m) {
    return new SentenceAlignment(
        storyId,
        alignment.articleA(),
        m.sentence(),
        m.start(),
        m.end(),
        alignment.articleB(),
        m.match(),
        m.matchStart(),
        m.matchEnd(),
        m.kind(),
        m.score());
  }
}
