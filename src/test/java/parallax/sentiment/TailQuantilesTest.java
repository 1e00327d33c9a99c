package parallax.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.Test;

class TailQuantilesTest {

  /** commons-math's R-7 percentiles, the reference the fast path must equal bit for bit. */
  private static double[] reference(double[] values, double low, double high) {
    Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
    percentile.setData(values.clone());
    return new double[] {percentile.evaluate(low), percentile.evaluate(high)};
  }

  private static void assertSameAsPercentile(double[] values, double low, double high) {
    double[] before = values.clone();
    assertArrayEquals(
        reference(values, low, high),
        TailQuantiles.of(values, low, high),
        0.0,
        () -> values.length + " values, percents " + low + " and " + high);
    assertArrayEquals(before, values, 0.0, "the values are not modified");
  }

  @Test
  void bootstrapTailsEqualCommonsMath() {
    SplittableRandom random = new SplittableRandom(11);
    double tail = (1 - 0.95) / 2 * 100;
    for (int round = 0; round < 400; round++) {
      double[] means = new double[2_000];
      // Few distinct values (the means of tiny groups) as well as continuous ones.
      int distinct = round % 4 == 0 ? 1 + random.nextInt(6) : 0;
      for (int i = 0; i < means.length; i++) {
        means[i] =
            distinct > 0 ? random.nextInt(distinct) / 3.0 - 0.5 : random.nextGaussian() * 0.2;
      }
      assertSameAsPercentile(means, tail, 100 - tail);
    }
  }

  @Test
  void otherSizesAndLevelsEqualCommonsMath() {
    SplittableRandom random = new SplittableRandom(5);
    double[] percents = {1e-9, 0.1, 0.5, 1, 2.5, 5, 10, 25, 50, 75, 90, 97.5, 99.9, 100};
    for (int n : new int[] {1, 2, 3, 7, 20, 100, 101, 999, 5_000}) {
      for (double low : percents) {
        for (double high : percents) {
          if (high < low) {
            continue;
          }
          double[] values = new double[n];
          for (int i = 0; i < n; i++) {
            values[i] = random.nextInt(3) == 0 ? random.nextInt(4) : random.nextDouble() - 0.5;
          }
          assertSameAsPercentile(values, low, high);
        }
      }
    }
  }

  @Test
  void rejectsPercentsOutsideTheRange() {
    double[] values = {1, 2, 3};
    assertThrows(IllegalArgumentException.class, () -> TailQuantiles.of(values, 0, 50));
    assertThrows(IllegalArgumentException.class, () -> TailQuantiles.of(values, 60, 50));
    assertThrows(IllegalArgumentException.class, () -> TailQuantiles.of(values, 50, 101));
    assertThrows(IllegalArgumentException.class, () -> TailQuantiles.of(new double[0], 5, 95));
  }
}
