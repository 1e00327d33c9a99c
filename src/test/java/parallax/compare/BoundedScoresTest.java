package parallax.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.junit.jupiter.api.Test;

class BoundedScoresTest {

  private static final BoundedScores UP_TO_FIVE = new BoundedScores(5);

  private static ScoreSample of(double... scores) {
    ScoreSample sample = UP_TO_FIVE.zero();
    for (double score : scores) {
      sample = UP_TO_FIVE.reduce(sample, score);
    }
    return sample;
  }

  @Test
  void keepsEveryScoreUpToTheLimitInTheOrderAdded() {
    ScoreSample result = UP_TO_FIVE.finish(of(0.5, -0.25, 0, 1, -1));
    assertArrayEquals(new double[] {0.5, -0.25, 0, 1, -1}, result.getScores());
  }

  @Test
  void dropsTheScoresOfAGroupOverTheLimit() {
    ScoreSample result = UP_TO_FIVE.finish(of(1, 2, 3, 4, 5, 6, 7));
    assertTrue(result.isDropped());
  }

  @Test
  void mergesPartitionsUpToTheLimitAndDropsThemOver() {
    assertArrayEquals(
        new double[] {1, 2, 3, 4, 5},
        UP_TO_FIVE.finish(UP_TO_FIVE.merge(of(1, 2), of(3, 4, 5))).getScores());
    assertTrue(UP_TO_FIVE.finish(UP_TO_FIVE.merge(of(1, 2, 3), of(4, 5, 6))).isDropped());
    assertArrayEquals(
        new double[] {7},
        UP_TO_FIVE.finish(UP_TO_FIVE.merge(UP_TO_FIVE.zero(), of(7))).getScores());
  }

  @Test
  void aSampleStoresOnlyItsScoresAndReadsBackTheSame() {
    ScoreSample held = of(0.5, -0.25, 1);
    ScoreSample read = new ScoreSample();
    read.setScores(held.getScores());
    assertArrayEquals(new double[] {0.5, -0.25, 1}, read.getScores());
    assertArrayEquals(new double[] {0.5, -0.25, 1, 2}, UP_TO_FIVE.merge(read, of(2)).getScores());
    ScoreSample over = new ScoreSample();
    over.setDropped(true);
    assertTrue(UP_TO_FIVE.merge(of(1), over).isDropped());
  }

  @Test
  void aPartitionOverTheLimitDropsTheMergedGroup() {
    ScoreSample over = of(1, 2, 3, 4, 5, 6);
    assertTrue(UP_TO_FIVE.finish(UP_TO_FIVE.merge(of(1), over)).isDropped());
    assertTrue(UP_TO_FIVE.finish(UP_TO_FIVE.merge(over, of(1))).isDropped());
    assertTrue(UP_TO_FIVE.finish(UP_TO_FIVE.reduce(over, 0.5)).isDropped());
  }

  @Test
  void aDroppedSampleStaysDroppedThroughSparksBeanEncoder() {
    // Between the partial and the final aggregation Spark stores the buffer with this encoder.
    ScoreSample over = of(1, 2, 3, 4, 5, 6);
    ScoreSample kept = of(0.5, -0.25);
    ScoreSample overRead = roundTrip(over);
    ScoreSample keptRead = roundTrip(kept);
    assertTrue(overRead.isDropped());
    assertTrue(UP_TO_FIVE.merge(of(1), overRead).isDropped());
    assertFalse(keptRead.isDropped());
    assertArrayEquals(new double[] {0.5, -0.25}, keptRead.getScores());
  }

  private static ScoreSample roundTrip(ScoreSample sample) {
    ExpressionEncoder<ScoreSample> encoder =
        ExpressionEncoder.apply((AgnosticEncoder<ScoreSample>) UP_TO_FIVE.bufferEncoder());
    InternalRow row = encoder.createSerializer().apply(sample).copy();
    return encoder
        .resolveAndBind(encoder.resolveAndBind$default$1(), encoder.resolveAndBind$default$2())
        .createDeserializer()
        .apply(row);
  }
}
