package parallax.framing;

/**
 * Precision, recall and F1 from counts of true positives, false positives and false negatives.
 * Undefined ratios (nothing predicted, nothing to find) are 0.
 */
public record Scores(long truePositives, long falsePositives, long falseNegatives) {

  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 0 : part / (double) whole;
  }
}
