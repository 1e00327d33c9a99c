package parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import parallax.report.VariantMatrix.Use;

class VariantMatrixChartTest {

  @Test
  void drawsTheMatrixOfTheStorysNameUses() {
    VariantMatrixChart chart = VariantMatrixChart.build("trump-putin-call", VariantMatrixTest.USES);
    assertEquals(VariantMatrix.of(VariantMatrixTest.USES).cells(), chart.matrix().cells());
    assertEquals("Names used by each outlet: trump-putin-call", chart.getTitle());
  }

  @Test
  void saysInTheTitleWhenReferentsWereLeftOut() {
    List<Use> many =
        IntStream.range(0, VariantMatrix.MAX_REFERENTS + 5)
            .mapToObj(i -> new Use("place " + i, "A", "p" + i, null, 1))
            .toList();
    VariantMatrixChart chart = VariantMatrixChart.build("s", many);
    assertTrue(chart.getTitle().endsWith("(20 of 25 referents)"), chart.getTitle());
  }

  @Test
  void growsWiderWithManyOutletsAndTallerWithManyReferents() {
    VariantMatrixChart small = VariantMatrixChart.build("s", VariantMatrixTest.USES);
    assertEquals(ChartStyle.WIDTH, small.getWidth());
    List<Use> wide =
        IntStream.range(0, VariantMatrix.MAX_SOURCES)
            .mapToObj(i -> new Use("Kyiv", "Outlet " + i, "Kyiv", "ukrainian", 1))
            .toList();
    assertTrue(VariantMatrixChart.build("s", wide).getWidth() > ChartStyle.WIDTH);
  }

  @Test
  void listsOneVariantPerLineAndCountsTheRest() {
    assertEquals(List.of("a", "b"), VariantMatrixChart.cellLines(List.of("a", "b")));
    assertEquals(List.of("a", "+2 more"), VariantMatrixChart.cellLines(List.of("a", "b", "c")));
  }

  @Test
  void savesPngAndSvgWithTheVariantNames() throws IOException {
    Map<String, ByteArrayOutputStream> files = new HashMap<>();
    ChartFiles.save(
        VariantMatrixChart.build("s", VariantMatrixTest.USES),
        "variants-s",
        path -> files.computeIfAbsent(path, p -> new ByteArrayOutputStream()));
    byte[] png = files.get("charts/variants-s.png").toByteArray();
    assertEquals((byte) 0x89, png[0]);
    String svg = files.get("charts/variants-s.svg").toString(StandardCharsets.UTF_8);
    assertTrue(svg.contains("<svg"), svg.substring(0, 200));
  }

  @Test
  void drawsFromTheStorySectionsTable() {
    List<String> columns =
        List.of("referent", "source", "variant", "variant_group", "count", "diverges");
    ReportTable table =
        ReportTable.of(
            columns,
            List.of(
                List.of("Kyiv", "RT", "Kiev", "russian", 4L, true),
                java.util.Arrays.asList("Kyiv", "Wire", "Kyiv", null, 3L, true)));
    List<SectionCharts.NamedChart> charts = VariantMatrixChart.forSection("s", table);
    assertEquals(VariantMatrixChart.NAME, charts.get(0).name());
    VariantMatrix matrix = ((VariantMatrixChart) charts.get(0).chart()).matrix();
    assertEquals(List.of("Kiev"), matrix.cell("Kyiv", "RT").variants());
    assertEquals(null, matrix.cell("Kyiv", "Wire").group());
    assertTrue(matrix.diverges("Kyiv"));
    assertTrue(VariantMatrixChart.forSection("s", ReportTable.of(columns, List.of())).isEmpty());
  }

  @Test
  void refusesAStoryWithoutNames() {
    assertThrows(IllegalArgumentException.class, () -> VariantMatrixChart.build("s", List.of()));
  }
}
