package parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import parallax.model.AnnotatedText;
import parallax.model.Article;
import parallax.model.LabelledSpan;
import parallax.nlp.NlpPipeline;

class FramingAnalyserTest {

  private static final NlpPipeline PIPELINE = new NlpPipeline();

  private static final String LEXICON =
      "category\tcanonical\tforms\tmatch\treferent\tvariant_group\tpos\n"
          + "conflict/kremlin\tspecial military operation\tspecial military operation|military"
          + " operation\texact\twar\tkremlin\t\n"
          + "conflict/neutral\toperation\t\texact\t\t\t\n"
          + "conflict/kremlin\tKiev regime\t\texact\tgovernment\tkremlin\t\n"
          + "place/russian\tKiev\t\texact\tKyiv\trussian\t\n"
          + "place/ukrainian\tKyiv\t\texact\tKyiv\tukrainian\t\n"
          + "place/russian\tLugansk\t\texact\tLuhansk\trussian\t\n"
          + "epistemic/distancing\tso-called\t\texact\t\t\t\n"
          + "politics\tG20\tG-20|G20\texact\t\t\t\n"
          + "conflict/neutral\tRussia-Ukraine conflict\t\texact\t\t\t\n"
          + "verb/loaded\tinsist\t\tlemma\t\t\tVERB\n"
          + "verb/loaded\tclaim\t\tlemma\t\t\tVERB\n"
          + "verb/loaded\tpoint out\t\tlemma\t\t\tVERB\n"
          + "people\tDonetsk People's Republic\t\texact\t\t\t\n";

  private final FramingAnalyser analyser =
      new FramingAnalyser(Lexicon.of(LexiconLoaderTest.read(LEXICON)));

  private List<String> found(String body) {
    return analyser.hits(PIPELINE.annotate(body)).stream()
        .map(h -> h.category() + ":" + h.term() + "@" + body.substring(h.start(), h.end()))
        .toList();
  }

  @Test
  void longestTermWinsWithinAFamily() {
    assertEquals(
        List.of("conflict/kremlin:special military operation@special military operation"),
        found("They began the special military operation in 2022."));
    assertEquals(
        List.of("conflict/kremlin:special military operation@military operation"),
        found("The military operation went on."));
    assertEquals(List.of("conflict/neutral:operation@operation"), found("The operation failed."));
  }

  @Test
  void overlappingTermsOfDifferentFamiliesBothCount() {
    assertEquals(
        List.of("conflict/kremlin:Kiev regime@Kiev regime", "place/russian:Kiev@Kiev"),
        found("He blamed the Kiev regime."));
  }

  @Test
  void ignoresCase() {
    assertEquals(
        List.of("place/russian:Kiev@KIEV", "place/russian:Kiev@kiev"),
        found("KIEV is big and kiev is old."));
  }

  @Test
  void findsTermsAtTheVeryStartAndEndOfTheText() {
    String body = "Kiev lies far from Lugansk";
    List<FramingHit> hits = analyser.hits(PIPELINE.annotate(body));
    assertEquals(2, hits.size());
    assertEquals(0, hits.get(0).start());
    assertEquals(4, hits.get(0).end());
    assertEquals(body.length() - "Lugansk".length(), hits.get(1).start());
    assertEquals(body.length(), hits.get(1).end());
  }

  @Test
  void matchesPunctuationInsideTermsHoweverTheTokenizerSplitsIt() {
    assertEquals(
        List.of(
            "epistemic/distancing:so-called@so-called",
            "politics:G20@G-20",
            "conflict/neutral:Russia-Ukraine conflict@Russia-Ukraine conflict"),
        found("The so-called plan at the G-20 ended the Russia-Ukraine conflict."));
    assertEquals(List.of("politics:G20@G20"), found("At the G20 summit."));
  }

  @Test
  void possessivesMatchTheBareNameAndSpanOnlyIt() {
    assertEquals(
        List.of("place/ukrainian:Kyiv@Kyiv", "place/russian:Lugansk@Lugansk"),
        found("Kyiv’s mayor met Lugansk's envoy."));
    assertEquals(
        List.of("people:Donetsk People's Republic@Donetsk People’s Republic"),
        found("the self-declared Donetsk People’s Republic"));
  }

  @Test
  void termsDoNotCrossPunctuation() {
    assertEquals(
        List.of("conflict/neutral:operation@Operation"), found("It was military. Operation X."));
    assertEquals(
        List.of("conflict/neutral:operation@operation"), found("It was military, operation X."));
  }

  @Test
  void lemmaAwareEntriesMatchInflectedVerbsButNotNouns() {
    assertEquals(
        List.of(
            "verb/loaded:insist@insists",
            "verb/loaded:insist@insisted",
            "verb/loaded:claim@claimed"),
        found("He insists that it won. He insisted on it and claimed victory."));
    assertEquals(List.of(), found("His claims were false."));
    assertEquals(
        List.of("verb/loaded:point out@pointed out"), found("She pointed out that it rained."));
  }

  @Test
  void analyseCarriesTheArticleAndGivesSpansAndCounts() {
    String body = "Kiev and Kiev again, then Kyiv.";
    Article article = new Article("a1", "s1", "RT", null, null, null, null, body, "in.txt", 1);
    AnnotatedText text = PIPELINE.annotate(body);
    ArticleFraming framing = analyser.analyse(article, text);
    assertEquals("a1", framing.articleId());
    assertEquals(6, framing.wordCount());
    assertEquals(
        List.of(
            new FramingCount("place/russian", "Kiev", 2, 2 * 1000.0 / 6),
            new FramingCount("place/ukrainian", "Kyiv", 1, 1000.0 / 6)),
        framing.counts());
    assertEquals(new LabelledSpan("framing", "place/russian", 0, 4), framing.spans().get(0));
    assertEquals("Kyiv", framing.hits().get(2).textIn(body));
  }

  @Test
  void rejectsAnnotationOfAnotherBody() {
    Article article = new Article("a1", "s1", "RT", null, null, null, null, "One.", "in.txt", 1);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> analyser.analyse(article, PIPELINE.annotate("Two.")));
    assertEquals("annotated text is not the body of article a1", e.getMessage());
  }
}
