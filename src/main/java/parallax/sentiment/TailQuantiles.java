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
    double low = position(lowPercent, n);
    double high = position(highPercent, n);
    int lowCount = upperRank(low, n) + 1;
    int highCount = n - lowerRank(high, n);
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
    double lowQuantile = estimate(low, n, smallest[lowerRank(low, n)], smallest[upperRank(low, n)]);
    double highQuantile =
        estimate(high, n, largest[n - 1 - lowerRank(high, n)], largest[n - 1 - upperRank(high, n)]);
    return new double[] {lowQuantile, highQuantile};
  }

  /** Type 7's position, from 1 to n, as {@code EstimationType.R_7} computes it. */
  private static double position(double percent, int n) {
    double p = percent / 100d;
    return Double.compare(p, 1d) == 0 ? n : 1 + (n - 1) * p;
  }

  /** The rank (from 0) of the order statistic below the position. */
  private static int lowerRank(double position, int n) {
    if (position < 1) {
      return 0;
    }
    if (position >= n) {
      return n - 1;
    }
    return (int) Math.floor(position) - 1;
  }

  /** The rank (from 0) of the order statistic above the position. */
  private static int upperRank(double position, int n) {
    if (position < 1) {
      return 0;
    }
    if (position >= n) {
      return n - 1;
    }
    return (int) Math.floor(position);
  }

  /** {@code EstimationType}'s interpolation between the two order statistics, term for term. */
  private static double estimate(double position, int n, double lower, double upper) {
    if (position < 1 || position >= n) {
      return lower;
    }
    double fraction = position - Math.floor(position);
    return lower + fraction * (upper - lower);
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
