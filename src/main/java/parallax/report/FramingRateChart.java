package parallax.report;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * Framing terms per 1,000 words by lexicon category and outlet, for one story: grouped bars, one
 * group per category, one bar (series) per outlet. Only the {@link #MAX_CATEGORIES} categories
 * whose rates differ most between the outlets are drawn, and at most {@link #MAX_SOURCES} outlets
 * (those with the most words), so the chart stays readable; {@code framing.csv} holds everything.
 * Built from data alone, so tests check the series, not pixels.
 */
public final class FramingRateChart {

  /** Categories drawn at most. */
  public static final int MAX_CATEGORIES = 8;

  /** Outlets drawn at most: one distinct colour each. */
  public static final int MAX_SOURCES = ChartStyle.SERIES.length;

  /**
   * One outlet's framing hits in one story, over all its versions.
   *
   * @param words words in the outlet's versions of the story
   * @param hitsByCategory hits per lexicon category ({@code family/subcategory})
   */
  public record SourceHits(String source, long words, Map<String, Long> hitsByCategory) {
    public SourceHits {
      hitsByCategory = Map.copyOf(hitsByCategory);
    }

    /** Hits of {@code category} per 1,000 words; 0 without words. */
    public double rate(String category) {
      return words == 0 ? 0.0 : hitsByCategory.getOrDefault(category, 0L) * 1000.0 / words;
    }
  }

  private FramingRateChart() {}

  /**
   * The chart for {@code story}.
   *
   * @throws IllegalArgumentException when no outlet has a hit (there is nothing to draw)
   */
  public static CategoryChart build(String story, List<SourceHits> sources) {
    List<SourceHits> drawn = drawnSources(sources);
    List<String> categories = categories(drawn);
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("no framing hits to draw for story " + story);
    }
    String outlets =
        drawn.size() < sources.size()
            ? " (" + drawn.size() + " of " + sources.size() + " outlets)"
            : "";
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(ChartStyle.WIDTH)
            .height(ChartStyle.HEIGHT)
            .title(ChartLabels.title("Framing terms by outlet", story) + outlets)
            .xAxisTitle("Lexicon category (the " + categories.size() + " differing most)")
            .yAxisTitle("Hits per 1,000 words")
            .build();
    ChartStyle.apply(chart.getStyler());
    List<String> labels = categories.stream().map(FramingRateChart::categoryLabel).toList();
    chart.getStyler().setXAxisLabelRotation(crowded(labels) ? 30 : 0);
    chart.getStyler().setYAxisDecimalPattern("#0.#");
    chart.getStyler().setOverlapped(false);
    Set<String> names = new HashSet<>();
    for (SourceHits source : drawn) {
      List<Double> rates = categories.stream().map(source::rate).toList();
      chart.addSeries(seriesName(source.source(), names), labels, rates);
    }
    return chart;
  }

  /**
   * The categories drawn: the {@link #MAX_CATEGORIES} whose rate varies most between the outlets
   * (highest minus lowest rate, an outlet without hits counting 0), then by highest rate, then by
   * name; none when no outlet has a hit.
   */
  public static List<String> categories(List<SourceHits> sources) {
    Set<String> all = new TreeSet<>();
    sources.forEach(source -> all.addAll(source.hitsByCategory().keySet()));
    Comparator<String> bySpread =
        Comparator.comparingDouble((String c) -> spread(c, sources))
            .reversed()
            .thenComparing(Comparator.comparingDouble((String c) -> highest(c, sources)).reversed())
            .thenComparing(Comparator.naturalOrder());
    return all.stream().sorted(bySpread).limit(MAX_CATEGORIES).toList();
  }

  /** The outlets drawn, in the order given: the {@link #MAX_SOURCES} with the most words. */
  public static List<SourceHits> drawnSources(List<SourceHits> sources) {
    if (sources.size() <= MAX_SOURCES) {
      return List.copyOf(sources);
    }
    Set<SourceHits> largest =
        new HashSet<>(
            sources.stream()
                .sorted(
                    Comparator.comparingLong(SourceHits::words)
                        .reversed()
                        .thenComparing(SourceHits::source))
                .limit(MAX_SOURCES)
                .toList());
    return sources.stream().filter(largest::contains).toList();
  }

  private static double spread(String category, List<SourceHits> sources) {
    return highest(category, sources)
        - sources.stream().mapToDouble(s -> s.rate(category)).min().orElse(0);
  }

  private static double highest(String category, List<SourceHits> sources) {
    return sources.stream().mapToDouble(s -> s.rate(category)).max().orElse(0);
  }

  /** The category as framing.csv names it, shortened. */
  private static String categoryLabel(String category) {
    return ChartLabels.shorten(category, ChartLabels.MAX_LABEL);
  }

  private static String seriesName(String source, Set<String> taken) {
    String name = ChartLabels.shorten(source, ChartLabels.MAX_LABEL);
    String unique = name;
    for (int n = 2; !taken.add(unique); n++) {
      unique = name + " (" + n + ")";
    }
    return unique;
  }

  private static boolean crowded(List<String> labels) {
    // About 7 px per character at the 12 pt tick font, 10 px between labels; the plot is the
    // chart less the y axis, the legend and padding.
    int longest = labels.stream().mapToInt(String::length).max().orElse(0);
    return labels.size() * (longest * 7 + 10) > ChartStyle.WIDTH - 350;
  }
}
