package parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import parallax.model.Article;
import parallax.model.LabelledSpan;
import parallax.nlp.NlpPipeline;

class QuoteAnalyzerTest {

  private static final NlpPipeline PIPELINE = new NlpPipeline();
  private static final QuoteAnalyzer ANALYZER =
      QuoteAnalyzer.fromLexicons(Path.of("data/lexicons"));

  private static List<Quote> quotes(String body) {
    return ANALYZER.analyze(PIPELINE.annotate(body));
  }

  private static Quote only(List<Quote> quotes, String kind, String textStart) {
    List<Quote> hits =
        quotes.stream()
            .filter(q -> q.kind().equals(kind) && q.text().startsWith(textStart))
            .toList();
    assertEquals(1, hits.size(), "quotes starting '" + textStart + "' in " + quotes);
    return hits.get(0);
  }

  @Test
  void givesTheDirectQuotesRangesWithoutTheIndirectSpeech() {
    String body =
        "The Kremlin insists that talks are possible. \u201cWe are ready,\u201d Peskov said.";
    List<Quote> quotes = quotes(body);
    assertTrue(quotes.stream().anyMatch(q -> !q.isDirect()), quotes.toString());
    List<int[]> ranges = Quote.directRanges(quotes);
    assertEquals(1, ranges.size());
    assertEquals("We are ready", body.substring(ranges.get(0)[0], ranges.get(0)[1]));
  }

  @Test
  void troibQuotesTrumpPutinAndPeskovWithTheRightSpeakers() {
    String body = SampleBodies.body("stories/trump-putin-call/troib.txt");
    List<Quote> quotes = quotes(body);

    List<Quote> speak =
        quotes.stream()
            .filter(q -> q.isDirect() && q.text().equals("I think we’ll speak"))
            .toList();
    assertEquals(2, speak.size());
    speak.forEach(q -> assertEquals("Donald Trump", q.speaker()));
    assertEquals(
        "Vladimir Putin",
        only(quotes, Quote.DIRECT, "It wouldn’t be beneath me to call him myself").speaker());
    Quote wand = only(quotes, Quote.DIRECT, "think there is a magic wand");
    assertEquals("Dmitry Peskov", wand.speaker());
    assertEquals("note", wand.verb());
    Quote presidency = only(quotes, Quote.DIRECT, "During his first presidency");
    assertEquals("Vladimir Putin", presidency.speaker());
    assertEquals("comment", presidency.verb());
    assertEquals(
        "Vladimir Putin",
        only(quotes, Quote.DIRECT, "I don’t know what’s going to happen").speaker());
    assertEquals("Vladimir Putin", only(quotes, Quote.DIRECT, "deserve attention").speaker());
    assertEquals("Donald Trump", only(quotes, Quote.DIRECT, "I don’t comment on that").speaker());
    assertEquals("Donald Trump", only(quotes, Quote.DIRECT, "he’s got 2,000 nuclear").speaker());
  }

  @Test
  void troibMoscowAndTheKremlinSpeakIndirectly() {
    List<Quote> quotes = quotes(SampleBodies.body("stories/trump-putin-call/troib.txt"));
    Quote moscow = only(quotes, Quote.INDIRECT, "any settlement necessitates");
    assertEquals("Moscow", moscow.speaker());
    assertEquals("insist", moscow.verb());
    assertEquals("loaded", moscow.verbClass());
    assertEquals(false, moscow.speakerIsPerson());
    Quote kremlin = only(quotes, Quote.INDIRECT, "the objectives of its military operation");
    assertEquals("Kremlin", kremlin.speaker());
    assertEquals("maintain", kremlin.verb());
    assertTrue(kremlin.text().endsWith("must be fulfilled"), kremlin.text());
  }

  @Test
  void spansPointIntoTheBody() {
    String body = SampleBodies.body("stories/trump-putin-call/troib.txt");
    for (Quote q : quotes(body)) {
      assertEquals(q.text(), body.substring(q.start(), q.end()));
      if (q.speakerStart() >= 0) {
        assertEquals(q.speakerText(), body.substring(q.speakerStart(), q.speakerEnd()));
      }
      if (q.verbStart() >= 0) {
        assertTrue(body.substring(q.verbStart(), q.verbEnd()).length() > 0);
      }
    }
  }

  @Test
  void invertedAttributionAfterTheQuoteNamesTheSpeaker() {
    Quote q =
        only(
            quotes("“There is no magic wand,” said Kremlin spokesman Dmitry Peskov."),
            Quote.DIRECT,
            "There is no magic wand");
    assertEquals("Dmitry Peskov", q.speaker());
    assertEquals("say", q.verb());
    assertEquals("Dmitry Peskov", q.speakerText());
  }

  @Test
  void pronounIsTheLastPersonInSubjectPosition() {
    Quote q =
        only(
            quotes("Putin met reporters in Sochi on Friday. “We are ready,” he said."),
            Quote.DIRECT,
            "We are ready");
    assertEquals("Putin", q.speaker());
    assertEquals("he", q.speakerText());
  }

  @Test
  void surnameTakesTheFullNameUsedElsewhereInTheArticle() {
    Quote q =
        only(
            quotes("Russian President Vladimir Putin spoke in Sochi.\n“We are ready,” Putin said."),
            Quote.DIRECT,
            "We are ready");
    assertEquals("Vladimir Putin", q.speaker());
    assertEquals(true, q.speakerIsPerson());
  }

  @Test
  void roleResolvesToThePersonWithThatTitle() {
    Quote q =
        only(
            quotes(
                "Kremlin spokesman Dmitry Peskov spoke on Monday. Later, the Kremlin spokesman"
                    + " said the talks were over."),
            Quote.INDIRECT,
            "the talks were over");
    assertEquals("Dmitry Peskov", q.speaker());
  }

  @Test
  void quoteContinuedAfterItsAttributionKeepsTheSpeaker() {
    List<Quote> quotes = quotes("“We lost everything,” said Anders Moe. “Nobody warned us.”");
    assertEquals("Anders Moe", only(quotes, Quote.DIRECT, "Nobody warned us").speaker());
  }

  @Test
  void accordingToAndTrailingAttributionReportTheClauseBefore() {
    Quote authority =
        only(
            quotes("The river rose by two metres, according to the regional water authority."),
            Quote.INDIRECT,
            "The river rose");
    assertEquals("regional water authority", authority.speaker());
    assertEquals("according to", authority.verb());
    Quote police =
        only(
            quotes("About 300 homes were flooded, police said on Saturday."),
            Quote.INDIRECT,
            "About 300 homes were flooded");
    assertEquals("police", police.speaker());
  }

  @Test
  void participleTakesTheSubjectOfItsSentence() {
    Quote q =
        only(
            quotes("Donald Trump was more evasive, saying: “I don’t comment on that.”"),
            Quote.DIRECT,
            "I don’t comment on that");
    assertEquals("Donald Trump", q.speaker());
    assertEquals("say", q.verb());
    assertEquals("", q.speakerText());
  }

  @Test
  void questionsInfinitivesAndPassivesReportNothing() {
    assertEquals(List.of(), quotes("Trump declined to say whether the calls happened."));
    assertEquals(List.of(), quotes("Trump was told that the calls happened."));
    assertEquals(List.of(), quotes("Peskov has denied the report."));
  }

  @Test
  void unattributedScareQuoteHasNoSpeaker() {
    Quote q = only(quotes("The so-called “peace plan” was rejected."), Quote.DIRECT, "peace plan");
    assertEquals("", q.speaker());
    assertEquals("", q.verb());
  }

  @Test
  void indirectWordsLeaveOutTheQuotedOnes() {
    Quote q =
        only(
            quotes("Putin said that Trump’s ideas “deserve attention, at the very least.”"),
            Quote.INDIRECT,
            "Trump’s ideas");
    Quote direct =
        only(quotes("Putin said that Trump’s ideas “deserve attention.”"), Quote.DIRECT, "deserve");
    assertEquals(2, q.words());
    assertEquals(2, direct.words());
  }

  @Test
  void turnsIntoSpansCsvRows() {
    Quote q = only(quotes("“We are ready,” said Anders Moe."), Quote.DIRECT, "We are ready");
    LabelledSpan span = q.toSpan();
    assertEquals(new LabelledSpan("quote", "direct/Anders Moe", q.start(), q.end()), span);
  }

  @Test
  void rejectsAnnotationOfAnotherBodyNamingTheArticle() {
    Article article =
        new Article("a-1", "story", "RT", null, null, null, null, "Body one.", "in.jsonl", 3);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ANALYZER.analyze(article, PIPELINE.annotate("Body two.")));
    assertTrue(e.getMessage().contains("a-1") && e.getMessage().contains("in.jsonl:3"));
  }
}
