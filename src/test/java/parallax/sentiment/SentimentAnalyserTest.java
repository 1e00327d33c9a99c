package parallax.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import parallax.model.AnnotatedText;
import parallax.model.Article;
import parallax.model.LabelledSpan;
import parallax.nlp.NlpPipeline;

class SentimentAnalyserTest {

  private static final NlpPipeline PIPELINE = new NlpPipeline();
  private static final SentimentAnalyser ANALYSER =
      SentimentAnalyser.create(Path.of("data/lexicons"), Path.of("data/entities.tsv"), null, null);

  private static ArticleSentiment analyse(String body) {
    Article article = new Article("a1", "s1", "Test Wire", null, null, null, null, body, "t", 1);
    AnnotatedText text = PIPELINE.annotate(body);
    return ANALYSER.analyse(article, text);
  }

  private static MentionSentiment mention(ArticleSentiment result, int sentence, String entity) {
    return result.mentions().stream()
        .filter(m -> m.sentence() == sentence && m.entity().equals(entity))
        .findFirst()
        .orElseThrow(() -> new AssertionError(entity + " not in sentence " + sentence));
  }

  @Test
  void quotedPraiseIsNotTheAuthorsSentimentTowardTheSpeaker() {
    ArticleSentiment result =
        analyse("Putin said: “It was a wonderful, great and brilliant success.”");
    MentionSentiment putin = mention(result, 0, "Vladimir Putin");
    assertFalse(putin.quoted());
    assertEquals(0.0, putin.score(), "only the author's words count for the author's mention");
    assertEquals("neutral", putin.label());
    SentenceSentiment sentence = result.sentences().get(0);
    assertTrue(sentence.quoted(), "most words are quoted");
    assertTrue(sentence.score() > 0.5, "the sentence as a whole is positive");
  }

  @Test
  void aMentionInsideAQuoteIsScoredOnTheQuotedWords() {
    ArticleSentiment result =
        analyse("The analyst was calm. “Putin is a terrible, dangerous liar,” she said.");
    MentionSentiment putin = mention(result, 1, "Vladimir Putin");
    assertTrue(putin.quoted());
    assertTrue(putin.score() < -0.3, "score " + putin.score());
    assertEquals("negative", putin.label());
  }

  @Test
  void theAuthorsOwnWordsScoreTheAuthorsMention() {
    ArticleSentiment result = analyse("Putin's baseless and cruel accusations drew criticism.");
    MentionSentiment putin = mention(result, 0, "Vladimir Putin");
    assertFalse(putin.quoted());
    assertTrue(putin.score() < -0.3, "score " + putin.score());
  }

  @Test
  void everySentenceAndMentionBecomesASpan() {
    String body = "Trump praised the deal.\nZelensky warned of a terrible war.";
    ArticleSentiment result = analyse(body);
    assertEquals(2, result.sentences().size());
    List<LabelledSpan> spans = result.spans();
    assertTrue(spans.contains(new LabelledSpan("sentiment", "positive", 0, 23)), spans.toString());
    LabelledSpan zelensky =
        spans.stream()
            .filter(s -> s.label().equals("person/Volodymyr Zelensky"))
            .findFirst()
            .orElseThrow();
    assertEquals("Zelensky", zelensky.textIn(body));
    assertEquals("lexicon", result.method());
  }

  @Test
  void articleToneSeparatesAuthorAndQuotedSentences() {
    ArticleSentiment result =
        analyse("The talks were a disaster.\n“We had a wonderful and happy meeting,” he said.");
    ToneSummary author = result.tone(ToneStatistics.defaults(), Voice.AUTHOR);
    ToneSummary quoted = result.tone(ToneStatistics.defaults(), Voice.QUOTED);
    assertEquals(1, author.n());
    assertTrue(author.mean() < 0);
    assertEquals(1, quoted.n());
    assertTrue(quoted.mean() > 0);
  }
}
