package parallax.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupingMetricsTest {

  @Test
  void handComputedPairCountsAndScores() {
    // Reference {0,1,2} {3,4} {5}: 3 + 1 = 4 pairs. Predicted {0,1} {2,3,4} {5}: 1 + 3 = 4 pairs.
    // Agreeing: (0,1) and (3,4) = 2. Precision 2/4, recall 2/4.
    // ARI over 15 pairs: expected 4 * 4 / 15; (2 - 16/15) / (4 - 16/15) = 14/44.
    GroupingMetrics m =
        GroupingMetrics.of(
            List.of("x", "x", "x", "y", "y", "z"), List.of("1", "1", "2", "2", "2", "3"));
    assertEquals(6, m.items());
    assertEquals(4, m.truePairs());
    assertEquals(4, m.predictedPairs());
    assertEquals(2, m.agreeingPairs());
    assertEquals(0.5, m.precision());
    assertEquals(0.5, m.recall());
    assertEquals(0.5, m.f1());
    assertEquals(14.0 / 44, m.adjustedRandIndex(), 1e-12);
  }

  @Test
  void identicalGroupingsUnderOtherNamesScoreOne() {
    GroupingMetrics m =
        GroupingMetrics.of(List.of("a", "a", "b", "c", "c"), List.of("q", "q", "r", "p", "p"));
    assertEquals(1.0, m.precision());
    assertEquals(1.0, m.recall());
    assertEquals(1.0, m.f1());
    assertEquals(1.0, m.adjustedRandIndex(), 1e-12);
  }

  @Test
  void lumpingEverythingTogetherHasFullRecallAndNoPrecisionAgainstSingletons() {
    // Reference all singletons: no true pair. Predicted one group: 6 pairs, none right.
    GroupingMetrics m =
        GroupingMetrics.of(List.of("a", "b", "c", "d"), List.of("g", "g", "g", "g"));
    assertEquals(0.0, m.precision());
    assertEquals(1.0, m.recall());
    assertEquals(0.0, m.f1());
    assertEquals(0.0, m.adjustedRandIndex(), 1e-12);
  }

  @Test
  void splittingEveryStoryHasNoRecall() {
    // Reference {0,1} {2,3}; predicted all singletons: precision 1 by convention, recall 0.
    // ARI: expected 2 * 0 / 6 = 0, maximum (2 + 0) / 2 = 1, agreeing 0: (0 - 0) / (1 - 0) = 0.
    GroupingMetrics m =
        GroupingMetrics.of(List.of("a", "a", "b", "b"), List.of("1", "2", "3", "4"));
    assertEquals(1.0, m.precision());
    assertEquals(0.0, m.recall());
    assertEquals(0.0, m.f1());
    assertEquals(0.0, m.adjustedRandIndex(), 1e-12);
  }

  @Test
  void rejectsLabelListsOfDifferentLengths() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> GroupingMetrics.of(List.of("a"), List.of()));
    assertEquals("reference has 1 labels but predicted has 0", e.getMessage());
  }
}
