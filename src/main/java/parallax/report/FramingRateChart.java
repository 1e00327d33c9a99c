package parallax.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.knowm.xchart.CategoryChart;

/**
 * Framing terms per 1,000 words by lexicon category and outlet, for one story: grouped bars, one
 * group per category, one bar (series) per outlet. Only the {@link #MAX_CATEGORIES} categories
 * whose rates differ most between the outlets are drawn, and at most {@link #MAX_SOURCES} outlets
 * (those with the most words), so the chart stays readable; {@code framing.csv} holds everything.
 * Built from data alone, so tests check the series, not pixels.
 */
public final class FramingRateChart {

  /** The base of the chart's file name: {@code charts/framing-<story>.svg}. */
  public static final String NAME = "framing";

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
        ChartStyle.categoryChart(
            ChartStyle.title("Framing terms by outlet", story) + outlets,
            "Lexicon category (the " + categories.size() + " differing most)",
            "Hits per 1,000 words");
    List<String> labels = categories.stream().map(ChartStyle::label).toList();
    ChartStyle.rotateCrowdedLabels(chart.getStyler(), labels);
    chart.getStyler().setYAxisDecimalPattern("#0.#");
    Set<String> names = new HashSet<>();
    for (SourceHits source : drawn) {
      List<Double> rates = categories.stream().map(source::rate).toList();
      chart.addSeries(ChartStyle.uniqueLabel(source.source(), names), labels, rates);
    }
    return chart;
  }

  /**
   * The outlets of a section table with columns {@code source}, {@code category}, {@code hits} and
   * {@code words} (the outlet's words in the story), outlets in table order.
   */
  public static List<SourceHits> sources(ReportTable table) {
    List<String> sources = table.strings("source");
    List<String> categories = table.strings("category");
    List<Long> hits = table.longs("hits");
    List<Long> words = table.longs("words");
    Map<String, Long> wordsBySource = new LinkedHashMap<>();
    Map<String, Map<String, Long>> hitsBySource = new LinkedHashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      wordsBySource.put(sources.get(i), words.get(i));
      hitsBySource
          .computeIfAbsent(sources.get(i), s -> new LinkedHashMap<>())
          .merge(categories.get(i), hits.get(i), Long::sum);
    }
    List<SourceHits> result = new ArrayList<>();
    hitsBySource.forEach(
        (source, byCategory) ->
            result.add(new SourceHits(source, wordsBySource.get(source), byCategory)));
    return result;
  }

  /** The story section's charts: this one, when the story has framing hits. */
  public static List<SectionCharts.NamedChart> forSection(String story, ReportTable table) {
    List<SourceHits> sources = sources(table);
    if (categories(drawnSources(sources)).isEmpty()) {
      return List.of();
    }
    return List.of(new SectionCharts.NamedChart(NAME, build(story, sources)));
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
}
