package parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import parallax.nlp.NlpPipeline;

class LoadedLanguageEvaluatorTest {

  private static final String LEXICON =
      "category\tcanonical\tforms\tmatch\n"
          + "loaded_language/violence\tbrutal\tbrutal|brutally\texact\n"
          + "loaded_language/label\tregime\t\tlemma\n"
          + "epistemic/hedge\tperhaps\t\texact\n";

  private final LoadedLanguageEvaluator evaluator =
      new LoadedLanguageEvaluator(
          new NlpPipeline(),
          new FramingAnalyser(Lexicon.of(LexiconLoaderTest.read(LEXICON))),
          List.of("loaded_language"),
          1);

  private static LabelledSentence sentence(String text, boolean biased, String... words) {
    return new LabelledSentence(text, biased, List.of(words), "t");
  }

  @Test
  void scoresWordsAndSentences() {
    LoadedLanguageEvaluator.Result result =
        evaluator.evaluate(
            List.of(
                // detector finds brutal (tp) and regimes (fp); annotators also marked thugs (fn)
                sentence("The brutal regimes sent thugs.", true, "brutal", "thugs"),
                // nothing found, nothing marked, labelled biased: a missed biased sentence
                sentence("Perhaps they left.", true),
                // regime found though unmarked: fp word, sentence wrongly called biased
                sentence("The Regime fell.", false),
                sentence("Rain fell.", false)));
    assertEquals(4, result.sentences());
    assertEquals(new Scores(1, 2, 1), result.words());
    assertEquals(new Scores(1, 1, 1), result.biasedSentences());
    assertEquals(new Scores(1, 1, 1), result.unbiasedSentences());
    assertEquals(0.5, result.sentenceMacroF1(), 1e-12);
  }

  @Test
  void scoresOfNothingAreZero() {
    Scores none = new Scores(0, 0, 0);
    assertEquals(0.0, none.precision());
    assertEquals(0.0, none.recall());
    assertEquals(0.0, none.f1());
    assertEquals(2 * (2 / 3.0) * 0.5 / (2 / 3.0 + 0.5), new Scores(2, 1, 2).f1(), 1e-12);
  }
}
