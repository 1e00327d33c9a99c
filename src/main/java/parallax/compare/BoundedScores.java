package parallax.compare;

/**
 * Collects a group's scores in the same pass that sums them, but only while the group has at most
 * {@code limit}: a larger group is summed, never held (a source's millions of sentences), so its
 * sample is dropped as soon as it passes the limit, in a partition or when partitions merge. The
 * result's {@link ScoreSample#getScores()} are the group's scores, unless it is {@link
 * ScoreSample#isDropped()}.
 */
final class BoundedScores extends BoundedSampling<Double> {

  private static final long serialVersionUID = 1L;

  BoundedScores(int limit) {
    super(limit);
  }

  @Override
  public ScoreSample reduce(ScoreSample sample, Double score) {
    return sample.add(score, limit);
  }
}
