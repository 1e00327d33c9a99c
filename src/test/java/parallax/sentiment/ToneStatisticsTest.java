package parallax.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Test;

class ToneStatisticsTest {

  private static final double[] SCORES = {0.6, -0.2, 0.0, 0.4, -0.7, 0.3, 0.1, 0.0};
  private static final String[] LABELS = {
    "positive", "negative", "neutral", "positive", "negative", "positive", "positive", "neutral"
  };

  @Test
  void aFixedSeedGivesAFixedInterval() {
    ToneSummary first = new ToneStatistics(2000, 42, 0.95).summarize(SCORES, LABELS);
    ToneSummary second = new ToneStatistics(2000, 42, 0.95).summarize(SCORES, LABELS);
    assertEquals(first, second);
  }

  @Test
  void theIntervalDoesNotDependOnTheOrderOfScores() {
    double[] reversed = new double[SCORES.length];
    String[] reversedLabels = new String[LABELS.length];
    for (int i = 0; i < SCORES.length; i++) {
      reversed[i] = SCORES[SCORES.length - 1 - i];
      reversedLabels[i] = LABELS[LABELS.length - 1 - i];
    }
    ToneStatistics statistics = ToneStatistics.defaults();
    assertEquals(
        statistics.summarize(SCORES, LABELS), statistics.summarize(reversed, reversedLabels));
  }

  @Test
  void anotherSeedGivesAnotherInterval() {
    ToneSummary a = new ToneStatistics(2000, 1, 0.95).summarize(SCORES, LABELS);
    ToneSummary b = new ToneStatistics(2000, 2, 0.95).summarize(SCORES, LABELS);
    assertNotEquals(a, b);
  }

  @Test
  void meanSharesAndIntervalAreConsistent() {
    ToneSummary summary = ToneStatistics.defaults().summarize(SCORES, LABELS);
    assertEquals(8, summary.n());
    assertEquals(0.0625, summary.mean(), 1e-12);
    assertEquals(0.5, summary.sharePositive(), 1e-12);
    assertEquals(0.25, summary.shareNegative(), 1e-12);
    assertEquals(0.25, summary.shareNeutral(), 1e-12);
    assertTrue(summary.ciLow() < summary.mean() && summary.mean() < summary.ciHigh());
    assertTrue(summary.ciLow() >= -0.7 && summary.ciHigh() <= 0.6);
  }

  @Test
  void theBootstrapIntervalOfAMeanMatchesTheNormalOneWhenTheGroupIsLarge() {
    // At n = 2,000 the bootstrap distribution of a mean of bounded scores is close to normal, so
    // a generator that resamples uniformly gives the normal interval within Monte Carlo error. One
    // seed's 2.5th percentile of 2,000 resampled means has a standard error of about 3% of the
    // half-width; averaged over 20 seeds, under 1%: the 3% tolerance is over four of those.
    int n = 2_000;
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      scores[i] = ((i * 7919L) % 201 - 100) / 100.0;
    }
    double mean = StatUtils.mean(scores);
    double halfWidth = 1.959964 * Math.sqrt(StatUtils.variance(scores) / n);
    int seeds = 20;
    double[] lows = new double[seeds];
    double[] highs = new double[seeds];
    for (int seed = 0; seed < seeds; seed++) {
      ToneSummary summary =
          new ToneStatistics(2_000, seed, 0.95).summarize(scores, labelsBySign(scores));
      lows[seed] = summary.ciLow();
      highs[seed] = summary.ciHigh();
    }
    assertEquals(mean - halfWidth, StatUtils.mean(lows), 0.03 * halfWidth);
    assertEquals(mean + halfWidth, StatUtils.mean(highs), 0.03 * halfWidth);
  }

  @Test
  void equalScoresHaveAPointInterval() {
    double[] scores = {0.1, 0.1, 0.1};
    ToneSummary summary = ToneStatistics.defaults().summarize(scores, SentimentBand.VADER);
    assertEquals(summary.mean(), summary.ciLow());
    assertEquals(summary.mean(), summary.ciHigh());
  }

  @Test
  void largeGroupsUseTheNormalInterval() {
    int n = ToneStatistics.MAX_BOOTSTRAP_N + 1;
    double[] scores = new double[n];
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      scores[i] = i % 2 == 0 ? 0.5 : -0.5;
      labels[i] = i % 2 == 0 ? "positive" : "negative";
    }
    ToneSummary summary = ToneStatistics.defaults().summarize(scores, labels);
    double halfWidth = 1.959964 * 0.5 * Math.sqrt((double) n / (n - 1)) / Math.sqrt(n);
    assertEquals(summary.mean() + halfWidth, summary.ciHigh(), 1e-6);
  }

  @Test
  void aLargeGroupsMomentsGiveTheIntervalItsScoresGive() {
    int n = ToneStatistics.MAX_BOOTSTRAP_N + 7;
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      scores[i] = (i % 5 - 2) * 0.3;
    }
    String[] labels = labelsBySign(scores);
    double mean = StatUtils.mean(scores);
    ToneStatistics statistics = ToneStatistics.defaults();
    ToneSummary held = statistics.summarize(scores, labels);
    long positive = java.util.Arrays.stream(labels).filter("positive"::equals).count();
    long negative = java.util.Arrays.stream(labels).filter("negative"::equals).count();
    ToneSummary moments =
        statistics.fromMoments(
            n, mean, StatUtils.variance(scores), positive, negative, n - positive - negative);
    assertEquals(held.ciLow(), moments.ciLow(), 1e-12);
    assertEquals(held.ciHigh(), moments.ciHigh(), 1e-12);
    assertEquals(held.sharePositive(), moments.sharePositive(), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> statistics.fromMoments(3, 0, 0, 1, 1, 0));
  }

  @Test
  void replayingRememberedDrawsGivesTheIntervalsOfDrawingToTheLastBit() {
    ToneStatistics remembering = new ToneStatistics(2_000, 7, 0.95);
    ToneStatistics drawing = new ToneStatistics(2_000, 7, 0.95, 0);
    SplittableRandom random = new SplittableRandom(11);
    // Every size that replays (twice, so the second group of a size replays the first's draws),
    // and the first sizes that draw.
    for (int n = 2; n <= ToneStatistics.MAX_REMEMBERED_N + 3; n++) {
      for (int group = 0; group < 2; group++) {
        double[] scores = random.doubles(n, -1, 1).toArray();
        String[] labels = labelsBySign(scores);
        ToneSummary replayed = remembering.summarize(scores, labels);
        ToneSummary drawn = drawing.summarize(scores, labels);
        assertEquals(
            Double.doubleToRawLongBits(drawn.ciLow()),
            Double.doubleToRawLongBits(replayed.ciLow()),
            "n=" + n);
        assertEquals(
            Double.doubleToRawLongBits(drawn.ciHigh()),
            Double.doubleToRawLongBits(replayed.ciHigh()),
            "n=" + n);
        assertEquals(drawn, replayed, "n=" + n);
      }
    }
  }

  @Test
  void moreResamplesRememberFewerSizesAndStillAgree() {
    // 20,000 resamples remember sizes up to 9 (the same bytes per size as 2,000 up to 96).
    ToneStatistics remembering = new ToneStatistics(20_000, 5, 0.9);
    ToneStatistics drawing = new ToneStatistics(20_000, 5, 0.9, 0);
    for (int n : new int[] {9, 10, 60}) {
      double[] scores = new SplittableRandom(n).doubles(n, -1, 1).toArray();
      String[] labels = labelsBySign(scores);
      assertEquals(drawing.summarize(scores, labels), remembering.summarize(scores, labels));
    }
  }

  @Test
  void anEmptyGroupHasNoNumbers() {
    ToneSummary summary = ToneStatistics.defaults().summarize(new double[0], new String[0]);
    assertEquals(0, summary.n());
    assertTrue(Double.isNaN(summary.mean()));
  }

  @Test
  void labelsCanComeFromTheBand() {
    ToneSummary summary =
        ToneStatistics.defaults().summarize(new double[] {0.5, 0.01, -0.3}, SentimentBand.VADER);
    assertEquals(1.0 / 3, summary.shareNeutral(), 1e-12);
  }

  @Test
  void rejectsScoresWithoutLabels() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ToneStatistics.defaults().summarize(new double[] {0.1}, new String[0]));
  }

  private static String[] labelsBySign(double[] scores) {
    String[] labels = new String[scores.length];
    for (int i = 0; i < scores.length; i++) {
      labels[i] = scores[i] > 0 ? "positive" : scores[i] < 0 ? "negative" : "neutral";
    }
    return labels;
  }
}
