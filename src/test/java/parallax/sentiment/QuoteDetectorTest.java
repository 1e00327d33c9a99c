package parallax.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteDetectorTest {

  private final QuoteDetector detector = new QuoteDetector();

  private static String quoted(String text, QuotedRanges ranges, int range) {
    return text.substring(ranges.start(range), ranges.end(range));
  }

  @Test
  void findsCurlyAndStraightDoubleQuotes() {
    String text = "He said “I think we’ll speak,” and then \"it is fine\" too.";
    QuotedRanges ranges = detector.detect(text);
    assertEquals(2, ranges.size());
    assertEquals("“I think we’ll speak,”", quoted(text, ranges, 0));
    assertEquals("\"it is fine\"", quoted(text, ranges, 1));
    assertFalse(ranges.contains(text.indexOf("said")));
    assertTrue(ranges.contains(text.indexOf("speak")));
  }

  @Test
  void singleQuotesAreNotApostrophes() {
    String text = "Peskov’s ‘magic wand’ remark was Ukraine’s concern.";
    QuotedRanges ranges = detector.detect(text);
    assertEquals(1, ranges.size());
    assertEquals("‘magic wand’", quoted(text, ranges, 0));
  }

  @Test
  void anUnclosedQuoteRunsToTheEndOfItsParagraph() {
    String text = "“It goes on and on\nThe author speaks again.";
    QuotedRanges ranges = detector.detect(text);
    assertEquals(1, ranges.size());
    assertEquals("“It goes on and on", quoted(text, ranges, 0));
    assertFalse(ranges.contains(text.indexOf("author")));
  }

  @Test
  void rangesFromAnotherAnalysisAreMergedAndSorted() {
    QuotedRanges ranges =
        QuotedRanges.of(List.of(new int[] {20, 30}, new int[] {0, 5}, new int[] {25, 40}));
    assertEquals(2, ranges.size());
    assertEquals(0, ranges.start(0));
    assertEquals(40, ranges.end(1));
    assertTrue(ranges.contains(39));
    assertFalse(ranges.contains(40));
    assertFalse(ranges.contains(10));
  }

  @Test
  void rejectsAReversedRangeNamingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> QuotedRanges.of(List.of(new int[] {9, 3})));
    assertTrue(e.getMessage().contains("[9, 3]"), e.getMessage());
  }
}
