package parallax.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

class VersionLengthChartTest {

  private static final List<VersionLengthChart.Version> VERSIONS =
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
    assertEquals("Length of each version: trump-putin-call", chart.getTitle());
  }

  @Test
  void savesPngAndSvg() throws IOException {
    Map<String, ByteArrayOutputStream> files = new HashMap<>();
    ChartFiles.save(
        VersionLengthChart.build("s", VERSIONS),
        "length-s",
        path -> files.computeIfAbsent(path, p -> new ByteArrayOutputStream()));
    byte[] png = files.get("charts/length-s.png").toByteArray();
    assertEquals((byte) 0x89, png[0]);
    assertEquals('P', png[1]);
    String svg = files.get("charts/length-s.svg").toString(StandardCharsets.UTF_8);
    assertEquals(true, svg.contains("<svg"), svg.substring(0, 200));
  }
}
