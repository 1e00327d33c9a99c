package parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogOddsRatioTest {

  /**
   * Focus {a:3, b:1}, rest {a:1, b:3}, prior from their sum {a:4, b:4} with strength 8 and no
   * floor: α_a = α_b = 8 × 4/8 = 4, α_0 = 8, n_i = n_j = 4.
   *
   * <p>δ_a = ln((3+4)/(4+8−3−4)) − ln((1+4)/(4+8−1−4)) = ln(7/5) − ln(5/7) = 2 ln 1.4 =
   * 0.6729444732; σ² = 1/7 + 1/5 = 0.3428571429; z = 0.6729444732 / 0.5855400438 = 1.1492714809. By
   * symmetry b has δ and z of the opposite sign.
   */
  @Test
  void matchesAHandComputedCase() {
    List<DistinctiveTerm> terms =
        new LogOddsRatio(8, 0).compare(Map.of("a", 3, "b", 1), Map.of("a", 1, "b", 3), null);
    assertEquals(2, terms.size());
    DistinctiveTerm a = terms.get(0);
    assertEquals("a", a.term());
    assertEquals(3, a.focusCount());
    assertEquals(1, a.restCount());
    assertEquals(0.6729444732424258, a.delta(), 1e-12);
    assertEquals(1.1492714809232922, a.zScore(), 1e-12);
    assertEquals(-0.6729444732424258, terms.get(1).delta(), 1e-12);
    assertEquals(-1.1492714809232922, terms.get(1).zScore(), 1e-12);
  }

  /**
   * With a background {a:1, b:3} (strength 4, no floor): α_a = 1, α_b = 3, α_0 = 4. For a, counts 3
   * vs 1 in corpora of 4: δ = ln(4/4) − ln(2/6) = ln 3 = 1.0986122887; σ² = 1/4 + 1/2 = 0.75; z =
   * 1.0986122887 / 0.8660254038 = 1.2685736936.
   */
  @Test
  void aBackgroundSetsThePrior() {
    List<DistinctiveTerm> terms =
        new LogOddsRatio(4, 0)
            .compare(Map.of("a", 3, "b", 1), Map.of("a", 1, "b", 3), Map.of("a", 1L, "b", 3L));
    assertEquals("a", terms.get(0).term());
    assertEquals(Math.log(3), terms.get(0).delta(), 1e-12);
    assertEquals(Math.log(3) / Math.sqrt(0.75), terms.get(0).zScore(), 1e-12);
  }

  @Test
  void theFloorKeepsTermsAbsentFromOneSideFinite() {
    List<DistinctiveTerm> terms =
        new LogOddsRatio().compare(Map.of("only", 5), Map.of("other", 5), Map.of());
    assertEquals("only", terms.get(0).term());
    assertEquals(true, Double.isFinite(terms.get(0).zScore()));
    assertEquals(true, terms.get(0).zScore() > 0);
  }

  @Test
  void rejectsAnEmptyPrior() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new LogOddsRatio(0, 0));
    assertEquals(
        "prior strength and floor must be >= 0 and not both 0, were 0.0 and 0.0", e.getMessage());
  }
}
