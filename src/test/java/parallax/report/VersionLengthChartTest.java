package parallax.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

class VersionLengthChartTest {

  static final List<VersionLengthChart.Version> VERSIONS =
      List.of(
          new VersionLengthChart.Version("RT", "s/rt", 634),
          new VersionLengthChart.Version("TROIB News", "s/troib", 476),
          new VersionLengthChart.Version("RT", "s/rt-2", 100));

  @Test
  void drawsOneBarPerVersionWithItsWordCount() {
    CategoryChart chart = VersionLengthChart.build("trump-putin-call", VERSIONS);
    CategorySeries series = chart.getSeries("words");
    assertEquals(List.of("RT", "TROIB News", "RT (s/rt-2)"), List.copyOf(series.getXData()));
    assertArrayEquals(new double[] {634, 476, 100}, series.getYData());
    assertEquals("Length (words)", chart.getYAxisTitle());
    assertEquals("Version (outlet)", chart.getXAxisTitle());
    assertEquals("Length of each version: trump-putin-call", chart.getTitle());
  }

  @Test
  void shortensLongOutletNamesAndStoryNamesAndTiltsCrowdedLabels() {
    String outlet = "The Extraordinarily Long Name of a Regional Broadcasting Corporation";
    String story = "a-story-id-that-goes-on-and-on-well-past-any-reasonable-title-length";
    CategoryChart chart =
        VersionLengthChart.build(
            story,
            List.of(
                new VersionLengthChart.Version(outlet, "a", 10),
                new VersionLengthChart.Version("RT", "b", 20),
                new VersionLengthChart.Version("Global Dispatch", "c", 30),
                new VersionLengthChart.Version("Meridian Wire", "d", 40),
                new VersionLengthChart.Version("NewsHub Daily", "e", 50)));
    List<?> labels = List.copyOf(chart.getSeries("words").getXData());
    assertEquals("The Extraordinarily Long Na…", labels.get(0));
    assertEquals(ChartStyle.MAX_LABEL, labels.get(0).toString().length());
    assertTrue(chart.getTitle().endsWith("…"), chart.getTitle());
    assertTrue(chart.getTitle().length() < 80, chart.getTitle());
    assertEquals(30, chart.getStyler().getXAxisLabelRotation());
    CategoryChart short2 = VersionLengthChart.build("s", VERSIONS.subList(0, 2));
    assertEquals(0, short2.getStyler().getXAxisLabelRotation());
  }

  @Test
  void readsItsVersionsFromTheSectionTable() {
    ReportTable table =
        ReportTable.of(
            List.of("source", "article_id", "published", "words"),
            List.of(
                Arrays.asList("RT", "s/rt", null, 634),
                Arrays.asList("TROIB News", "s/troib", "2024-11-08", 476)));
    assertEquals(VERSIONS.subList(0, 2), VersionLengthChart.versions(table));
    List<SectionCharts.NamedChart> charts = VersionLengthChart.forSection("s", table);
    assertEquals("length", charts.get(0).name());
  }

  @Test
  void savesPngAndACompactSvg() throws IOException {
    Map<String, ByteArrayOutputStream> files = new HashMap<>();
    ChartFiles.save(
        VersionLengthChart.build("s", VERSIONS),
        "length-s",
        path -> files.computeIfAbsent(path, p -> new ByteArrayOutputStream()));
    byte[] png = files.get("charts/length-s.png").toByteArray();
    assertEquals((byte) 0x89, png[0]);
    assertEquals('P', png[1]);
    String svg = files.get("charts/length-s.svg").toString(StandardCharsets.UTF_8);
    assertTrue(svg.contains("<svg"), svg.substring(0, 200));
    assertTrue(svg.length() < 120_000, "SVG of " + svg.length() + " characters");
  }
}
