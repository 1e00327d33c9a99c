package parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.lemmatizer.LemmatizerME;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import parallax.bench.BenchCorpus;
import parallax.model.AnnotatedText;

class LemmatizerTest {

  private final Lemmatizer lemmatizer = new Lemmatizer();

  @Test
  void reducesInflectedVerbsToTheirLemma() {
    assertEquals("insist", lemmatizer.lemma("insists", "VERB"));
    assertEquals("claim", lemmatizer.lemma("Claimed", "VERB"));
    assertEquals("say", lemmatizer.lemma("said", "VERB"));
  }

  @Test
  void reducesPluralNouns() {
    assertEquals("allegation", lemmatizer.lemma("allegations", "NOUN"));
  }

  @Test
  void givesTheSameAnswerWhenAskedAgain() {
    assertEquals(lemmatizer.lemma("asserted", "VERB"), lemmatizer.lemma("asserted", "VERB"));
  }

  @Test
  void theShippedModelQualifies() {
    assertTrue(Lemmatizer.firstStepIsTheAnswer(NlpModels.lemmas()));
  }

  @Test
  void sameEditScriptsAsLemmatizerMeForEveryWordOfTheStory() throws IOException {
    assertTrue(assertSameScripts(OpenNlpEquivalenceTest.storyTexts()) > 500);
  }

  @Test
  void sameEditScriptsAsLemmatizerMeOnSharedNews() throws IOException {
    Path corpus = OpenNlpEquivalenceTest.ARTICLE_BIAS;
    Assumptions.assumeTrue(Files.isRegularFile(corpus), "skipping: " + corpus + " not present");
    assertTrue(assertSameScripts(BenchCorpus.bodies(corpus, 200)) > 10_000);
  }

  /** Compares the edit script of every distinct (word, tag) of {@code texts}; how many. */
  private int assertSameScripts(List<String> texts) {
    NlpPipeline pipeline = new NlpPipeline();
    Set<List<String>> pairs = new LinkedHashSet<>();
    for (String body : texts) {
      AnnotatedText text = pipeline.annotate(body);
      for (int t = 0; t < text.tokenCount(); t++) {
        pairs.add(List.of(text.token(t).toLowerCase(Locale.ROOT), text.tag(t)));
      }
    }
    LemmatizerME reference = new LemmatizerME(NlpModels.lemmas());
    for (List<String> pair : pairs) {
      String[] words = {pair.get(0)};
      String[] tags = {pair.get(1)};
      assertEquals(
          reference.predictSES(words, tags)[0],
          lemmatizer.script(words[0], tags[0]),
          words[0] + " as " + tags[0]);
    }
    return pairs.size();
  }
}
