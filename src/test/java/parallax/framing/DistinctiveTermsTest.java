package parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DistinctiveTermsTest {

  private final DistinctiveTerms distinctive = new DistinctiveTerms(new LogOddsRatio(8, 0));

  @Test
  void comparesEachSourceWithTheSumOfTheOthers() {
    Map<String, Map<String, Integer>> counts =
        Map.of(
            "RT", Map.of("kiev", 3, "said", 1),
            "Wire", Map.of("kyiv", 2, "said", 2),
            "Ledger", Map.of("kyiv", 2, "said", 2));
    List<DistinctiveTerms.Row> rows = distinctive.bySource("story-1", counts, null, 1);
    assertEquals(
        List.of("Ledger", "RT", "Wire"), rows.stream().map(DistinctiveTerms.Row::source).toList());
    DistinctiveTerms.Row rt = rows.get(1);
    assertEquals("story-1", rt.scope());
    assertEquals(1, rt.rank());
    assertEquals("kiev", rt.term().term());
    assertEquals(3, rt.term().focusCount());
    assertEquals(0, rt.term().restCount());
    assertTrue(rt.term().zScore() > 0);
  }

  @Test
  void oneSourceHasNothingToCompareWith() {
    assertEquals(List.of(), distinctive.bySource("s", Map.of("RT", Map.of("kiev", 3)), null, 5));
  }

  @Test
  void neverListsTermsTheSourceDoesNotUse() {
    List<DistinctiveTerms.Row> rows =
        distinctive.bySource(
            "s", Map.of("RT", Map.of("kiev", 1), "W", Map.of("kyiv", 5, "said", 5)), null, 10);
    assertEquals(
        List.of("kiev"),
        rows.stream().filter(r -> r.source().equals("RT")).map(r -> r.term().term()).toList());
  }
}
