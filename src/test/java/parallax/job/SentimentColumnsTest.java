package parallax.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import parallax.quotes.Quote;
import parallax.sentiment.QuotedRanges;

class SentimentColumnsTest {

  private static Quote quote(String kind, int start, int end) {
    return new Quote(
        kind,
        "Dmitry Peskov",
        true,
        "Peskov",
        0,
        6,
        "say",
        "neutral",
        7,
        11,
        start,
        end,
        3,
        "x".repeat(end - start));
  }

  @Test
  void keepsTheDirectQuotesOfTheQuotesAnalysisApartAndLeavesParaphraseToTheAuthor() {
    QuotedRanges ranges =
        SentimentColumns.quotedRanges(
            List.of(
                quote(Quote.DIRECT, 40, 60),
                quote(Quote.INDIRECT, 70, 90),
                quote(Quote.DIRECT, 10, 20)));
    assertEquals(2, ranges.size());
    assertTrue(ranges.contains(10));
    assertTrue(ranges.contains(59));
    assertFalse(ranges.contains(60), "end exclusive");
    assertFalse(ranges.contains(75), "indirect speech is the author's paraphrase");
  }

  @Test
  void givesNoQuotedSpeechForAnArticleWithoutQuotes() {
    assertTrue(SentimentColumns.quotedRanges(List.of()).isEmpty());
  }
}
