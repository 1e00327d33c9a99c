package parallax.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import parallax.model.AnnotatedText;
import parallax.nlp.NlpPipeline;
import parallax.sentiment.SentimentModelTrainer.Sample;
import parallax.sentiment.SentimentModelTrainer.Settings;

class SentimentModelTest {

  private static List<Sample> samples() {
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      samples.add(new Sample(new String[] {"w=good", "x=" + i}, Polarity.POSITIVE));
      samples.add(new Sample(new String[] {"w=bad", "x=" + i}, Polarity.NEGATIVE));
      samples.add(new Sample(new String[] {"w=table", "x=" + i}, Polarity.NEUTRAL));
    }
    return samples;
  }

  @Test
  void givesProbabilitiesInPolarityOrder() {
    SentimentModel model =
        new SentimentModel(
            new SentimentModelTrainer()
                .train(samples(), new Settings(0.1, 1, 100), TargetFeatures.VERSION),
            "test model");
    double[] p = model.categorizer().probabilities(new String[] {"w=bad"});
    assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
    assertTrue(p[Polarity.NEGATIVE.ordinal()] > 0.5, java.util.Arrays.toString(p));
    assertTrue(model.usesLexicon());
  }

  @Test
  void refusesAModelTrainedOnOtherFeatures() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new SentimentModel(
                    new SentimentModelTrainer()
                        .train(samples(), new Settings(0.1, 1, 50), "target-features-0"),
                    "old.bin"));
    assertTrue(e.getMessage().contains("old.bin"), e.getMessage());
    assertTrue(e.getMessage().contains("target-features-0"), e.getMessage());
  }

  @Test
  void combinedModeScoresTheMeanOfTheModelsAndTheLexiconsScores() {
    SentimentModel model =
        new SentimentModel(
            new SentimentModelTrainer()
                .train(samples(), new Settings(0.1, 1, 100), TargetFeatures.VERSION),
            "test model");
    SentenceScorer scorer = SentenceScorer.load(Path.of("data/lexicons"));
    AnnotatedText text =
        new NlpPipeline()
            .annotate("The talks were a great success. The shelling killed four people.");
    for (int s = 0; s < text.sentenceCount(); s++) {
      double lexicon =
          SentimentMode.LEXICON.classifier(scorer, null).classifySentence(text, s).score();
      double alone =
          SentimentMode.MODEL.classifier(scorer, model).classifySentence(text, s).score();
      TargetSentiment combined =
          SentimentMode.COMBINED.classifier(scorer, model).classifySentence(text, s);
      assertEquals((lexicon + alone) / 2, combined.score(), 1e-9, "sentence " + s);
    }
    assertEquals("combined", SentimentMode.COMBINED.classifier(scorer, model).method());
    assertThrows(
        IllegalArgumentException.class, () -> SentimentMode.COMBINED.classifier(scorer, null));
    assertThrows(
        IllegalArgumentException.class, () -> SentimentMode.LEXICON.classifier(scorer, model));
  }

  @Test
  void refusesTrainingDataOfOneClass() {
    List<Sample> one = List.of(new Sample(new String[] {"w=good"}, Polarity.POSITIVE));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SentimentModelTrainer().train(one, Settings.DEFAULT, TargetFeatures.VERSION));
  }
}
