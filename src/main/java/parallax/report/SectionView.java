package parallax.report;

import java.util.ArrayList;
import java.util.List;

/** A {@link ReportSection} as the templates show it, chart paths made relative to the page. */
record SectionView(
    String id, String title, String description, TableView table, List<ChartImage> charts) {

  static SectionView of(ReportSection section, String pathToRoot) {
    List<ChartImage> charts = new ArrayList<>();
    for (ChartImage chart : section.charts()) {
      charts.add(new ChartImage(chart.title(), pathToRoot + chart.svg(), pathToRoot + chart.png()));
    }
    return new SectionView(
        section.id(),
        section.title(),
        section.description(),
        TableView.of(section.table(), section.csv()),
        charts);
  }
}
