package parallax.compare;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The scores of one group while it has at most a limit of them ({@link BoundedScores}); a group
 * that went over keeps none ({@link #getScores()} is null). A Java bean, as Spark's bean encoder
 * stores it between the partial and the final aggregation.
 */
public final class ScoreSample implements Serializable {

  private static final long serialVersionUID = 1L;

  // Grows by doubling; only the first `size` are scores.
  private double[] scores = new double[0];
  private int size;

  /** An empty sample (the bean encoder's constructor). */
  public ScoreSample() {}

  /** The scores held, exactly as many as were added; null once over the limit. */
  public double[] getScores() {
    if (scores == null || scores.length == size) {
      return scores;
    }
    return Arrays.copyOf(scores, size);
  }

  /** Holds {@code scores} (null: over the limit). */
  public void setScores(double[] scores) {
    this.scores = scores;
    this.size = scores == null ? 0 : scores.length;
  }

  boolean overLimit() {
    return scores == null;
  }

  /** Adds {@code score}, or drops every score once that passes {@code limit}. */
  ScoreSample add(double score, int limit) {
    if (room(1, limit)) {
      scores[size++] = score;
    }
    return this;
  }

  /** Adds {@code other}'s scores, or drops every score when either is over {@code limit}. */
  ScoreSample addAll(ScoreSample other, int limit) {
    if (other.overLimit()) {
      scores = null;
      size = 0;
    } else if (room(other.size, limit)) {
      System.arraycopy(other.scores, 0, scores, size, other.size);
      size += other.size;
    }
    return this;
  }

  /** Whether {@code count} more fit (growing the array if needed); drops the scores if not. */
  private boolean room(int count, int limit) {
    if (overLimit()) {
      return false;
    }
    if (size + count > limit) {
      scores = null;
      size = 0;
      return false;
    }
    if (size + count > scores.length) {
      scores =
          Arrays.copyOf(scores, Math.min(limit, Math.max(size + count, 2 * scores.length + 8)));
    }
    return true;
  }
}
