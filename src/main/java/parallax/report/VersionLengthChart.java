package parallax.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;

/**
 * Words per version of one story, one bar per article, labelled with its outlet: how much of the
 * story each version tells. Built from data alone, so tests check the series, not pixels. The
 * pattern other charts follow (see {@link ChartStyle}).
 */
public final class VersionLengthChart {

  /** The base of the chart's file name: {@code charts/length-<story>.svg}. */
  public static final String NAME = "length";

  /** One version of the story. */
  public record Version(String source, String articleId, long words) {}

  private VersionLengthChart() {}

  /** The chart for {@code story}; versions are drawn in the order given. */
  public static CategoryChart build(String story, List<Version> versions) {
    CategoryChart chart =
        ChartStyle.categoryChart(
            ChartStyle.title("Length of each version", story),
            "Version (outlet)",
            "Length (words)");
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setSeriesColors(new Color[] {ChartStyle.PRIMARY});
    List<String> labels = new ArrayList<>();
    List<Long> words = new ArrayList<>();
    for (Version version : versions) {
      labels.add(uniqueLabel(labels, version));
      words.add(version.words());
    }
    ChartStyle.rotateCrowdedLabels(chart.getStyler(), labels);
    chart.addSeries("words", labels, words);
    chart.getStyler().setLabelsVisible(true);
    return chart;
  }

  /**
   * The versions in a section table with columns {@code source}, {@code article_id} and {@code
   * words}, in table order.
   */
  public static List<Version> versions(ReportTable table) {
    List<String> sources = table.strings("source");
    List<String> ids = table.strings("article_id");
    List<Long> words = table.longs("words");
    List<Version> versions = new ArrayList<>(sources.size());
    for (int i = 0; i < sources.size(); i++) {
      versions.add(new Version(sources.get(i), ids.get(i), words.get(i)));
    }
    return versions;
  }

  /** The story section's charts: this one, drawn from the section's table. */
  public static List<SectionCharts.NamedChart> forSection(String story, ReportTable table) {
    return List.of(new SectionCharts.NamedChart(NAME, build(story, versions(table))));
  }

  private static String uniqueLabel(List<String> taken, Version version) {
    String label = ChartStyle.label(version.source());
    return taken.contains(label)
        ? ChartStyle.label(version.source() + " (" + version.articleId() + ")")
        : label;
  }
}
