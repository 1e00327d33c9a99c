package parallax.report;

import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Draws the charts of one section of a story page from that section's table, restricted to the
 * story's rows. Implementations are pure functions of their arguments (usually a chart class's
 * {@code static build} behind an adapter that reads the table's columns), so tests check the
 * series, not pixels.
 */
@FunctionalInterface
public interface SectionCharts {

  /** A chart and the base of its file name ({@code charts/<name>-<story slug>.svg}). */
  record NamedChart(String name, Chart<?, ?> chart) {
    public NamedChart {
      if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
        throw new IllegalArgumentException(
            "chart name must be lower-case letters, digits and hyphens, was: " + name);
      }
    }
  }

  /** The charts for {@code storyId}, drawn from {@code table} (that story's rows only). */
  List<NamedChart> draw(String storyId, ReportTable table);

  /** No charts: a section that is only a table. */
  static SectionCharts none() {
    return (storyId, table) -> List.of();
  }
}
