package parallax.sentiment;

import java.util.Locale;

/**
 * Agreement between gold and predicted polarities, one count per labelled target: confusion matrix,
 * accuracy, per-class precision, recall and F1, and macro-F1 (the unweighted mean of the three
 * per-class F1 scores, NewsMTSC's headline measure).
 *
 * <p>A class that is never predicted and never gold has F1 0 and still counts in the macro mean.
 * Not thread-safe while counts are added; read-only afterwards.
 */
public final class SentimentEvaluation {

  private static final Polarity[] CLASSES = Polarity.values();

  // confusion[gold][predicted], indexed by Polarity.ordinal().
  private final long[][] confusion = new long[CLASSES.length][CLASSES.length];

  /** Counts one target. */
  public void add(Polarity gold, Polarity predicted) {
    confusion[gold.ordinal()][predicted.ordinal()]++;
  }

  public long count(Polarity gold, Polarity predicted) {
    return confusion[gold.ordinal()][predicted.ordinal()];
  }

  public long total() {
    long total = 0;
    for (long[] row : confusion) {
      for (long cell : row) {
        total += cell;
      }
    }
    return total;
  }

  public double accuracy() {
    long total = total();
    if (total == 0) {
      return 0;
    }
    long correct = 0;
    for (int c = 0; c < CLASSES.length; c++) {
      correct += confusion[c][c];
    }
    return (double) correct / total;
  }

  public double precision(Polarity polarity) {
    int c = polarity.ordinal();
    long predicted = 0;
    for (long[] row : confusion) {
      predicted += row[c];
    }
    return predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
  }

  public double recall(Polarity polarity) {
    int c = polarity.ordinal();
    long gold = 0;
    for (long cell : confusion[c]) {
      gold += cell;
    }
    return gold == 0 ? 0 : (double) confusion[c][c] / gold;
  }

  public double f1(Polarity polarity) {
    double p = precision(polarity);
    double r = recall(polarity);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double macroF1() {
    double sum = 0;
    for (Polarity polarity : CLASSES) {
      sum += f1(polarity);
    }
    return sum / CLASSES.length;
  }

  /**
   * A plain-text report: counts, accuracy, a per-class table, the confusion matrix (rows gold,
   * columns predicted) and, as the last line, {@code macro_f1=0.xxx}.
   */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "targets=%d%n", total()));
    out.append(String.format(Locale.ROOT, "accuracy=%.3f%n", accuracy()));
    out.append(
        String.format(
            Locale.ROOT, "%-9s %9s %9s %9s %9s%n", "class", "precision", "recall", "f1", "gold"));
    for (Polarity polarity : CLASSES) {
      long gold = 0;
      for (long cell : confusion[polarity.ordinal()]) {
        gold += cell;
      }
      out.append(
          String.format(
              Locale.ROOT,
              "%-9s %9.3f %9.3f %9.3f %9d%n",
              polarity.label(),
              precision(polarity),
              recall(polarity),
              f1(polarity),
              gold));
    }
    out.append("confusion (rows gold, columns predicted)\n");
    out.append(String.format(Locale.ROOT, "%-9s", ""));
    for (Polarity predicted : CLASSES) {
      out.append(String.format(Locale.ROOT, " %9s", predicted.label()));
    }
    out.append('\n');
    for (Polarity gold : CLASSES) {
      out.append(String.format(Locale.ROOT, "%-9s", gold.label()));
      for (Polarity predicted : CLASSES) {
        out.append(String.format(Locale.ROOT, " %9d", count(gold, predicted)));
      }
      out.append('\n');
    }
    out.append(String.format(Locale.ROOT, "macro_f1=%.3f%n", macroF1()));
    return out.toString();
  }
}
