package parallax.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import parallax.report.FramingRateChart.SourceHits;

class FramingRateChartTest {

  static final List<SourceHits> STORY =
      List.of(
          new SourceHits(
              "TROIB News",
              500,
              Map.of(
                  "attribution_verb/loaded", 13L, "place_name/russian", 3L, "epistemic/hedge", 1L)),
          new SourceHits(
              "Meridian Wire",
              1000,
              Map.of(
                  "attribution_verb/loaded",
                  6L,
                  "place_name/ukrainian",
                  6L,
                  "epistemic/hedge",
                  2L)));

  @Test
  void drawsOneSeriesPerOutletWithItsHitsPerThousandWordsPerCategory() {
    // Spreads: loaded 26 - 6 = 20; russian and ukrainian 6 each (then by name); hedge 0.
    CategoryChart chart = FramingRateChart.build("trump-putin-call", STORY);
    CategorySeries troib = chart.getSeries("TROIB News");
    assertEquals(
        List.of(
            "attribution_verb/loaded",
            "place_name/russian",
            "place_name/ukrainian",
            "epistemic/hedge"),
        List.copyOf(troib.getXData()));
    assertArrayEquals(new double[] {26, 6, 0, 2}, troib.getYData(), 1e-9);
    assertArrayEquals(new double[] {6, 0, 6, 2}, chart.getSeries("Meridian Wire").getYData(), 1e-9);
    assertEquals("Hits per 1,000 words", chart.getYAxisTitle());
    assertEquals("Framing terms by outlet: trump-putin-call", chart.getTitle());
  }

  @Test
  void keepsTheCategoriesWhoseRatesDifferMostBetweenOutlets() {
    Map<String, Long> many = new HashMap<>();
    for (int i = 0; i < 12; i++) {
      many.put("family/c" + (char) ('a' + i), (long) i);
    }
    List<String> categories =
        FramingRateChart.categories(
            List.of(new SourceHits("A", 1000, many), new SourceHits("B", 1000, Map.of())));
    assertEquals(FramingRateChart.MAX_CATEGORIES, categories.size());
    assertEquals("family/cl", categories.get(0), "11 hits against none: the widest spread");
    assertEquals("family/ce", categories.get(7));
  }

  @Test
  void drawsTheOutletsWithMostWordsWhenThereAreMoreThanColours() {
    List<SourceHits> outlets = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      outlets.add(new SourceHits("Outlet " + i, 100 + i, Map.of("loaded_language/x", 1L)));
    }
    CategoryChart chart = FramingRateChart.build("s", outlets);
    List<String> names = seriesNames(chart);
    assertEquals(FramingRateChart.MAX_SOURCES, names.size());
    assertTrue(names.contains("Outlet 9"));
    assertFalse(names.contains("Outlet 0"), "fewest words");
    assertTrue(chart.getTitle().endsWith("(8 of 10 outlets)"), chart.getTitle());
  }

  @Test
  void shortensLongOutletNamesAndKeepsThemDistinct() {
    String longName = "The Extraordinarily Long-Named Evening Gazette";
    CategoryChart chart =
        FramingRateChart.build(
            "s",
            List.of(
                new SourceHits(longName + " A", 100, Map.of("x/y", 1L)),
                new SourceHits(longName + " B", 100, Map.of("x/y", 2L))));
    List<String> names = seriesNames(chart);
    assertEquals(2, names.size());
    assertTrue(names.get(0).length() <= ChartStyle.MAX_LABEL, names.get(0));
    assertTrue(names.get(1).endsWith("(2)"), names.toString());
  }

  private static List<String> seriesNames(CategoryChart chart) {
    return chart.getSeriesCollection().stream().map(CategorySeries::getName).toList();
  }

  @Test
  void drawsFromTheStorySectionsTable() {
    ReportTable table =
        ReportTable.of(
            List.of("source", "category", "hits", "words", "per_1k_words"),
            List.of(
                List.of("RT", "place_name/russian", 8L, 500L, 16.0),
                List.of("RT", "attribution_verb/loaded", 5L, 500L, 10.0),
                List.of("The Kyiv Ledger", "place_name/ukrainian", 10L, 250L, 40.0)));
    List<SectionCharts.NamedChart> charts = FramingRateChart.forSection("s", table);
    assertEquals(1, charts.size());
    assertEquals(FramingRateChart.NAME, charts.get(0).name());
    CategoryChart chart = (CategoryChart) charts.get(0).chart();
    assertEquals(
        List.of("place_name/ukrainian", "place_name/russian", "attribution_verb/loaded"),
        List.copyOf(chart.getSeries("RT").getXData()));
    assertArrayEquals(new double[] {0, 16, 10}, chart.getSeries("RT").getYData(), 1e-9);
    assertArrayEquals(new double[] {40, 0, 0}, chart.getSeries("The Kyiv Ledger").getYData(), 1e-9);
  }

  @Test
  void refusesAStoryWithoutHits() {
    assertThrows(
        IllegalArgumentException.class,
        () -> FramingRateChart.build("s", List.of(new SourceHits("A", 100, Map.of()))));
  }
}
