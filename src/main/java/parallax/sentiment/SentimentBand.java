package parallax.sentiment;

/**
 * Turns a score in [-1, 1] into a label: neutral within {@code +-neutralLimit}, positive above,
 * negative below. Sentence scores use VADER's published band of 0.05 ({@link #VADER}): its authors'
 * threshold for the compound score, which also did best among 0, 0.05, 0.1 and 0.2 on NewsMTSC's
 * training set for the distance-weighted target score.
 *
 * @param neutralLimit half-width of the neutral band, in [0, 1)
 */
public record SentimentBand(double neutralLimit) {

  /** VADER's standard band: |score| < 0.05 is neutral. */
  public static final SentimentBand VADER = new SentimentBand(0.05);

  public SentimentBand {
    if (!(neutralLimit >= 0 && neutralLimit < 1)) {
      throw new IllegalArgumentException("neutral limit must be in [0, 1), was: " + neutralLimit);
    }
  }

  /** The label of {@code score}. */
  public Polarity polarity(double score) {
    if (score >= neutralLimit && score > 0) {
      return Polarity.POSITIVE;
    }
    if (score <= -neutralLimit && score < 0) {
      return Polarity.NEGATIVE;
    }
    return Polarity.NEUTRAL;
  }
}
