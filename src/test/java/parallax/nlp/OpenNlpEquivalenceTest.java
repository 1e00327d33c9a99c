package parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import parallax.bench.BenchCorpus;

/**
 * The pipeline's faster tokenizer and tagger give exactly OpenNLP's tokens and tags ({@code
 * TokenizerME}, {@code POSTaggerME}), sentence by sentence.
 */
class OpenNlpEquivalenceTest {

  static final Path ARTICLE_BIAS = Path.of("../shared/datasets/article-bias/articles.jsonl.gz");

  /**
   * Articles of the shared corpus compared here (the whole corpus agrees too; it takes minutes).
   */
  private static final int SHARED_ARTICLES = 600;

  @Test
  void theShippedModelQualifies() {
    assertTrue(FirstBestPosTagger.replaces(NlpModels.partsOfSpeech()));
    assertNotNull(DefaultPosFeatures.of(NlpModels.partsOfSpeech()));
  }

  @Test
  void sameFeaturesAsOpenNlpsGenerators() throws IOException {
    POSModel model = NlpModels.partsOfSpeech();
    POSContextGenerator openNlp = model.getFactory().getPOSContextGenerator();
    DefaultPosFeatures features = DefaultPosFeatures.of(model);
    SentenceDetectorME sentences = new SentenceDetectorME(NlpModels.sentences());
    TokenizerME tokenizer = new TokenizerME(NlpModels.tokens());
    POSTaggerME tagger = new POSTaggerME(model, POSTagFormat.UD);
    int contexts = 0;
    for (String text : storyTexts()) {
      for (Span sentence : sentences.sentPosDetect(text)) {
        String[] words = tokenizer.tokenize(sentence.getCoveredText(text).toString());
        String[] tags = tagger.tag(words);
        for (int i = 0; i < words.length; i++) {
          assertArrayEquals(
              openNlp.getContext(i, words, tags, null),
              features.getContext(i, words, tags, null),
              words[i] + " in " + String.join(" ", words));
          contexts++;
        }
      }
    }
    assertTrue(contexts > 3_000);
  }

  @Test
  void sameProbabilitiesFromTheLookedUpFeatures() throws IOException {
    POSModel model = NlpModels.partsOfSpeech();
    MaxentModel maxent = model.getArtifact("pos.model");
    DefaultPosFeatures features = DefaultPosFeatures.of(model);
    FirstBestPosTagger tagger = FirstBestPosTagger.of(model);
    assertTrue(tagger.looksUpOnce());
    SentenceDetectorME sentences = new SentenceDetectorME(NlpModels.sentences());
    TokenizerME tokenizer = new TokenizerME(NlpModels.tokens());
    int compared = 0;
    List<String> texts = new ArrayList<>(storyTexts());
    texts.add("Zxqv blorf: unseen words, 1,234 of them -- ÆØÅ!");
    for (String text : texts) {
      for (Span sentence : sentences.sentPosDetect(text)) {
        String[] words = tokenizer.tokenize(sentence.getCoveredText(text).toString());
        String[] tags = tagger.tag(words);
        for (int i = 0; i < words.length; i++) {
          assertArrayEquals(
              maxent.eval(features.getContext(i, words, tags, null)),
              tagger.probabilities(i, words, tags),
              words[i] + " in " + String.join(" ", words));
          compared++;
        }
      }
    }
    assertTrue(compared > 3_000);
  }

  @Test
  void sameTokensAndTagsOnTheProjectsStory() throws IOException {
    assertTrue(assertSame(storyTexts()) > 3_000);
  }

  static List<String> storyTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("data/stories/trump-putin-call"))) {
      for (Path file : files.sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }

  @Test
  void sameTokensAndTagsOnEdgeCases() {
    assertSame(
        List.of(
            "U.S. officials (AP) said: \"It's over,\" on 11/7/2024 at 5p.m. -- e-mail me@x.org!",
            "Yes.",
            "\"\"\" ... --- !!!",
            "ALL CAPS HEADLINE SAYS TRUMP CALLS PUTIN",
            "12:30 GMT 1,200,000 2024-11-07 https://example.org/a?b=c",
            "Путин заявил, что готов к диалогу с Трампом.",
            "a b c d e f g h i j k l m n o p q r s t u v w x y z ".repeat(20)));
  }

  @Test
  void sameTokensAndTagsOnSharedNews() throws IOException {
    Assumptions.assumeTrue(
        Files.isRegularFile(ARTICLE_BIAS), "skipping: " + ARTICLE_BIAS + " not present");
    assertTrue(assertSame(BenchCorpus.bodies(ARTICLE_BIAS, SHARED_ARTICLES)) > 300_000);
  }

  /**
   * Tokenizes and tags every sentence of {@code texts} both ways, asserts they agree; the tokens
   * compared.
   */
  private static long assertSame(List<String> texts) {
    SentenceDetectorME sentences = new SentenceDetectorME(NlpModels.sentences());
    TokenizerME tokenizer = new TokenizerME(NlpModels.tokens());
    CachedTokenizer cachedTokenizer = new CachedTokenizer();
    POSTaggerME beam = new POSTaggerME(NlpModels.partsOfSpeech(), POSTagFormat.UD);
    FirstBestPosTagger firstBest = FirstBestPosTagger.of(NlpModels.partsOfSpeech());
    long tokens = 0;
    for (String text : texts) {
      for (Span sentence : sentences.sentPosDetect(text)) {
        String sentenceText = sentence.getCoveredText(text).toString();
        String[] words = tokenizer.tokenize(sentenceText);
        assertArrayEquals(
            tokenizer.tokenizePos(sentenceText),
            cachedTokenizer.tokenizePos(sentenceText),
            sentenceText);
        assertArrayEquals(beam.tag(words), firstBest.tag(words), String.join(" ", words));
        tokens += words.length;
      }
    }
    return tokens;
  }
}
