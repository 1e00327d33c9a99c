package parallax.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
    assertNull(result.getScores());
  }

  @Test
  void mergesPartitionsUpToTheLimitAndDropsThemOver() {
    assertArrayEquals(
        new double[] {1, 2, 3, 4, 5},
        UP_TO_FIVE.finish(UP_TO_FIVE.merge(of(1, 2), of(3, 4, 5))).getScores());
    assertNull(UP_TO_FIVE.finish(UP_TO_FIVE.merge(of(1, 2, 3), of(4, 5, 6))).getScores());
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
    over.setScores(null);
    assertNull(UP_TO_FIVE.merge(of(1), over).getScores());
  }

  @Test
  void aPartitionOverTheLimitDropsTheMergedGroup() {
    ScoreSample over = of(1, 2, 3, 4, 5, 6);
    assertNull(UP_TO_FIVE.finish(UP_TO_FIVE.merge(of(1), over)).getScores());
    assertNull(UP_TO_FIVE.finish(UP_TO_FIVE.merge(over, of(1))).getScores());
    assertNull(UP_TO_FIVE.finish(UP_TO_FIVE.reduce(over, 0.5)).getScores());
  }
}
