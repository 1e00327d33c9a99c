package parallax.sentiment;

/**
 * What {@link SentenceScorer} found for each token of a run: the valence it contributes after the
 * word-level rules (0 for most tokens) and whether it lies in a negation's scope. Index 0 is the
 * run's first token.
 *
 * <p>Immutable as far as callers are concerned; safe to share once built.
 */
public final class TokenValences {

  private final float[] valences;
  private final boolean[] negated;

  TokenValences(float[] valences, boolean[] negated) {
    this.valences = valences;
    this.negated = negated;
  }

  /** The number of tokens in the run. */
  public int length() {
    return valences.length;
  }

  /** The valence token {@code i} of the run contributes. */
  public float valence(int i) {
    return valences[i];
  }

  /** True when token {@code i} of the run follows a negator in the same clause. */
  public boolean negated(int i) {
    return negated[i];
  }

  /** The sum of all valences: the raw, unnormalised score of the run. */
  public double sum() {
    double sum = 0;
    for (float valence : valences) {
      sum += valence;
    }
    return sum;
  }
}
