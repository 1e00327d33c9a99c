package parallax.sentiment;

import java.util.function.IntPredicate;

/**
 * Lexicon sentiment toward a target: the valences of its sentence weighted by closeness to the
 * target, so that in "X praised Y's rival, who was later disgraced" the words near each target
 * count most. A word d tokens away weighs {@code 1 / (1 + d / 4)}; the target's own words count
 * nothing (a name is not an opinion). For a whole-sentence target every word weighs 1, which is
 * VADER's sentence score.
 *
 * <p>The decay of 4 tokens was chosen on NewsMTSC's training set (macro-F1 over decays 2, 4, 8 and
 * none), never on its test sets. Stateless.
 */
public final class TargetLexiconScorer {

  static final double DECAY_TOKENS = 4.0;

  private TargetLexiconScorer() {}

  /**
   * The compound score toward {@code target} in [-1, 1] from the valences of its sentence ({@link
   * SentenceScorer#analyseSentence}), counting only tokens {@code included} accepts (token indices
   * of the text), e.g. only the author's words.
   */
  public static double score(
      TargetSpan target, int sentenceFirstToken, TokenValences valences, IntPredicate included) {
    double sum = 0;
    for (int i = 0; i < valences.length(); i++) {
      float valence = valences.valence(i);
      int t = sentenceFirstToken + i;
      if (valence == 0 || target.contains(t) || !included.test(t)) {
        continue;
      }
      sum += valence / (1.0 + target.distance(t) / DECAY_TOKENS);
    }
    return SentenceScorer.normalize(sum);
  }
}
