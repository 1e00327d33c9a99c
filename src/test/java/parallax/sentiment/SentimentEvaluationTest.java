package parallax.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SentimentEvaluationTest {

  @Test
  void computesMacroF1AsTheMeanOfPerClassF1() {
    SentimentEvaluation evaluation = new SentimentEvaluation();
    // gold negative: 2 right, 1 called neutral; gold neutral: 1 right, 1 called positive;
    // gold positive: 1 right.
    evaluation.add(Polarity.NEGATIVE, Polarity.NEGATIVE);
    evaluation.add(Polarity.NEGATIVE, Polarity.NEGATIVE);
    evaluation.add(Polarity.NEGATIVE, Polarity.NEUTRAL);
    evaluation.add(Polarity.NEUTRAL, Polarity.NEUTRAL);
    evaluation.add(Polarity.NEUTRAL, Polarity.POSITIVE);
    evaluation.add(Polarity.POSITIVE, Polarity.POSITIVE);
    // negative: P 2/2, R 2/3, F1 0.8; neutral: P 1/2, R 1/2, F1 0.5; positive: P 1/2, R 1, F1 2/3.
    assertEquals(0.8, evaluation.f1(Polarity.NEGATIVE), 1e-12);
    assertEquals(0.5, evaluation.f1(Polarity.NEUTRAL), 1e-12);
    assertEquals(2.0 / 3, evaluation.f1(Polarity.POSITIVE), 1e-12);
    assertEquals((0.8 + 0.5 + 2.0 / 3) / 3, evaluation.macroF1(), 1e-12);
    assertEquals(4.0 / 6, evaluation.accuracy(), 1e-12);
  }

  @Test
  void theReportEndsWithTheMacroF1Line() {
    SentimentEvaluation evaluation = new SentimentEvaluation();
    evaluation.add(Polarity.POSITIVE, Polarity.POSITIVE);
    String report = evaluation.format();
    String[] lines = report.strip().split("\n");
    assertEquals("macro_f1=0.333", lines[lines.length - 1]);
    assertTrue(report.contains("confusion"));
  }
}
