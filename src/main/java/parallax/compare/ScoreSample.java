package parallax.compare;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The scores of one group while it has at most a limit of them ({@link BoundedScores}); a group
 * that went over keeps none and is marked {@link #isDropped()}. A Java bean, as Spark's bean
 * encoder stores it between the partial and the final aggregation. The mark is a property of its
 * own, not a null array: the bean encoder does not call a setter with null, so a null would read
 * back as an empty sample.
 */
public final class ScoreSample implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final double[] NONE = new double[0];

  // Grows by doubling; only the first `size` are scores.
  private double[] scores = NONE;
  private int size;
  private boolean dropped;

  /** An empty sample (the bean encoder's constructor). */
  public ScoreSample() {}

  /** The scores held, exactly as many as were added; none once dropped. */
  public double[] getScores() {
    return scores.length == size ? scores : Arrays.copyOf(scores, size);
  }

  /** Holds {@code scores}. */
  public void setScores(double[] scores) {
    this.scores = scores == null ? NONE : scores;
    this.size = this.scores.length;
  }

  /** Whether the group passed the limit, so that its scores were dropped. */
  public boolean isDropped() {
    return dropped;
  }

  /** Marks the group as over the limit (its scores are dropped), or not. */
  public void setDropped(boolean dropped) {
    if (dropped) {
      drop();
    } else {
      this.dropped = false;
    }
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
    if (other.dropped) {
      drop();
    } else if (room(other.size, limit)) {
      System.arraycopy(other.scores, 0, scores, size, other.size);
      size += other.size;
    }
    return this;
  }

  /** Whether {@code count} more fit (growing the array if needed); drops the scores if not. */
  private boolean room(int count, int limit) {
    if (dropped) {
      return false;
    }
    if (size + count > limit) {
      drop();
      return false;
    }
    if (size + count > scores.length) {
      scores =
          Arrays.copyOf(scores, Math.min(limit, Math.max(size + count, 2 * scores.length + 8)));
    }
    return true;
  }

  private void drop() {
    dropped = true;
    scores = NONE;
    size = 0;
  }
}
