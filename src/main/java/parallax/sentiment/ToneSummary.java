package parallax.sentiment;

/**
 * Tone of a group of scored items (the sentences of an article, of a source's versions of a story,
 * of a source overall, or the sentences around one entity): how many, the mean score with its 95%
 * bootstrap confidence interval, and the shares of each label.
 *
 * <p>For an empty group {@code n} is 0 and every other field is NaN.
 *
 * @param n the number of items
 * @param mean the mean score, in [-1, 1]
 * @param ciLow the lower end of the confidence interval of the mean
 * @param ciHigh the upper end of the confidence interval of the mean
 * @param sharePositive the share of items labelled positive, in [0, 1]
 * @param shareNegative the share labelled negative
 * @param shareNeutral the share labelled neutral
 */
public record ToneSummary(
    int n,
    double mean,
    double ciLow,
    double ciHigh,
    double sharePositive,
    double shareNegative,
    double shareNeutral) {

  static final ToneSummary EMPTY =
      new ToneSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
}
