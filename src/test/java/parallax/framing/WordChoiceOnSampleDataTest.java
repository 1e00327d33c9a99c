package parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parallax.model.Article;
import parallax.nlp.NlpPipeline;

/** The shipped lexicons on the shipped Trump-Putin story: the checks issue 3 is done by. */
class WordChoiceOnSampleDataTest {

  private static final Path STORY = Path.of("data/stories/trump-putin-call");

  private static List<ArticleFraming> story;
  private static Map<String, ArticleFraming> bySource;
  private static Map<String, String> bodies;

  @BeforeAll
  static void analyseStory() throws IOException {
    FramingAnalyser analyser =
        new FramingAnalyser(Lexicon.load(List.of(Lexicon.DEFAULT_DIRECTORY)));
    NlpPipeline pipeline = new NlpPipeline();
    try (Stream<Path> files = Files.list(STORY)) {
      List<Article> articles = files.sorted().map(WordChoiceOnSampleDataTest::article).toList();
      story =
          articles.stream()
              .map(article -> analyser.analyse(article, pipeline.annotate(article.body())))
              .toList();
      bodies = articles.stream().collect(Collectors.toMap(Article::source, Article::body));
    }
    bySource = story.stream().collect(Collectors.toMap(ArticleFraming::source, a -> a));
  }

  /** Title on the first line, body after it; the source is the file stem. */
  private static Article article(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String stem = file.getFileName().toString().replace(".txt", "");
      String body = text.substring(text.indexOf('\n') + 1);
      return new Article(stem, "trump-putin-call", stem, null, null, null, null, body, "f", 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void troibAndRtLeanRussianAndTheKyivLedgerUkrainian() {
    Map<String, TransliterationLeaning> leanings =
        WordChoiceContrasts.leanings(story).stream()
            .collect(Collectors.toMap(TransliterationLeaning::source, l -> l));
    assertEquals("russian", leanings.get("troib").leaning(), leanings.get("troib").toString());
    assertEquals("russian", leanings.get("rt").leaning(), leanings.get("rt").toString());
    assertEquals("ukrainian", leanings.get("kyiv-ledger").leaning());
    assertEquals(-1.0, leanings.get("troib").score());
    assertEquals(1.0, leanings.get("kyiv-ledger").score());
    assertEquals(3, leanings.get("troib").russian(), "Lugansk, Zaporozhye, Vladimir Zelensky");
  }

  @Test
  void findsTroibsLoadedAttributionVerbsWithExactSpans() {
    String body = bodies.get("troib");
    assertLoadedVerb(body, "Trump asserted his intent", "asserted", "assert");
    assertLoadedVerb(body, "Moscow insists that", "insists", "insist");
    assertLoadedVerb(body, "the Kremlin maintains that", "maintains", "maintain");
    assertLoadedVerb(body, "Nonetheless, he remarked,", "remarked", "remark");
    assertLoadedVerb(body, "Putin remarked on Thursday", "remarked", "remark");
    assertLoadedVerb(body, "asserting that his proposals", "asserting", "assert");
    assertLoadedVerb(body, "Bob Woodward alleged that", "alleged", "allege");
  }

  private static void assertLoadedVerb(String body, String context, String word, String term) {
    int start = body.indexOf(context) + context.indexOf(word);
    assertTrue(start >= context.indexOf(word), "context not in text: " + context);
    FramingHit expected =
        new FramingHit("attribution_verb/loaded", term, null, null, start, start + word.length());
    assertTrue(
        bySource.get("troib").hits().contains(expected),
        "no hit " + expected + " in " + bySource.get("troib").hits());
  }

  @Test
  void troibUsesLoadedAttributionVerbsFarMoreThanTheWireReport() {
    double troib = loadedShare(bySource.get("troib"));
    double wire = loadedShare(bySource.get("meridian-wire"));
    assertTrue(
        troib > 2 * wire, "loaded share of attribution verbs: TROIB " + troib + ", wire " + wire);
  }

  private static double loadedShare(ArticleFraming article) {
    long loaded = count(article, "attribution_verb/loaded");
    return loaded / (double) (loaded + count(article, "attribution_verb/neutral"));
  }

  private static long count(ArticleFraming article, String category) {
    return article.hits().stream().filter(h -> h.category().equals(category)).count();
  }

  @Test
  void flagsPlaceNamesAndTheWarAsDivergingReferents() {
    Map<String, ReferentContrast> contrasts =
        WordChoiceContrasts.contrasts(story).stream()
            .collect(Collectors.toMap(ReferentContrast::referent, c -> c));
    ReferentContrast luhansk = contrasts.get("Luhansk");
    assertTrue(luhansk.diverges());
    assertEquals(List.of("Lugansk", "Luhansk"), luhansk.variants());
    assertTrue(luhansk.bySource().contains("rt: Lugansk×1"), luhansk.bySource());
    assertTrue(contrasts.get("Kyiv").diverges());
    assertTrue(contrasts.get("war in Ukraine").variants().contains("special military operation"));
    assertTrue(contrasts.get("war in Ukraine").variants().contains("full-scale invasion"));
    assertTrue(contrasts.get("war in Ukraine").diverges());
  }

  @Test
  void variantUsesNameTheTraditionOfEachVariant() {
    List<VariantUse> uses = WordChoiceContrasts.variantUses(story);
    assertTrue(
        uses.contains(
            new VariantUse("trump-putin-call", "Kyiv", "rt", "rt", "Kiev", "russian", 4, true)),
        uses.toString());
    assertTrue(
        uses.stream()
            .anyMatch(
                u ->
                    u.source().equals("kyiv-ledger")
                        && u.variant().equals("Kyiv")
                        && u.variantGroup().equals("ukrainian")));
  }
}
