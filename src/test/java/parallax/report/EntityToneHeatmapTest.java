package parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapSeries;
import parallax.report.EntityToneHeatmap.Cell;
import parallax.report.EntityToneHeatmap.Matrix;

class EntityToneHeatmapTest {

  static final List<Cell> STORY =
      List.of(
          new Cell("Vladimir Putin", "RT", 0.4, 6, 20),
          new Cell("Vladimir Putin", "Meridian Wire", -0.2, 5, 20),
          new Cell("Volodymyr Zelensky", "RT", -0.5, 3, 9),
          new Cell("Volodymyr Zelensky", "Meridian Wire", 0.1, 4, 9),
          new Cell("Volodymyr Zelensky", "Kyiv Ledger", 0.3, 2, 9),
          new Cell("Lugansk", "RT", 0.0, 1, 1));

  @Test
  void ranksEntitiesByOutletsNamingThemAndDropsThoseOnlyOneOutletNames() {
    Matrix matrix = EntityToneHeatmap.matrix(STORY);
    assertEquals(List.of("Volodymyr Zelensky", "Vladimir Putin"), matrix.entities());
    assertEquals(List.of("Kyiv Ledger", "Meridian Wire", "RT"), matrix.sources());
    assertEquals(-0.2, matrix.mean("Vladimir Putin", "Meridian Wire"), 1e-9);
    assertNull(matrix.mean("Vladimir Putin", "Kyiv Ledger"), "the Ledger does not name him");
    assertNull(matrix.mean("Lugansk", "RT"));
  }

  @Test
  void drawsEveryEntityWhenOnlyOneOutletNamesAny() {
    Matrix matrix =
        EntityToneHeatmap.matrix(
            List.of(
                new Cell("Oder", "Newshub", -0.1, 3, 3), new Cell("Mayor", "Newshub", 0, 1, 1)));
    assertEquals(List.of("Oder", "Mayor"), matrix.entities(), "more mentions first");
  }

  @Test
  void putsTheFirstEntityOnTopWithOneCellPerPairNamed() {
    HeatMapChart chart = EntityToneHeatmap.build("trump-putin-call", STORY);
    HeatMapSeries series = chart.getHeatMapSeries();
    assertEquals(List.of("Vladimir Putin", "Volodymyr Zelensky"), List.copyOf(series.getYData()));
    assertEquals(List.of("Kyiv Ledger", "Meridian Wire", "RT"), List.copyOf(series.getXData()));
    List<String> cells = new ArrayList<>();
    for (Number[] cell : series.getHeatData()) {
      cells.add(Arrays.toString(cell));
    }
    // x = outlet, y = entity row from the bottom (Putin 0, Zelensky 1), value = mean.
    assertEquals(
        List.of("[0, 1, 0.3]", "[1, 0, -0.2]", "[1, 1, 0.1]", "[2, 0, 0.4]", "[2, 1, -0.5]"),
        cells);
    assertEquals(-0.5, chart.getStyler().getMin(), 1e-9, "symmetric about 0");
    assertEquals(0.5, chart.getStyler().getMax(), 1e-9);
  }

  @Test
  void roundsTheColourRangeUpToATenthAndNeverBelowOne() {
    assertEquals(0.1, EntityToneHeatmap.colourRange(0.0), 1e-9);
    assertEquals(0.5, EntityToneHeatmap.colourRange(0.42), 1e-9);
    assertEquals(0.4, EntityToneHeatmap.colourRange(0.4), 1e-9);
  }

  @Test
  void drawsTheAuthorsVoiceOnlyFromASectionTable() {
    ReportTable table =
        ReportTable.of(
            List.of("entity", "source", "voice", "mean", "mentions", "story_mentions"),
            List.of(
                List.of("Vladimir Putin", "RT", "author", 0.4, 6L, 20L),
                List.of("Vladimir Putin", "RT", "quoted", -0.9, 2L, 20L)));
    List<Cell> cells = EntityToneHeatmap.cells(table);
    assertEquals(List.of(new Cell("Vladimir Putin", "RT", 0.4, 6, 20)), cells);
  }

  @Test
  void refusesAStoryWithoutEntities() {
    assertThrows(IllegalArgumentException.class, () -> EntityToneHeatmap.build("s", List.of()));
    assertTrue(
        EntityToneHeatmap.forSection(
                "s",
                ReportTable.of(
                    List.of("entity", "source", "voice", "mean", "mentions", "story_mentions"),
                    List.of()))
            .isEmpty());
  }
}
