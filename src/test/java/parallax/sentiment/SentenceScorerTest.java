package parallax.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import parallax.model.AnnotatedText;
import parallax.nlp.NlpPipeline;

class SentenceScorerTest {

  private static final NlpPipeline PIPELINE = new NlpPipeline();
  private static final SentenceScorer SCORER = SentenceScorer.load(Path.of("data/lexicons"));

  private static double score(String sentence) {
    AnnotatedText text = PIPELINE.annotate(sentence);
    assertEquals(1, text.sentenceCount(), "one sentence expected: " + sentence);
    return SCORER.score(text, 0);
  }

  @Test
  void ratesPositiveAndNegativeWords() {
    assertTrue(score("The agreement was a great success.") > 0.5);
    assertTrue(score("The attack was a terrible disaster.") < -0.5);
    assertEquals(0.0, score("The meeting took place on Thursday."));
  }

  @Test
  void negationFlipsTheWordsAfterIt() {
    double good = score("The plan is good.");
    assertTrue(good > 0);
    assertTrue(score("The plan is not good.") < 0);
    assertTrue(score("The plan isn't good.") < 0, "contraction as one token");
    assertTrue(score("The plan isn’t good.") < 0, "curly apostrophe");
    assertTrue(score("The plan was never good.") < 0);
  }

  @Test
  void negationEndsAtTheClause() {
    double negatedInOwnClause = score("They did not come, and the talks were good.");
    assertTrue(negatedInOwnClause > 0, "the comma closes the negation's scope");
  }

  @Test
  void intensifiersRaiseAndDowntonersLower() {
    double plain = score("The result was good.");
    assertTrue(score("The result was very good.") > plain);
    assertTrue(score("The result was extremely good.") > plain);
    assertTrue(score("The result was slightly good.") < plain);
    assertTrue(score("The result was very bad.") < score("The result was bad."));
  }

  @Test
  void contrastWeighsWhatFollows() {
    assertTrue(score("The food was good, but the service was terrible.") < 0);
    assertTrue(score("The service was terrible, but the food was good.") > 0);
    double before = score("The service was terrible.");
    assertTrue(
        score("The service was terrible, however the food was good.") > before,
        "however weighs the clause after it");
  }

  @Test
  void capitalsAndExclamationsAddEmphasis() {
    double plain = score("The result was good.");
    assertTrue(score("The result was GOOD.") > plain);
    assertTrue(score("The result was good!") > plain);
    assertTrue(score("The result was good!!!") > score("The result was good!"));
  }

  @Test
  void properNounsAndPrepositionsCarryNoSentiment() {
    assertEquals(0.0, score("Senator Joy Smith spoke in Paris."));
    assertEquals(0.0, score("The Justice Department met Grace Meng on Monday."));
    assertEquals(0.0, score("He looked like a soldier."));
    assertTrue(score("I like it.") > 0, "like as a verb is positive");
  }

  @Test
  void fixedPhrasesReplaceTheirWords() {
    assertEquals(0.0, score("At least ten people came."));
  }

  @Test
  void tokenValencesMarkNegationScope() {
    AnnotatedText text = PIPELINE.annotate("They did not win the vote.");
    TokenValences valences = SCORER.analyse(text, 0, text.tokenCount());
    int win = 3;
    assertEquals("win", text.token(win));
    assertTrue(valences.negated(win));
    assertTrue(valences.valence(win) < 0);
    assertTrue(!valences.negated(0));
  }
}
