package parallax.compare;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * An aggregation into a {@link ScoreSample} of at most {@code limit} scores: partitions merge under
 * the same limit, and Spark stores the sample between the partial and the final aggregation with
 * the bean encoder. A subclass says how one input row adds to a sample.
 *
 * @param <I> what each input row gives: a score, or a smaller group's sample
 */
abstract class BoundedSampling<I> extends Aggregator<I, ScoreSample, ScoreSample> {

  private static final long serialVersionUID = 1L;

  /** The most scores a sample holds; a group with more is dropped. */
  protected final int limit;

  BoundedSampling(int limit) {
    this.limit = limit;
  }

  @Override
  public ScoreSample zero() {
    return new ScoreSample();
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
