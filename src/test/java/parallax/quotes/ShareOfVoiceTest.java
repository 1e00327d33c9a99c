package parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parallax.quotes.StorySpeakerNamesTest.quote;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import parallax.nlp.NlpPipeline;

class ShareOfVoiceTest {

  @Test
  void countsWordsPerSpeakerDirectAndIndirectWithSharesOfTheVersion() {
    ArticleQuotes a =
        new ArticleQuotes(
            "a",
            "RT",
            List.of(
                quote(Quote.DIRECT, "Vladimir Putin", true, 6),
                quote(Quote.INDIRECT, "Putin", true, 4),
                quote(Quote.INDIRECT, "Kremlin", false, 10)));
    ArticleQuotes b =
        new ArticleQuotes("b", "ABN", List.of(quote(Quote.DIRECT, "Margaret Hale", true, 5)));

    ShareOfVoice.StoryVoices voices = ShareOfVoice.of(List.of(a, b));

    VoiceShare putin = find(voices, "a", "Vladimir Putin");
    assertEquals(1, putin.directQuotes());
    assertEquals(6, putin.directWords());
    assertEquals(1, putin.indirectQuotes());
    assertEquals(4, putin.indirectWords());
    assertEquals(0.5, putin.share(), 1e-9);
    assertEquals("say", putin.verbs());
    assertEquals(0, putin.otherVersionsQuoting());
    assertEquals(0.5, find(voices, "a", "Kremlin").share(), 1e-9);
    assertEquals(1.0, find(voices, "b", "Margaret Hale").share(), 1e-9);
    assertEquals(
        List.of(
            new MissingVoice("a", "RT", "Margaret Hale", 1),
            new MissingVoice("b", "ABN", "Kremlin", 1),
            new MissingVoice("b", "ABN", "Vladimir Putin", 1)),
        voices.missing());
  }

  @Test
  void unattributedQuotesShareTheVersionButAreNobodysVoice() {
    ArticleQuotes a =
        new ArticleQuotes(
            "a",
            "RT",
            List.of(quote(Quote.DIRECT, "", false, 2), quote(Quote.DIRECT, "Peskov", true, 2)));
    ShareOfVoice.StoryVoices voices = ShareOfVoice.of(List.of(a));
    assertEquals(0.5, find(voices, "a", "").share(), 1e-9);
    assertEquals(List.of(), voices.missing());
  }

  @Test
  void trumpPutinStoryShowsWhoOnlyOneVersionQuotesAndWhoTroibLeavesOut() {
    NlpPipeline pipeline = new NlpPipeline();
    QuoteAnalyzer analyzer = QuoteAnalyzer.fromLexicons(Path.of("data/lexicons"));
    List<ArticleQuotes> versions = new ArrayList<>();
    for (String name :
        List.of(
            "troib",
            "rt",
            "meridian-wire",
            "newshub-daily",
            "abn-news",
            "global-dispatch",
            "kyiv-ledger")) {
      String body = SampleBodies.body("stories/trump-putin-call/" + name + ".txt");
      versions.add(new ArticleQuotes(name, name, analyzer.analyze(pipeline.annotate(body))));
    }

    ShareOfVoice.StoryVoices voices = ShareOfVoice.of(versions);

    assertEquals(0, find(voices, "kyiv-ledger", "Taras Vovk").otherVersionsQuoting());
    assertEquals(6, find(voices, "troib", "Donald Trump").otherVersionsQuoting());
    assertTrue(
        voices.missing().contains(new MissingVoice("troib", "troib", "Olena Marchenko", 3)),
        voices.missing().toString());
    for (ArticleQuotes version : versions) {
      double total =
          voices.shares().stream()
              .filter(s -> s.articleId().equals(version.articleId()))
              .mapToDouble(VoiceShare::share)
              .sum();
      assertEquals(1.0, total, 1e-9, version.articleId());
    }
  }

  private static VoiceShare find(ShareOfVoice.StoryVoices voices, String article, String speaker) {
    return voices.shares().stream()
        .filter(s -> s.articleId().equals(article) && s.speaker().equals(speaker))
        .findFirst()
        .orElseThrow(() -> new AssertionError(article + "/" + speaker + " in " + voices.shares()));
  }
}
