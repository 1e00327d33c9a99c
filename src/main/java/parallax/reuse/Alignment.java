package parallax.reuse;

import java.util.List;

/**
 * Every sentence of article A matched against article B, with the summary the derivation judge
 * reads.
 *
 * @param articleA the article whose sentences are matched
 * @param articleB the article they are looked for in
 * @param matches one per sentence of A, in order
 * @param sequenceScore how much of A is found in B in the same order: the similarity summed along
 *     the best order-preserving alignment, divided by A's sentence count (0..1). A rewrite that
 *     keeps its source's order scores high even when each sentence is reworded.
 */
public record Alignment(
    String articleA, String articleB, List<SentenceMatch> matches, double sequenceScore) {

  public Alignment {
    matches = List.copyOf(matches);
  }

  public int count(String kind) {
    int count = 0;
    for (SentenceMatch match : matches) {
      if (match.kind().equals(kind)) {
        count++;
      }
    }
    return count;
  }

  /** The number of sentences matched as copied or paraphrased. */
  public int matchedCount() {
    return matches.size() - count(SentenceMatch.UNMATCHED);
  }
}
