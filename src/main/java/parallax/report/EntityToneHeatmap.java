package parallax.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * The tone toward each entity in each outlet's own words, for one story: a heat map with one row
 * per entity and one column per outlet, each cell the mean score of the sentences around the
 * outlet's mentions of the entity (orange negative, white neutral, blue positive; blank where the
 * outlet does not name it in its own words). So that it stays readable, only entities that at least
 * {@link #MIN_SOURCES} outlets name are drawn (all of them when only one outlet names any), at most
 * {@link #MAX_ENTITIES} (the most mentioned first), and at most {@link #MAX_SOURCES} outlets (those
 * naming most of the drawn entities); {@code entities.csv} holds every entity. Built from data
 * alone, so tests check {@link #matrix}, not pixels.
 */
public final class EntityToneHeatmap {

  /** The base of the chart's file name: {@code charts/entities-<story>.svg}. */
  public static final String NAME = "entities";

  /** Entities drawn at most. */
  public static final int MAX_ENTITIES = 15;

  /** Outlets drawn at most. */
  public static final int MAX_SOURCES = 12;

  /** Outlets that must name an entity for it to be drawn, when any entity has that many. */
  public static final int MIN_SOURCES = 2;

  /** The voice drawn: the outlet's own words, not the people it quotes. */
  public static final String VOICE = "author";

  /**
   * One outlet's tone toward one entity in its own words.
   *
   * @param storyMentions the entity's mentions in the whole story (for ranking entities)
   */
  public record Cell(
      String entity, String source, double mean, long mentions, long storyMentions) {}

  /**
   * What the chart shows: entities top to bottom, outlets left to right, and the mean of each
   * (entity, outlet) pair drawn.
   */
  public record Matrix(
      List<String> entities, List<String> sources, Map<List<String>, Double> means) {
    /** The mean toward {@code entity} in {@code source}'s words, or null when not drawn. */
    public Double mean(String entity, String source) {
      return means.get(List.of(entity, source));
    }
  }

  private EntityToneHeatmap() {}

  /**
   * What is drawn from {@code cells}: see the class comment. Entities rank by the number of outlets
   * naming them, then mentions in the story, then name; outlets by the number of drawn entities
   * they name, then name.
   */
  public static Matrix matrix(List<Cell> cells) {
    Map<String, Set<String>> sourcesOf = new HashMap<>();
    Map<String, Long> mentionsOf = new HashMap<>();
    for (Cell cell : cells) {
      sourcesOf.computeIfAbsent(cell.entity(), e -> new LinkedHashSet<>()).add(cell.source());
      mentionsOf.merge(cell.entity(), cell.storyMentions(), Math::max);
    }
    int widest = sourcesOf.values().stream().mapToInt(Set::size).max().orElse(0);
    int needed = Math.min(MIN_SOURCES, widest);
    List<String> entities =
        sourcesOf.keySet().stream()
            .filter(e -> sourcesOf.get(e).size() >= needed)
            .sorted(
                Comparator.comparingInt((String e) -> sourcesOf.get(e).size())
                    .reversed()
                    .thenComparing(
                        Comparator.comparingLong((String e) -> mentionsOf.get(e)).reversed())
                    .thenComparing(Comparator.naturalOrder()))
            .limit(MAX_ENTITIES)
            .toList();
    Set<String> drawnEntities = Set.copyOf(entities);
    Map<String, Integer> namedBy = new HashMap<>();
    for (Cell cell : cells) {
      if (drawnEntities.contains(cell.entity())) {
        namedBy.merge(cell.source(), 1, Integer::sum);
      }
    }
    List<String> sources =
        namedBy.keySet().stream()
            .sorted(
                Comparator.comparingInt((String s) -> namedBy.get(s))
                    .reversed()
                    .thenComparing(Comparator.naturalOrder()))
            .limit(MAX_SOURCES)
            .sorted()
            .toList();
    Set<String> drawnSources = Set.copyOf(sources);
    Map<List<String>, Double> means = new LinkedHashMap<>();
    for (Cell cell : cells) {
      if (drawnEntities.contains(cell.entity()) && drawnSources.contains(cell.source())) {
        means.put(List.of(cell.entity(), cell.source()), cell.mean());
      }
    }
    return new Matrix(entities, sources, means);
  }

  /**
   * The chart for {@code story}.
   *
   * @throws IllegalArgumentException when there is no cell to draw
   */
  public static HeatMapChart build(String story, List<Cell> cells) {
    Matrix matrix = matrix(cells);
    if (matrix.means().isEmpty()) {
      throw new IllegalArgumentException("no entity tone to draw for story " + story);
    }
    // XChart draws the first row at the bottom: reverse, so the first entity is on top.
    List<String> rows = new ArrayList<>(matrix.entities());
    Collections.reverse(rows);
    List<String> rowLabels = ChartStyle.uniqueLabels(rows);
    List<String> columnLabels = ChartStyle.uniqueLabels(matrix.sources());
    List<Number[]> heat = new ArrayList<>();
    double largest = 0;
    for (int x = 0; x < matrix.sources().size(); x++) {
      for (int y = 0; y < rows.size(); y++) {
        Double mean = matrix.mean(rows.get(y), matrix.sources().get(x));
        if (mean != null) {
          heat.add(new Number[] {x, y, mean});
          largest = Math.max(largest, Math.abs(mean));
        }
      }
    }
    HeatMapChart chart =
        new HeatMapChartBuilder()
            .width(ChartStyle.WIDTH)
            .height(Math.max(ChartStyle.HEIGHT, 120 + rows.size() * 28))
            .title(ChartStyle.title("Tone toward each entity in each outlet's words", story))
            .xAxisTitle("Outlet")
            .yAxisTitle("Entity (named by the most outlets first)")
            .build();
    ChartStyle.apply(chart.getStyler());
    ChartStyle.rotateCrowdedLabels(chart.getStyler(), columnLabels);
    double range = colourRange(largest);
    chart.getStyler().setMin(-range);
    chart.getStyler().setMax(range);
    chart.getStyler().setRangeColors(new Color[] {NEGATIVE, Color.WHITE, POSITIVE});
    chart.getStyler().setShowValue(true);
    chart.getStyler().setHeatMapValueDecimalPattern("0.00");
    chart.addSeries("mean tone", columnLabels, rowLabels, heat);
    return chart;
  }

  /** Orange for negative tone (Okabe-Ito vermillion). */
  static final Color NEGATIVE = new Color(0xD55E00);

  /** Blue for positive tone (Okabe-Ito blue). */
  static final Color POSITIVE = new Color(0x0072B2);

  /**
   * The colour scale's half-range: the largest absolute mean rounded up to a tenth, at least 0.1,
   * so a story of mild tones still shows its differences and 0 is always white.
   */
  static double colourRange(double largest) {
    return Math.max(0.1, Math.ceil(largest * 10 - 1e-9) / 10);
  }

  /**
   * The author-voice cells of a section table with columns {@code entity}, {@code source}, {@code
   * voice}, {@code mean}, {@code mentions} and {@code story_mentions}.
   */
  public static List<Cell> cells(ReportTable table) {
    List<String> entities = table.strings("entity");
    List<String> sources = table.strings("source");
    List<String> voices = table.strings("voice");
    List<Double> means = table.doubles("mean");
    List<Long> mentions = table.longs("mentions");
    List<Long> storyMentions = table.longs("story_mentions");
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      if (VOICE.equals(voices.get(i)) && Double.isFinite(means.get(i))) {
        cells.add(
            new Cell(
                entities.get(i),
                sources.get(i),
                means.get(i),
                mentions.get(i),
                storyMentions.get(i)));
      }
    }
    return cells;
  }

  /** The story section's charts: this one, when an outlet names an entity in its own words. */
  public static List<SectionCharts.NamedChart> forSection(String story, ReportTable table) {
    List<Cell> cells = cells(table);
    return cells.isEmpty()
        ? List.of()
        : List.of(new SectionCharts.NamedChart(NAME, build(story, cells)));
  }
}
