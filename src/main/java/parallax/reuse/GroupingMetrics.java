package parallax.reuse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a grouping of items into stories agrees with a reference grouping, counted over pairs of
 * items: pairwise precision (of the pairs put together, the share that belong together), recall (of
 * the pairs that belong together, the share put together), their F1, and the adjusted Rand index
 * (agreement on all pairs, together or apart, corrected for chance: 0 for a random grouping, 1 for
 * identical ones).
 *
 * <p>Conventions for empty cases: precision is 1 when no pair is put together, recall is 1 when no
 * pair belongs together; the adjusted Rand index is 1 when both groupings are trivial in the same
 * way (all singletons, or everything in one group).
 *
 * @param items number of items compared
 * @param truePairs pairs in the same reference group
 * @param predictedPairs pairs in the same predicted group
 * @param agreeingPairs pairs in the same group in both
 * @param precision agreeingPairs / predictedPairs
 * @param recall agreeingPairs / truePairs
 * @param f1 harmonic mean of precision and recall
 * @param adjustedRandIndex Hubert and Arabie's adjusted Rand index
 */
public record GroupingMetrics(
    long items,
    long truePairs,
    long predictedPairs,
    long agreeingPairs,
    double precision,
    double recall,
    double f1,
    double adjustedRandIndex) {

  /**
   * Compares two labelings of the same items: {@code reference.get(i)} and {@code predicted.get(i)}
   * are item i's groups. Labels are compared with {@code equals}.
   *
   * @throws IllegalArgumentException when the lists differ in length or hold a null label
   */
  public static GroupingMetrics of(List<String> reference, List<String> predicted) {
    if (reference.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "reference has " + reference.size() + " labels but predicted has " + predicted.size());
    }
    Map<String, Long> referenceSizes = new HashMap<>();
    Map<String, Long> predictedSizes = new HashMap<>();
    Map<String, Long> cellSizes = new HashMap<>();
    for (int i = 0; i < reference.size(); i++) {
      String r = reference.get(i);
      String p = predicted.get(i);
      if (r == null || p == null) {
        throw new IllegalArgumentException("item " + i + " has no label");
      }
      referenceSizes.merge(r, 1L, Long::sum);
      predictedSizes.merge(p, 1L, Long::sum);
      cellSizes.merge(r.length() + ":" + r + "\u0000" + p, 1L, Long::sum);
    }
    long truePairs = pairs(referenceSizes);
    long predictedPairs = pairs(predictedSizes);
    long agreeing = pairs(cellSizes);
    double precision = predictedPairs == 0 ? 1.0 : (double) agreeing / predictedPairs;
    double recall = truePairs == 0 ? 1.0 : (double) agreeing / truePairs;
    double f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    long n = reference.size();
    return new GroupingMetrics(
        n,
        truePairs,
        predictedPairs,
        agreeing,
        precision,
        recall,
        f1,
        adjustedRandIndex(agreeing, truePairs, predictedPairs, choose2(n)));
  }

  private static double adjustedRandIndex(long agreeing, long a, long b, long all) {
    if (all == 0) {
      return 1.0;
    }
    double expected = (double) a * b / all;
    double maximum = (a + b) / 2.0;
    if (maximum == expected) {
      return 1.0;
    }
    return (agreeing - expected) / (maximum - expected);
  }

  private static long pairs(Map<String, Long> sizes) {
    long pairs = 0;
    for (long size : sizes.values()) {
      pairs += choose2(size);
    }
    return pairs;
  }

  private static long choose2(long n) {
    return n * (n - 1) / 2;
  }
}
