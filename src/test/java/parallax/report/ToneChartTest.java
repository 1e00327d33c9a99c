package parallax.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import parallax.report.ToneChart.Outlet;

class ToneChartTest {

  private static final double NaN = Double.NaN;

  static final Outlet RT = new Outlet("RT", 20, -0.30, -0.45, -0.10, 4, 0.20, 0.05, 0.30);
  static final Outlet WIRE = new Outlet("Meridian Wire", 18, 0.05, -0.05, 0.10, 0, NaN, NaN, NaN);

  @Test
  void drawsEachOutletsAuthorToneWithAWhiskerCoveringItsInterval() {
    CategoryChart chart = ToneChart.build("trump-putin-call", List.of(RT, WIRE));
    CategorySeries author = chart.getSeries(ToneChart.AUTHOR);
    assertEquals(List.of("RT", "Meridian Wire"), List.copyOf(author.getXData()));
    assertArrayEquals(new double[] {-0.30, 0.05}, author.getYData(), 1e-9);
    // RT: the interval reaches 0.20 above and 0.15 below the mean: the whisker covers both.
    assertArrayEquals(new double[] {0.20, 0.10}, author.getExtraValues(), 1e-9);
  }

  @Test
  void drawsQuotedSpeechApartAndLeavesOutletsWithoutQuotesBlank() {
    CategoryChart chart = ToneChart.build("trump-putin-call", List.of(RT, WIRE));
    CategorySeries quoted = chart.getSeries(ToneChart.QUOTED);
    double[] means = quoted.getYData();
    assertEquals(0.20, means[0], 1e-9);
    assertTrue(Double.isNaN(means[1]), Arrays.toString(means));
    assertEquals(0.15, quoted.getExtraValues()[0], 1e-9);
  }

  @Test
  void drawsNoQuotedSeriesWhenNoOutletQuotesAnyone() {
    CategoryChart chart = ToneChart.build("river-flood", List.of(WIRE));
    assertNull(chart.getSeries(ToneChart.QUOTED));
    assertArrayEquals(new double[] {0.05}, chart.getSeries(ToneChart.AUTHOR).getYData(), 1e-9);
  }

  @Test
  void keepsTheOutletsWithTheMostSentencesInTheirOrder() {
    List<Outlet> outlets = new ArrayList<>();
    for (int i = 0; i < ToneChart.MAX_SOURCES + 3; i++) {
      outlets.add(new Outlet("outlet " + i, i, 0, 0, 0, 0, NaN, NaN, NaN));
    }
    List<Outlet> drawn = ToneChart.drawn(outlets);
    assertEquals(ToneChart.MAX_SOURCES, drawn.size());
    assertEquals("outlet 3", drawn.get(0).source(), "outlets 0-2 have the fewest sentences");
    assertEquals("outlet 14", drawn.get(drawn.size() - 1).source());
  }

  @Test
  void readsTheOutletsOfASectionTableWithBlankTonesAsNaN() {
    ReportTable table =
        ReportTable.of(
            List.of(
                "source",
                "author_sentences",
                "author_tone",
                "author_tone_ci_low",
                "author_tone_ci_high",
                "quoted_sentences",
                "quoted_tone",
                "quoted_tone_ci_low",
                "quoted_tone_ci_high"),
            List.of(Arrays.asList("Meridian Wire", 18L, 0.05, -0.05, 0.10, 0L, null, null, null)));
    Outlet outlet = ToneChart.outlets(table).get(0);
    assertEquals("Meridian Wire", outlet.source());
    assertEquals(18, outlet.authorSentences());
    assertTrue(Double.isNaN(outlet.quotedTone()));
    assertEquals(1, ToneChart.forSection("river-flood", table).size());
  }

  @Test
  void refusesAStoryWithoutAScoredSentence() {
    Outlet empty = new Outlet("Empty", 0, NaN, NaN, NaN, 0, NaN, NaN, NaN);
    assertThrows(IllegalArgumentException.class, () -> ToneChart.build("s", List.of(empty)));
  }
}
