package parallax.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * How much of each version of a story is found in each other version: a heat map with one column
 * per version (A) and one row per version (B), the cell holding the share of A's word shingles
 * found in B (shingle containment, 0 to 1; the diagonal is 1). A copy shows as a column of high
 * values in the row of its source; the asymmetry of the two cells of a pair says which one is the
 * longer original.
 *
 * <p>{@link #matrix} computes what is drawn from the data alone, so tests check that, not pixels.
 * Stateless.
 */
public final class SimilarityHeatmap {

  /** The base of the chart's file name: {@code charts/similarity-<story>.svg}. */
  public static final String NAME = "similarity";

  /**
   * One pair of versions as {@code similarity.csv} gives it.
   *
   * @param labelA how version A is named on the chart (outlet and article id)
   * @param labelB the same for B
   * @param aInB share of A's shingles found in B
   * @param bInA share of B's shingles found in A
   */
  public record Pair(String labelA, String labelB, double aInB, double bInA) {}

  /**
   * What the chart shows.
   *
   * @param versions the version labels, sorted, on both axes
   * @param cells {@code cells[a][b]}: share of version a's shingles found in version b
   */
  public record Matrix(List<String> versions, double[][] cells) {
    /** The cell of versions named {@code a} and {@code b}. */
    public double cell(String a, String b) {
      return cells[versions.indexOf(a)][versions.indexOf(b)];
    }
  }

  private SimilarityHeatmap() {}

  /** The matrix of {@code pairs}: every version named in a pair, 1 on the diagonal. */
  public static Matrix matrix(List<Pair> pairs) {
    Map<String, Integer> index = new TreeMap<>();
    for (Pair pair : pairs) {
      index.put(pair.labelA(), 0);
      index.put(pair.labelB(), 0);
    }
    List<String> versions = new ArrayList<>(index.keySet());
    for (int i = 0; i < versions.size(); i++) {
      index.put(versions.get(i), i);
    }
    double[][] cells = new double[versions.size()][versions.size()];
    for (int i = 0; i < versions.size(); i++) {
      cells[i][i] = 1.0;
    }
    for (Pair pair : pairs) {
      int a = index.get(pair.labelA());
      int b = index.get(pair.labelB());
      cells[a][b] = pair.aInB();
      cells[b][a] = pair.bInA();
    }
    return new Matrix(versions, cells);
  }

  /**
   * The chart of {@code story}.
   *
   * @throws IllegalArgumentException when there is no pair to draw
   */
  public static HeatMapChart build(String story, List<Pair> pairs) {
    if (pairs.isEmpty()) {
      throw new IllegalArgumentException("no pair of versions to draw for story " + story);
    }
    Matrix matrix = matrix(pairs);
    int size = matrix.versions().size();
    HeatMapChart chart =
        new HeatMapChartBuilder()
            .width(Math.max(ChartStyle.WIDTH, 240 + size * 90))
            .height(Math.max(ChartStyle.HEIGHT, 200 + size * 50))
            .title(ChartStyle.title("Share of version A found in version B", story))
            .xAxisTitle("version A")
            .yAxisTitle("version B (where A's text is looked for)")
            .build();
    ChartStyle.apply(chart.getStyler());
    chart.getStyler().setShowValue(true);
    chart.getStyler().setMin(0.0);
    chart.getStyler().setMax(1.0);
    List<String> labels = new ArrayList<>(size);
    for (String version : matrix.versions()) {
      labels.add(ChartStyle.label(version));
    }
    ChartStyle.rotateCrowdedLabels(chart.getStyler(), labels);
    List<Number[]> heat = new ArrayList<>(size * size);
    for (int a = 0; a < size; a++) {
      for (int b = 0; b < size; b++) {
        heat.add(new Number[] {a, b, Math.round(matrix.cells()[a][b] * 100) / 100.0});
      }
    }
    chart.addSeries("containment", labels, labels, heat);
    return chart;
  }

  /**
   * The pairs of a section table with columns {@code article_a}, {@code source_a}, {@code
   * article_b}, {@code source_b}, {@code containment_a_in_b} and {@code containment_b_in_a}.
   */
  public static List<Pair> pairs(ReportTable table) {
    List<String> articlesA = table.strings("article_a");
    List<String> sourcesA = table.strings("source_a");
    List<String> articlesB = table.strings("article_b");
    List<String> sourcesB = table.strings("source_b");
    List<Double> aInB = table.doubles("containment_a_in_b");
    List<Double> bInA = table.doubles("containment_b_in_a");
    List<Pair> pairs = new ArrayList<>(articlesA.size());
    for (int i = 0; i < articlesA.size(); i++) {
      pairs.add(
          new Pair(
              label(sourcesA.get(i), articlesA.get(i)),
              label(sourcesB.get(i), articlesB.get(i)),
              aInB.get(i),
              bInA.get(i)));
    }
    return pairs;
  }

  /** The story section's charts: the heat map, when the story has two versions or more. */
  public static List<SectionCharts.NamedChart> forSection(String story, ReportTable table) {
    List<Pair> pairs = pairs(table);
    return pairs.isEmpty()
        ? List.of()
        : List.of(new SectionCharts.NamedChart(NAME, build(story, pairs)));
  }

  private static String label(String source, String articleId) {
    return source + " (" + articleId + ")";
  }
}
