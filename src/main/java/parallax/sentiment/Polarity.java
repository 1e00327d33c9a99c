package parallax.sentiment;

import java.util.Locale;

/**
 * The three sentiment classes every score is reduced to, in a fixed order (negative, neutral,
 * positive) that confusion matrices and model outcomes follow.
 */
public enum Polarity {
  NEGATIVE("negative"),
  NEUTRAL("neutral"),
  POSITIVE("positive");

  private final String label;

  Polarity(String label) {
    this.label = label;
  }

  /** The lower-case label written to reports and used as the model's outcome name. */
  public String label() {
    return label;
  }

  /**
   * NewsMTSC's numeric polarity: 2.0 negative, 4.0 neutral, 6.0 positive.
   *
   * @throws IllegalArgumentException for any other value
   */
  public static Polarity fromNewsMtsc(double polarity) {
    if (polarity == 2.0) {
      return NEGATIVE;
    }
    if (polarity == 4.0) {
      return NEUTRAL;
    }
    if (polarity == 6.0) {
      return POSITIVE;
    }
    throw new IllegalArgumentException(
        "NewsMTSC polarity must be 2.0, 4.0 or 6.0, was: " + polarity);
  }

  /**
   * Reads a label as written by people: {@code negative/neutral/positive} (any case, or their first
   * three letters), {@code -1/0/1}, or NewsMTSC's {@code 2/4/6}.
   *
   * @throws IllegalArgumentException naming the label when it is none of these
   */
  public static Polarity parse(String label) {
    String value = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
    switch (value) {
      case "negative", "neg", "-1", "2", "2.0":
        return NEGATIVE;
      case "neutral", "neu", "0", "4", "4.0":
        return NEUTRAL;
      case "positive", "pos", "1", "+1", "6", "6.0":
        return POSITIVE;
      default:
        throw new IllegalArgumentException(
            "sentiment label must be negative/neutral/positive, -1/0/1 or 2/4/6, was: " + label);
    }
  }

  /** The class of a label produced by {@link #label()}. */
  public static Polarity ofLabel(String label) {
    for (Polarity polarity : values()) {
      if (polarity.label.equals(label)) {
        return polarity;
      }
    }
    throw new IllegalArgumentException("not a polarity label: " + label);
  }
}
