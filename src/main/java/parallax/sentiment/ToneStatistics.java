package parallax.sentiment;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Mean tone of a group of scores with a percentile bootstrap confidence interval, and the shares of
 * each label. The caller groups (Spark groups by article, story x source, source or entity); this
 * class computes for one group.
 *
 * <p>Reproducible: the scores are sorted before resampling and the random generator is seeded, so
 * the same multiset of scores gives the same interval whatever order they arrive in (Spark's
 * grouping does not keep order). Groups above {@link #MAX_BOOTSTRAP_N} items use the normal
 * interval of the mean instead, which the bootstrap converges to at that size, so a source with
 * millions of sentences costs O(n), not O(n x resamples).
 *
 * <p>Every group of one size draws the same indices (one seed), so for groups of up to {@link
 * #MAX_REMEMBERED_N} items the instance draws them once and replays them: the same sums in the same
 * order, so the same intervals to the last bit, with half the time per draw ({@code draw} and
 * {@code drawnMeans} must keep one order; {@code ToneStatisticsTest} compares them).
 *
 * <p>Thread-safe: the remembered draws are published whole, and each call that draws makes its own
 * generator.
 */
public final class ToneStatistics {

  /** The default seed: any fixed number, so that runs repeat exactly. */
  public static final long DEFAULT_SEED = 20_241_107L;

  /** Bootstrap resamples; 2,000 keeps the 2.5th and 97.5th percentiles stable to about 0.01. */
  public static final int DEFAULT_RESAMPLES = 2_000;

  /** Above this many items the interval is the normal one (mean +- z * sd / sqrt(n)). */
  public static final int MAX_BOOTSTRAP_N = 20_000;

  /**
   * Groups of at most this many items replay remembered draws: one byte per draw (an index below
   * 256), 2,000 x n bytes per size, so at most about 9 MB per instance with every size seen.
   */
  static final int MAX_REMEMBERED_N = 96;

  /** The most bytes of draws remembered per size, so more resamples remember fewer sizes. */
  private static final int MAX_REMEMBERED_BYTES_PER_SIZE = DEFAULT_RESAMPLES * MAX_REMEMBERED_N;

  private static final ToneStatistics DEFAULTS =
      new ToneStatistics(DEFAULT_RESAMPLES, DEFAULT_SEED, 0.95);

  /** The low 32 bits of a long. */
  private static final long LOW_HALF = 0xFFFF_FFFFL;

  private final int resamples;
  private final long seed;
  private final double confidence;

  /** The draws of each group size it remembers (below its length), made on first use. */
  private final AtomicReferenceArray<byte[]> rememberedDraws;

  /**
   * @param resamples bootstrap resamples, at least 100
   * @param seed random seed
   * @param confidence confidence level in (0, 1), e.g. 0.95
   */
  public ToneStatistics(int resamples, long seed, double confidence) {
    this(resamples, seed, confidence, MAX_REMEMBERED_N);
  }

  /** The same, replaying remembered draws for groups of up to {@code maxRememberedN} (0: none). */
  ToneStatistics(int resamples, long seed, double confidence, int maxRememberedN) {
    if (resamples < 100) {
      throw new IllegalArgumentException("resamples must be >= 100, was: " + resamples);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), was: " + confidence);
    }
    this.resamples = resamples;
    this.seed = seed;
    this.confidence = confidence;
    int largestRemembered =
        Math.min(
            maxRememberedN, Math.min(MAX_REMEMBERED_N, MAX_REMEMBERED_BYTES_PER_SIZE / resamples));
    this.rememberedDraws = new AtomicReferenceArray<>(largestRemembered + 1);
  }

  /**
   * 2,000 resamples, the default seed, 95% confidence: one instance per JVM, so its remembered
   * draws are made once.
   */
  public static ToneStatistics defaults() {
    return DEFAULTS;
  }

  /**
   * The tone of one group.
   *
   * @param scores the items' scores, in any order (not modified)
   * @param labels the items' labels ({@link Polarity#label()}), same length and order as scores
   * @throws IllegalArgumentException when lengths differ, a score is not finite or a label unknown
   */
  public ToneSummary summarize(double[] scores, String[] labels) {
    if (scores.length != labels.length) {
      throw new IllegalArgumentException(
          scores.length + " scores but " + labels.length + " labels: they must pair up");
    }
    int[] counts = new int[Polarity.values().length];
    for (String label : labels) {
      counts[Polarity.ofLabel(label).ordinal()]++;
    }
    return summarize(
        scores,
        counts[Polarity.POSITIVE.ordinal()],
        counts[Polarity.NEGATIVE.ordinal()],
        counts[Polarity.NEUTRAL.ordinal()]);
  }

  /**
   * The tone of one group whose labels were counted where they are (Spark sums them beside
   * collecting the scores).
   *
   * @param scores the items' scores, in any order (not modified)
   * @throws IllegalArgumentException when the counts do not add up to the scores or a score is not
   *     finite
   */
  public ToneSummary summarize(double[] scores, long positive, long negative, long neutral) {
    int n = scores.length;
    requireLabelCounts(n, positive, negative, neutral);
    if (n == 0) {
      return ToneSummary.EMPTY;
    }
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (double score : sorted) {
      if (!Double.isFinite(score)) {
        throw new IllegalArgumentException("scores must be finite numbers, found: " + score);
      }
      sum += score;
    }
    double mean = sum / n;
    double[] interval =
        n > MAX_BOOTSTRAP_N ? normalInterval(sorted, mean) : bootstrap(sorted, mean);
    return summary(n, mean, interval, positive, negative, neutral);
  }

  /** The same, labelling each score by its {@link SentimentBand}. */
  public ToneSummary summarize(double[] scores, SentimentBand band) {
    String[] labels = new String[scores.length];
    for (int i = 0; i < scores.length; i++) {
      labels[i] = band.polarity(scores[i]).label();
    }
    return summarize(scores, labels);
  }

  /**
   * The tone of a group from its moments, for groups summed where they are rather than held (Spark
   * sums a source's millions of sentences): the normal interval, as {@link #summarize} gives above
   * {@link #MAX_BOOTSTRAP_N} items. With at most that many items, hold them and call {@link
   * #summarize}: the bootstrap is the interval of record there.
   *
   * @param n the number of items, at least 1
   * @param mean their mean score
   * @param variance their sample variance (divisor n - 1; 0 for a single item)
   * @param positive items labelled positive
   * @param negative items labelled negative
   * @param neutral items labelled neutral
   * @throws IllegalArgumentException when the counts do not add up to n or n is below 1
   */
  public ToneSummary fromMoments(
      long n, double mean, double variance, long positive, long negative, long neutral) {
    if (n < 1 || n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("a group needs 1 to 2^31 - 1 items; was n=" + n);
    }
    requireLabelCounts(n, positive, negative, neutral);
    return summary((int) n, mean, normalInterval(n, mean, variance), positive, negative, neutral);
  }

  private static void requireLabelCounts(long n, long positive, long negative, long neutral) {
    if (positive < 0 || negative < 0 || neutral < 0 || positive + negative + neutral != n) {
      throw new IllegalArgumentException(
          n
              + " items but label counts positive="
              + positive
              + ", negative="
              + negative
              + ", neutral="
              + neutral
              + ": they must add up");
    }
  }

  private static ToneSummary summary(
      int n, double mean, double[] interval, long positive, long negative, long neutral) {
    return new ToneSummary(
        n,
        mean,
        interval[0],
        interval[1],
        (double) positive / n,
        (double) negative / n,
        (double) neutral / n);
  }

  private double[] bootstrap(double[] sorted, double mean) {
    int n = sorted.length;
    if (sorted[0] == sorted[n - 1]) {
      // Every resample of equal scores has their mean: no draws needed.
      return new double[] {mean, mean};
    }
    double[] means =
        n < rememberedDraws.length() ? replayedMeans(sorted, drawsOfSize(n)) : drawnMeans(sorted);
    double tail = (1 - confidence) / 2 * 100;
    return TailQuantiles.of(means, tail, 100 - tail);
  }

  /**
   * The resample means, drawing as they go. The bootstrap makes resamples x n draws per group, the
   * bulk of the tone tables' cost, so each draw is cheap: SplittableRandom (statistically sound, a
   * third of Well19937c's cost) gives 64 bits, two 32-bit halves make two indices, and each half
   * becomes an index in [0, n) by Lemire's multiply-shift, without bias (a product whose low half
   * falls below 2^32 mod n is drawn again) and without the division nextInt(n) makes per draw. Two
   * sums, one per half, let the additions overlap.
   */
  private double[] drawnMeans(double[] sorted) {
    int n = sorted.length;
    SplittableRandom random = new SplittableRandom(seed);
    long bound = n;
    long rejectBelow = (1L << 32) % bound;
    double[] means = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      double firstSum = 0;
      double secondSum = 0;
      int i = 0;
      for (; i + 1 < n; i += 2) {
        long bits = random.nextLong();
        firstSum += sorted[index(bits >>> 32, random, bound, rejectBelow)];
        secondSum += sorted[index(bits & LOW_HALF, random, bound, rejectBelow)];
      }
      if (i < n) {
        firstSum += sorted[index(random.nextLong() >>> 32, random, bound, rejectBelow)];
      }
      means[r] = (firstSum + secondSum) / n;
    }
    return means;
  }

  /** The resample means from {@code draws}, summed exactly as {@link #drawnMeans} sums. */
  private double[] replayedMeans(double[] sorted, byte[] draws) {
    int n = sorted.length;
    double[] means = new double[resamples];
    int next = 0;
    for (int r = 0; r < resamples; r++) {
      double firstSum = 0;
      double secondSum = 0;
      int i = 0;
      for (; i + 1 < n; i += 2) {
        firstSum += sorted[draws[next] & 0xFF];
        secondSum += sorted[draws[next + 1] & 0xFF];
        next += 2;
      }
      if (i < n) {
        firstSum += sorted[draws[next++] & 0xFF];
      }
      means[r] = (firstSum + secondSum) / n;
    }
    return means;
  }

  /** The indices {@link #drawnMeans} draws for a group of {@code n}, in its order, made once. */
  private byte[] drawsOfSize(int n) {
    byte[] draws = rememberedDraws.get(n);
    if (draws == null) {
      draws = draw(n);
      // Two threads may both draw a size; either's array is the same.
      rememberedDraws.compareAndSet(n, null, draws);
    }
    return draws;
  }

  private byte[] draw(int n) {
    SplittableRandom random = new SplittableRandom(seed);
    long bound = n;
    long rejectBelow = (1L << 32) % bound;
    byte[] draws = new byte[resamples * n];
    int next = 0;
    for (int r = 0; r < resamples; r++) {
      int i = 0;
      for (; i + 1 < n; i += 2) {
        long bits = random.nextLong();
        draws[next++] = (byte) index(bits >>> 32, random, bound, rejectBelow);
        draws[next++] = (byte) index(bits & LOW_HALF, random, bound, rejectBelow);
      }
      if (i < n) {
        draws[next++] = (byte) index(random.nextLong() >>> 32, random, bound, rejectBelow);
      }
    }
    return draws;
  }

  /**
   * An index in [0, bound) from 32 random bits: the high half of their product with {@code bound},
   * unless its low half falls below {@code rejectBelow} (2^32 mod bound), where fresh bits are
   * drawn until it does not, so that every index is equally likely.
   */
  private static int index(long randomBits, SplittableRandom random, long bound, long rejectBelow) {
    long product = randomBits * bound;
    while ((product & LOW_HALF) < rejectBelow) {
      product = (random.nextLong() >>> 32) * bound;
    }
    return (int) (product >>> 32);
  }

  private double[] normalInterval(double[] sorted, double mean) {
    double squares = 0;
    for (double score : sorted) {
      squares += (score - mean) * (score - mean);
    }
    return normalInterval(sorted.length, mean, squares / (sorted.length - 1));
  }

  private double[] normalInterval(long n, double mean, double variance) {
    double standardError = n < 2 ? 0 : Math.sqrt(Math.max(0, variance) / n);
    double z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - confidence) / 2);
    return new double[] {mean - z * standardError, mean + z * standardError};
  }
}
