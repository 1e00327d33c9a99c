package parallax.sentiment;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * A low and a high quantile of an array, as commons-math's {@link Percentile} with {@link
 * EstimationType#R_7} gives them (Hyndman and Fan's type 7, R's default: interpolated between the
 * two order statistics around {@code 1 + (n - 1) p}), to the last bit.
 *
 * <p>The bootstrap asks for the 2.5th and 97.5th percentiles of its 2,000 resample means, once per
 * group, and most groups (an entity in one outlet's version of a story) have a handful of items:
 * there {@code Percentile}'s four selections over a copy of the array cost more than the
 * resampling. Near the tails only the few smallest and largest values matter, so one pass that
 * keeps them in two short sorted buffers finds the same order statistics. Quantiles far from the
 * tails go to {@code Percentile}.
 *
 * <p>Stateless and thread-safe.
 */
final class TailQuantiles {

  /** Longest buffer kept per tail; further in, {@link Percentile} is as fast. */
  static final int MAX_TAIL = 64;

  private TailQuantiles() {}

  /**
   * The {@code lowPercent} and {@code highPercent} quantiles of {@code values} (finite, not
   * modified).
   *
   * @param lowPercent in (0, 100]
   * @param highPercent in [lowPercent, 100]
   */
  static double[] of(double[] values, double lowPercent, double highPercent) {
    if (!(lowPercent > 0 && lowPercent <= highPercent && highPercent <= 100)) {
      throw new IllegalArgumentException(
          "need 0 < low <= high <= 100, was " + lowPercent + " and " + highPercent);
    }
    int n = values.length;
    if (n == 0) {
      throw new IllegalArgumentException("no values");
    }
    Ranks low = Ranks.of(lowPercent, n);
    Ranks high = Ranks.of(highPercent, n);
    int lowCount = low.upper() + 1;
    int highCount = n - high.lower();
    if (lowCount > MAX_TAIL || highCount > MAX_TAIL || lowCount + highCount > n) {
      Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
      percentile.setData(values);
      return new double[] {percentile.evaluate(lowPercent), percentile.evaluate(highPercent)};
    }
    double[] smallest = new double[lowCount];
    double[] largest = new double[highCount];
    int smallestSize = 0;
    int largestSize = 0;
    for (double value : values) {
      if (smallestSize < lowCount) {
        insertAscending(smallest, smallestSize++, value);
      } else if (value < smallest[lowCount - 1]) {
        insertAscending(smallest, lowCount - 1, value);
      }
      if (largestSize < highCount) {
        insertDescending(largest, largestSize++, value);
      } else if (value > largest[highCount - 1]) {
        insertDescending(largest, highCount - 1, value);
      }
    }
    // The k-th smallest (from 0) is smallest[k] near the bottom, largest[n - 1 - k] near the top.
    return new double[] {
      low.estimate(smallest[low.lower()], smallest[low.upper()]),
      high.estimate(largest[n - 1 - high.lower()], largest[n - 1 - high.upper()])
    };
  }

  /**
   * The two order statistics (ranks from 0) around type 7's position {@code 1 + (n - 1) p}, and how
   * far between them it falls, as {@code EstimationType.R_7} computes them. Below the first or from
   * the last order statistic on, both ranks are that one.
   */
  private record Ranks(int lower, int upper, double fraction) {

    static Ranks of(double percent, int n) {
      double p = percent / 100d;
      double position = Double.compare(p, 1d) == 0 ? n : 1 + (n - 1) * p;
      if (position < 1) {
        return new Ranks(0, 0, 0);
      }
      if (position >= n) {
        return new Ranks(n - 1, n - 1, 0);
      }
      int below = (int) Math.floor(position);
      return new Ranks(below - 1, below, position - Math.floor(position));
    }

    /** {@code EstimationType}'s interpolation, term for term; an end's value as it is. */
    double estimate(double lowerValue, double upperValue) {
      return lower == upper ? lowerValue : lowerValue + fraction * (upperValue - lowerValue);
    }
  }

  /**
   * Inserts {@code value} into {@code buffer[0, size]}, ascending; {@code buffer[size]} is lost.
   */
  private static void insertAscending(double[] buffer, int size, double value) {
    int at = size - 1;
    while (at >= 0 && buffer[at] > value) {
      buffer[at + 1] = buffer[at];
      at--;
    }
    buffer[at + 1] = value;
  }

  /**
   * Inserts {@code value} into {@code buffer[0, size]}, descending; {@code buffer[size]} is lost.
   */
  private static void insertDescending(double[] buffer, int size, double value) {
    int at = size - 1;
    while (at >= 0 && buffer[at] < value) {
      buffer[at + 1] = buffer[at];
      at--;
    }
    buffer[at + 1] = value;
  }
}
