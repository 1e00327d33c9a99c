package parallax.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The tone of each outlet's versions of one story, with 95% confidence intervals: one point per
 * outlet for the mean sentence score of the author's own words and one for quoted speech, with
 * error bars. XChart draws error bars symmetric about the point, so each whisker reaches the
 * farther end of the (possibly asymmetric) bootstrap interval on both sides: the bar covers the
 * interval, and the exact bounds are in the table beside the chart. At most {@link #MAX_SOURCES}
 * outlets (those with the most sentences) are drawn. Built from data alone, so tests check the
 * series, not pixels.
 */
public final class ToneChart {

  /** The base of the chart's file name: {@code charts/tone-<story>.svg}. */
  public static final String NAME = "tone";

  /** Outlets drawn at most. */
  public static final int MAX_SOURCES = 12;

  /** The series of the author's own words. */
  public static final String AUTHOR = "Author's own words";

  /** The series of quoted speech. */
  public static final String QUOTED = "Quoted speech";

  /**
   * One outlet's tone in one story: a mean with its interval per voice, NaN where the outlet has no
   * sentence of that voice.
   */
  public record Outlet(
      String source,
      long authorSentences,
      double authorTone,
      double authorLow,
      double authorHigh,
      long quotedSentences,
      double quotedTone,
      double quotedLow,
      double quotedHigh) {}

  private ToneChart() {}

  /**
   * The chart for {@code story}; outlets in the order given.
   *
   * @throws IllegalArgumentException when no outlet has a scored sentence
   */
  public static CategoryChart build(String story, List<Outlet> outlets) {
    List<Outlet> drawn = drawn(outlets);
    if (drawn.isEmpty()) {
      throw new IllegalArgumentException("no scored sentences to draw for story " + story);
    }
    String shown =
        drawn.size() < outlets.size()
            ? " (" + drawn.size() + " of " + outlets.size() + " outlets)"
            : "";
    CategoryChart chart =
        ChartStyle.categoryChart(
            ChartStyle.title("Tone by outlet, 95% intervals", story) + shown,
            "Outlet",
            "Tone (mean sentence score, -1 to 1)");
    chart.getStyler().setErrorBarsColorSeriesColor(true);
    chart.getStyler().setYAxisDecimalPattern("0.00");
    List<String> labels = labels(drawn);
    ChartStyle.rotateCrowdedLabels(chart.getStyler(), labels);
    addSeries(chart, AUTHOR, labels, drawn, true, ChartStyle.SERIES[0]);
    if (drawn.stream().anyMatch(o -> o.quotedSentences() > 0)) {
      addSeries(chart, QUOTED, labels, drawn, false, ChartStyle.SERIES[1]);
    }
    return chart;
  }

  /**
   * The outlets of a section table with columns {@code source}, {@code author_sentences}, {@code
   * author_tone}, {@code author_tone_ci_low}, {@code author_tone_ci_high} and the same for {@code
   * quoted_}, in table order.
   */
  public static List<Outlet> outlets(ReportTable table) {
    List<String> sources = table.strings("source");
    List<Long> authorSentences = table.longs("author_sentences");
    List<Double> authorTone = table.doubles("author_tone");
    List<Double> authorLow = table.doubles("author_tone_ci_low");
    List<Double> authorHigh = table.doubles("author_tone_ci_high");
    List<Long> quotedSentences = table.longs("quoted_sentences");
    List<Double> quotedTone = table.doubles("quoted_tone");
    List<Double> quotedLow = table.doubles("quoted_tone_ci_low");
    List<Double> quotedHigh = table.doubles("quoted_tone_ci_high");
    List<Outlet> outlets = new ArrayList<>(sources.size());
    for (int i = 0; i < sources.size(); i++) {
      outlets.add(
          new Outlet(
              sources.get(i),
              authorSentences.get(i),
              authorTone.get(i),
              authorLow.get(i),
              authorHigh.get(i),
              quotedSentences.get(i),
              quotedTone.get(i),
              quotedLow.get(i),
              quotedHigh.get(i)));
    }
    return outlets;
  }

  /** The story section's charts: this one, when an outlet has a scored sentence. */
  public static List<SectionCharts.NamedChart> forSection(String story, ReportTable table) {
    List<Outlet> outlets = outlets(table);
    return drawn(outlets).isEmpty()
        ? List.of()
        : List.of(new SectionCharts.NamedChart(NAME, build(story, outlets)));
  }

  /**
   * The outlets drawn, in the order given: those with a scored sentence, at most {@link
   * #MAX_SOURCES} of them (the most sentences).
   */
  public static List<Outlet> drawn(List<Outlet> outlets) {
    List<Outlet> scored =
        outlets.stream().filter(o -> o.authorSentences() + o.quotedSentences() > 0).toList();
    if (scored.size() <= MAX_SOURCES) {
      return scored;
    }
    Set<Outlet> largest =
        new HashSet<>(
            scored.stream()
                .sorted(
                    Comparator.comparingLong(
                            (Outlet o) -> o.authorSentences() + o.quotedSentences())
                        .reversed()
                        .thenComparing(Outlet::source))
                .limit(MAX_SOURCES)
                .toList());
    return scored.stream().filter(largest::contains).toList();
  }

  /**
   * The half-length of a symmetric error bar around {@code mean} that covers {@code [low, high]}.
   */
  public static double whisker(double mean, double low, double high) {
    return Math.max(mean - low, high - mean);
  }

  private static void addSeries(
      CategoryChart chart,
      String name,
      List<String> labels,
      List<Outlet> outlets,
      boolean author,
      Color colour) {
    List<Double> means = new ArrayList<>(outlets.size());
    List<Double> whiskers = new ArrayList<>(outlets.size());
    for (Outlet o : outlets) {
      double mean = author ? o.authorTone() : o.quotedTone();
      double low = author ? o.authorLow() : o.quotedLow();
      double high = author ? o.authorHigh() : o.quotedHigh();
      boolean present = (author ? o.authorSentences() : o.quotedSentences()) > 0;
      means.add(present && Double.isFinite(mean) ? mean : null);
      whiskers.add(present && Double.isFinite(mean) ? whisker(mean, low, high) : null);
    }
    CategorySeries series = chart.addSeries(name, labels, means, whiskers);
    series.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Scatter);
    series.setMarker(author ? SeriesMarkers.CIRCLE : SeriesMarkers.DIAMOND);
    series.setMarkerColor(colour);
    series.setLineColor(colour);
  }

  private static List<String> labels(List<Outlet> outlets) {
    return ChartStyle.uniqueLabels(outlets.stream().map(Outlet::source).toList());
  }
}
