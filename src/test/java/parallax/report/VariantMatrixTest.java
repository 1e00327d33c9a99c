package parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import parallax.report.VariantMatrix.Cell;
import parallax.report.VariantMatrix.Use;

class VariantMatrixTest {

  static final List<Use> USES =
      List.of(
          new Use("Kyiv", "RT", "Kiev", "russian", 4),
          new Use("Kyiv", "The Kyiv Ledger", "Kyiv", "ukrainian", 4),
          new Use("Kyiv", "Meridian Wire", "Kyiv", "ukrainian", 3),
          new Use("Kharkiv", "The Kyiv Ledger", "Kharkiv", "ukrainian", 1),
          new Use("Zelensky", "Meridian Wire", "Volodymyr Zelensky", "ukrainian", 1),
          new Use("Zelensky", "Meridian Wire", "Zelensky", "neutral", 2),
          new Use("Zelensky", "RT", "Zelensky", "neutral", 1));

  @Test
  void fillsOneCellPerOutletAndReferentWithTheVariantsUsed() {
    VariantMatrix matrix = VariantMatrix.of(USES);
    assertEquals(List.of("Meridian Wire", "RT", "The Kyiv Ledger"), matrix.sources());
    assertEquals(new Cell("Kyiv", "RT", List.of("Kiev"), "russian"), matrix.cell("Kyiv", "RT"));
    assertEquals(
        new Cell("Kyiv", "The Kyiv Ledger", List.of("Kyiv"), "ukrainian"),
        matrix.cell("Kyiv", "The Kyiv Ledger"));
    assertNull(matrix.cell("Kharkiv", "RT"), "RT does not name Kharkiv");
    assertEquals(6, matrix.cells().size());
    assertEquals(
        new Cell("Kyiv", "Meridian Wire", List.of("Kyiv"), "ukrainian"), matrix.cells().get(0));
  }

  @Test
  void putsReferentsTheOutletsNameDifferentlyFirst() {
    VariantMatrix matrix = VariantMatrix.of(USES);
    assertEquals(List.of("Kyiv", "Zelensky", "Kharkiv"), matrix.referents());
    assertTrue(matrix.diverges("Kyiv"));
    assertTrue(matrix.diverges("Zelensky"), "Meridian also writes Volodymyr Zelensky");
    assertFalse(matrix.diverges("Kharkiv"), "named by one outlet only");
  }

  @Test
  void marksACellWhoseVariantsBelongToDifferentTraditionsAsMixedMostUsedFirst() {
    Cell meridian = VariantMatrix.of(USES).cell("Zelensky", "Meridian Wire");
    assertEquals(List.of("Zelensky", "Volodymyr Zelensky"), meridian.variants());
    assertEquals(VariantMatrix.MIXED, meridian.group());
  }

  @Test
  void agreeingOutletsDoNotDiverge() {
    VariantMatrix matrix =
        VariantMatrix.of(
            List.of(
                new Use("Kyiv", "A", "Kyiv", "ukrainian", 1),
                new Use("Kyiv", "B", "Kyiv", "ukrainian", 2)));
    assertFalse(matrix.diverges("Kyiv"));
  }

  @Test
  void keepsAtMostTheRowAndColumnLimits() {
    List<Use> many =
        IntStream.range(0, VariantMatrix.MAX_REFERENTS + 5)
            .boxed()
            .flatMap(
                i ->
                    IntStream.rangeClosed(0, VariantMatrix.MAX_SOURCES)
                        .mapToObj(
                            s ->
                                new Use(
                                    String.format("place %02d", i),
                                    "outlet " + s,
                                    "p" + i,
                                    null,
                                    1)))
            .toList();
    VariantMatrix matrix = VariantMatrix.of(many);
    assertEquals(VariantMatrix.MAX_REFERENTS, matrix.referents().size());
    assertEquals(VariantMatrix.MAX_REFERENTS + 5, matrix.allReferents());
    assertEquals(VariantMatrix.MAX_SOURCES, matrix.sources().size());
    assertNull(matrix.cell("place 00", "outlet 0").group(), "variants without a tradition");
  }
}
