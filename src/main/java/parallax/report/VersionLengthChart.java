package parallax.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * Words per version of one story, one bar per article, labelled with its outlet: how much of the
 * story each version tells. Built from data alone, so tests check the series, not pixels.
 */
public final class VersionLengthChart {

  /** One version of the story. */
  public record Version(String source, String articleId, long words) {}

  private VersionLengthChart() {}

  /** The chart for {@code story}; versions are drawn in the order given. */
  public static CategoryChart build(String story, List<Version> versions) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(ChartStyle.WIDTH)
            .height(ChartStyle.HEIGHT)
            .title("Length of each version: " + story)
            .xAxisTitle("Version (outlet)")
            .yAxisTitle("Length (words)")
            .build();
    ChartStyle.apply(chart.getStyler());
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setXAxisLabelRotation(versions.size() > 4 ? 30 : 0);
    chart.getStyler().setSeriesColors(new Color[] {ChartStyle.PRIMARY});
    List<String> labels = new ArrayList<>();
    List<Long> words = new ArrayList<>();
    for (Version version : versions) {
      labels.add(uniqueLabel(labels, version));
      words.add(version.words());
    }
    chart.addSeries("words", labels, words);
    chart.getStyler().setLabelsVisible(true);
    return chart;
  }

  private static String uniqueLabel(List<String> taken, Version version) {
    String label = version.source();
    return taken.contains(label) ? label + " (" + version.articleId() + ")" : label;
  }
}
