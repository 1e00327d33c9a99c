package parallax.reuse;

/**
 * How one sentence of an article A is found in another version B: copied, paraphrased or unmatched,
 * with the sentence of B it matches.
 *
 * @param sentence 0-based index of the sentence in A
 * @param start first character of the sentence in A's body
 * @param end last character, exclusive
 * @param match 0-based index of the matching sentence of B, or -1 when unmatched
 * @param matchStart first character of that sentence in B's body, or -1
 * @param matchEnd last character, exclusive, or -1
 * @param kind {@link #COPIED}, {@link #PARAPHRASED} or {@link #UNMATCHED}
 * @param score for copied, the share of the sentence's shingles found in the match; otherwise the
 *     content-word overlap with the match (for unmatched, with the closest sentence of B)
 */
public record SentenceMatch(
    int sentence,
    int start,
    int end,
    int match,
    int matchStart,
    int matchEnd,
    String kind,
    double score) {

  public static final String COPIED = "copied";
  public static final String PARAPHRASED = "paraphrased";
  public static final String UNMATCHED = "unmatched";

  public boolean matched() {
    return match >= 0;
  }
}
