package parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationScannerTest {

  private static List<String> contents(String text) {
    return QuotationScanner.scan(text).stream()
        .map(q -> text.substring(q.start(), q.end()))
        .toList();
  }

  @Test
  void findsCurlyDoubleQuotesWithoutMarksOrTrailingComma() {
    assertEquals(
        List.of("I think we’ll speak"), contents("He said, “I think we’ll speak,” and left."));
  }

  @Test
  void spanExcludesTheMarksAndPointsIntoTheText() {
    String text = "Putin said: “It wouldn’t be beneath me.”";
    Quotation q = QuotationScanner.scan(text).get(0);
    assertEquals('“', text.charAt(q.open()));
    assertEquals('”', text.charAt(q.close()));
    assertEquals("It wouldn’t be beneath me", text.substring(q.start(), q.end()));
  }

  @Test
  void apostrophesAreNotQuotationMarks() {
    assertEquals(
        List.of(),
        contents("Trump’s aides said it wouldn’t happen; the leaders’ talks and Putin's plan."));
  }

  @Test
  void straightDoubleQuotesOpenAndCloseByTurn() {
    assertEquals(
        List.of("I think we'll speak", "probably"),
        contents("\"I think we'll speak,\" Trump said of \"probably\" 70 leaders."));
  }

  @Test
  void keepsAPartialQuoteInsideASentence() {
    assertEquals(
        List.of("deserve attention, at the very least"),
        contents("his proposals “deserve attention, at the very least.”"));
  }

  @Test
  void nestedSingleQuotesStayInsideTheOuterQuote() {
    assertEquals(
        List.of("When Peskov says there is no ‘magic wand,’ he means no ceasefire"),
        contents("“When Peskov says there is no ‘magic wand,’ he means no ceasefire,” she said."));
  }

  @Test
  void topLevelSingleQuotesAreQuotes() {
    assertEquals(
        List.of("I think we’ll speak"), contents("‘I think we’ll speak’: Trump expects talks"));
  }

  @Test
  void aQuoteReopenedInTheNextParagraphContinues() {
    String text = "“We will rebuild the town.\n“Every house will stand again,” the mayor said.";
    List<Quotation> quotes = QuotationScanner.scan(text);
    assertEquals(1, quotes.size());
    assertEquals(2, quotes.get(0).paragraphs());
    assertEquals(
        "We will rebuild the town.\n“Every house will stand again",
        text.substring(quotes.get(0).start(), quotes.get(0).end()));
  }

  @Test
  void dropsAQuoteLeftOpenWithoutContinuation() {
    assertEquals(
        List.of(), contents("He said “this never closes.\nThe next paragraph is narration."));
  }

  @Test
  void titlesOfWorksAreNotQuotes() {
    assertEquals(
        List.of("territorial reality"),
        contents(
            "In his book “War,” published in October, he wrote of the so-called “territorial reality”."));
    assertTrue(QuotationScanner.isTitle("his book “War”", 9, 10, 13));
  }

  @Test
  void understandsGuillemets() {
    assertEquals(List.of("Nous sommes prêts"), contents("«Nous sommes prêts», a-t-il dit."));
  }

  @Test
  void aStrayClosingMarkIsIgnored() {
    assertEquals(List.of("yes"), contents("It ended” there. Then “yes,” she said."));
  }
}
