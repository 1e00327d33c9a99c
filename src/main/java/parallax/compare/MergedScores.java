package parallax.compare;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * Merges groups' {@link ScoreSample}s ({@link BoundedScores}' results) into the sample of the
 * larger group they make up, under the same limit: the scores of all of them while they total at
 * most {@code limit} and none was dropped, else none. So a tone over stories can be taken from the
 * per-story groups without reading the sentences again.
 */
final class MergedScores extends Aggregator<ScoreSample, ScoreSample, ScoreSample> {

  private static final long serialVersionUID = 1L;

  private final int limit;

  MergedScores(int limit) {
    this.limit = limit;
  }

  @Override
  public ScoreSample zero() {
    return new ScoreSample();
  }

  @Override
  public ScoreSample reduce(ScoreSample merged, ScoreSample group) {
    return merged.addAll(group, limit);
  }

  @Override
  public ScoreSample merge(ScoreSample left, ScoreSample right) {
    return left.addAll(right, limit);
  }

  @Override
  public ScoreSample finish(ScoreSample merged) {
    return merged;
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
