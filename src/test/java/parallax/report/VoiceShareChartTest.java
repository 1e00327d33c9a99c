package parallax.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import parallax.report.VoiceShareChart.Voice;

class VoiceShareChartTest {

  static final List<Voice> STORY =
      List.of(
          new Voice("TROIB News", "s/troib", "Donald Trump", 60),
          new Voice("TROIB News", "s/troib", "Vladimir Putin", 30),
          new Voice("TROIB News", "s/troib", null, 10),
          new Voice("The Kyiv Ledger", "s/ledger", "Volodymyr Zelensky", 50),
          new Voice("The Kyiv Ledger", "s/ledger", "Donald Trump", 50));

  @Test
  void stacksEachSpeakersShareOfTheVersionsQuotedWords() {
    CategoryChart chart = VoiceShareChart.build("trump-putin-call", STORY);
    assertTrue(chart.getStyler().isStacked());
    CategorySeries trump = chart.getSeries("Donald Trump");
    assertEquals(List.of("TROIB News", "The Kyiv Ledger"), List.copyOf(trump.getXData()));
    assertArrayEquals(new double[] {60, 50}, trump.getYData(), 1e-9);
    assertArrayEquals(new double[] {0, 50}, chart.getSeries("Volodymyr Zelensky").getYData(), 1e-9);
    assertArrayEquals(new double[] {30, 0}, chart.getSeries("Vladimir Putin").getYData(), 1e-9);
    assertArrayEquals(
        new double[] {10, 0},
        chart.getSeries(VoiceShareChart.UNATTRIBUTED).getYData(),
        1e-9,
        "quotes without a known speaker");
    assertEquals(
        List.of("Donald Trump", "Volodymyr Zelensky", "Vladimir Putin", "(unattributed)"),
        seriesNames(chart),
        "most quoted words first; no empty 'other speakers' segment");
    assertEquals("Share of quoted words (%)", chart.getYAxisTitle());
    assertEquals("Share of voice: trump-putin-call", chart.getTitle());
  }

  @Test
  void groupsSpeakersBeyondTheMostQuotedAsOtherSpeakers() {
    List<Voice> voices = new ArrayList<>();
    for (int i = 0; i < VoiceShareChart.MAX_SPEAKERS + 2; i++) {
      voices.add(new Voice("RT", "s/rt", "Speaker " + i, 10 + i));
    }
    CategoryChart chart = VoiceShareChart.build("s", voices);
    List<String> names = seriesNames(chart);
    assertEquals(VoiceShareChart.MAX_SPEAKERS + 1, names.size());
    assertEquals("Speaker 7", names.get(0));
    assertEquals(VoiceShareChart.OTHERS, names.get(names.size() - 1));
    double total = 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17;
    assertArrayEquals(
        new double[] {100 * (10 + 11) / total},
        chart.getSeries(VoiceShareChart.OTHERS).getYData(),
        1e-9);
    double sum = chart.getSeriesCollection().stream().mapToDouble(s -> s.getYData()[0]).sum();
    assertEquals(100, sum, 1e-9, "a version's bar sums to 100%");
  }

  @Test
  void readsSevenVersionsWithLongNamesAsDistinctShortLabels() {
    List<Voice> voices = new ArrayList<>();
    String longOutlet = "The Extraordinarily Long Name of a Regional Broadcasting Corporation";
    String longSpeaker = "Deputy Assistant Under-Secretary for Extremely Long Titles";
    for (int i = 0; i < 7; i++) {
      voices.add(new Voice(i < 2 ? longOutlet : "Outlet " + i, "s/" + i, longSpeaker + " A", 5));
      voices.add(new Voice(i < 2 ? longOutlet : "Outlet " + i, "s/" + i, longSpeaker + " B", 5));
    }
    CategoryChart chart = VoiceShareChart.build("s", voices);
    List<?> labels = List.copyOf(chart.getSeriesCollection().iterator().next().getXData());
    assertEquals(7, labels.size());
    assertEquals(7, labels.stream().distinct().count(), labels.toString());
    assertTrue(labels.stream().allMatch(l -> l.toString().length() <= ChartStyle.MAX_LABEL + 4));
    assertEquals(30, chart.getStyler().getXAxisLabelRotation(), "crowded labels are tilted");
    List<String> names = seriesNames(chart);
    assertEquals(2, names.size());
    assertTrue(names.get(1).endsWith("(2)"), names.toString());
  }

  @Test
  void drawsFromTheStorySectionsTableAndNothingWithoutQuotes() {
    ReportTable table =
        ReportTable.of(
            List.of("source", "article_id", "speaker", "direct_quotes", "words", "share"),
            List.of(
                Arrays.asList("RT", "s/rt", "Vladimir Putin", 2L, 30L, 0.75),
                Arrays.asList("RT", "s/rt", "(unattributed)", 0L, 10L, 0.25)));
    List<SectionCharts.NamedChart> charts = VoiceShareChart.forSection("s", table);
    assertEquals(VoiceShareChart.NAME, charts.get(0).name());
    CategoryChart chart = (CategoryChart) charts.get(0).chart();
    assertArrayEquals(new double[] {75}, chart.getSeries("Vladimir Putin").getYData(), 1e-9);
    assertArrayEquals(
        new double[] {25}, chart.getSeries(VoiceShareChart.UNATTRIBUTED).getYData(), 1e-9);

    ReportTable silent =
        ReportTable.of(
            List.of("source", "article_id", "speaker", "words"),
            List.of(Arrays.asList("RT", "s/rt", "(unattributed)", 0L)));
    assertEquals(List.of(), VoiceShareChart.forSection("s", silent));
    assertThrows(
        IllegalArgumentException.class,
        () -> VoiceShareChart.build("s", VoiceShareChart.voices(silent)));
  }

  private static List<String> seriesNames(CategoryChart chart) {
    return chart.getSeriesCollection().stream().map(CategorySeries::getName).toList();
  }
}
