package parallax.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import parallax.model.AnnotatedText;
import parallax.nlp.NlpPipeline;

class TargetLexiconScorerTest {

  private static final NlpPipeline PIPELINE = new NlpPipeline();
  private static final SentenceScorer SCORER = SentenceScorer.load(Path.of("data/lexicons"));

  private static double toward(AnnotatedText text, String target) {
    int start = text.text().indexOf(target);
    TargetSpan span = TargetSpan.locate(text, start, start + target.length());
    return TargetLexiconScorer.score(
        span,
        text.sentenceFirstToken(span.sentence()),
        SCORER.analyseSentence(text, span.sentence()),
        t -> true);
  }

  @Test
  void wordsNearATargetWeighMoreThanWordsFarFromIt() {
    AnnotatedText text =
        PIPELINE.annotate(
            "The brave and honest Anna met the committee on Monday with the cruel, corrupt Boris.");
    assertTrue(toward(text, "Anna") > 0, "Anna " + toward(text, "Anna"));
    assertTrue(toward(text, "Boris") < 0, "Boris " + toward(text, "Boris"));
  }

  @Test
  void locatesTheTokensOfATargetAndItsSentence() {
    AnnotatedText text = PIPELINE.annotate("First one. Then Vladimir Putin's aide spoke.");
    int start = text.text().indexOf("Vladimir");
    TargetSpan span = TargetSpan.locate(text, start, start + "Vladimir Putin".length());
    assertEquals(1, span.sentence());
    assertEquals("Vladimir", text.token(span.firstToken()));
    assertEquals(2, span.endToken() - span.firstToken());
    assertEquals(0, span.distance(span.firstToken()));
  }

  @Test
  void rejectsATargetNoTokenCovers() {
    AnnotatedText text = PIPELINE.annotate("Words here.");
    assertThrows(IllegalArgumentException.class, () -> TargetSpan.locate(text, 20, 25));
  }

  @Test
  void featuresMarkNegationAndWhereLexiconWordsStand() {
    AnnotatedText text = PIPELINE.annotate("Critics did not praise Anna, who was terrible.");
    int start = text.text().indexOf("Anna");
    TargetSpan span = TargetSpan.locate(text, start, start + 4);
    List<String> features =
        Arrays.asList(new TargetFeatures(SCORER, true).extract(text, span, t -> true, t -> false));
    assertTrue(features.contains("w=NOT_praise"), features.toString());
    assertTrue(features.contains("lex=neg2:R:mid"), features.toString());
    assertTrue(features.contains("L1=praise"), features.toString());
    assertTrue(!features.contains("w=anna"), "the target's own words are left out");
    List<String> wordsOnly =
        Arrays.asList(new TargetFeatures(SCORER, false).extract(text, span, t -> true, t -> false));
    assertTrue(wordsOnly.stream().noneMatch(f -> f.startsWith("lex")), wordsOnly.toString());
  }
}
