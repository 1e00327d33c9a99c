package parallax.compare;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * Collects a group's scores in the same pass that sums them, but only while the group has at most
 * {@code limit}: a larger group is summed, never held (a source's millions of sentences), so its
 * sample is dropped as soon as it passes the limit, in a partition or when partitions merge. The
 * result's {@link ScoreSample#getScores()} are the group's scores, unless it is {@link
 * ScoreSample#isDropped()}.
 */
final class BoundedScores extends Aggregator<Double, ScoreSample, ScoreSample> {

  private static final long serialVersionUID = 1L;

  private final int limit;

  BoundedScores(int limit) {
    this.limit = limit;
  }

  @Override
  public ScoreSample zero() {
    return new ScoreSample();
  }

  @Override
  public ScoreSample reduce(ScoreSample sample, Double score) {
    return sample.add(score, limit);
  }

  @Override
  public ScoreSample merge(ScoreSample left, ScoreSample right) {
    return left.addAll(right, limit);
  }

  @Override
  public ScoreSample finish(ScoreSample sample) {
    return sample;
  }

  @Override
  public Encoder<ScoreSample> bufferEncoder() {
    return Encoders.bean(ScoreSample.class);
  }

  @Override
  public Encoder<ScoreSample> outputEncoder() {
    return Encoders.bean(ScoreSample.class);
  }
}
