package parallax.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapSeries;

class SimilarityHeatmapTest {

  static final List<SimilarityHeatmap.Pair> PAIRS =
      List.of(
          new SimilarityHeatmap.Pair("RT (rt)", "TROIB (troib)", 0.25, 0.5),
          new SimilarityHeatmap.Pair("RT (rt)", "Wire (wire)", 0.0, 0.125),
          new SimilarityHeatmap.Pair("TROIB (troib)", "Wire (wire)", 0.0, 0.0));

  @Test
  void putsTheShareOfEachVersionFoundInEachOtherInItsCellWithOnesOnTheDiagonal() {
    SimilarityHeatmap.Matrix matrix = SimilarityHeatmap.matrix(PAIRS);
    assertEquals(List.of("RT (rt)", "TROIB (troib)", "Wire (wire)"), matrix.versions());
    assertArrayEquals(new double[] {1.0, 0.25, 0.0}, matrix.cells()[0]);
    assertArrayEquals(new double[] {0.5, 1.0, 0.0}, matrix.cells()[1]);
    assertArrayEquals(new double[] {0.125, 0.0, 1.0}, matrix.cells()[2]);
    assertEquals(0.5, matrix.cell("TROIB (troib)", "RT (rt)"));
  }

  @Test
  void drawsOneCellPerOrderedPairOfVersions() {
    HeatMapChart chart = SimilarityHeatmap.build("trump-putin-call", PAIRS);
    HeatMapSeries series = chart.getHeatMapSeries();
    assertEquals(List.of("RT (rt)", "TROIB (troib)", "Wire (wire)"), series.getXData());
    assertEquals(series.getXData(), series.getYData());
    List<List<Number>> cells = new ArrayList<>();
    for (Number[] cell : series.getHeatData()) {
      cells.add(Arrays.asList(cell));
    }
    assertEquals(9, cells.size());
    assertTrue(cells.contains(List.of(1, 0, 0.5)), cells.toString());
    assertTrue(cells.contains(List.of(0, 1, 0.25)), cells.toString());
    assertTrue(cells.contains(List.of(2, 2, 1.0)), cells.toString());
    assertEquals("Share of version A found in version B: trump-putin-call", chart.getTitle());
  }

  @Test
  void readsThePairsOfASimilarityTable() {
    ReportTable table =
        ReportTable.of(
            List.of(
                "article_a",
                "source_a",
                "article_b",
                "source_b",
                "containment_a_in_b",
                "containment_b_in_a"),
            List.of(List.of("rt", "RT", "troib", "TROIB", 0.25, 0.5)));
    assertEquals(
        List.of(new SimilarityHeatmap.Pair("RT (rt)", "TROIB (troib)", 0.25, 0.5)),
        SimilarityHeatmap.pairs(table));
    assertEquals("similarity", SimilarityHeatmap.forSection("s", table).get(0).name());
  }

  @Test
  void drawsNothingForAStoryOfOneVersion() throws IOException {
    ReportTable empty =
        ReportTable.of(
            List.of(
                "article_a",
                "source_a",
                "article_b",
                "source_b",
                "containment_a_in_b",
                "containment_b_in_a"),
            List.of());
    assertEquals(List.of(), SimilarityHeatmap.forSection("s", empty));
    assertThrows(IllegalArgumentException.class, () -> SimilarityHeatmap.build("s", List.of()));
  }

  @Test
  void writesAsSvg() throws IOException {
    assertTrue(ChartFiles.svg(SimilarityHeatmap.build("s", PAIRS)).contains("<svg"));
  }
}
