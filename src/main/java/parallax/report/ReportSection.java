package parallax.report;

import java.util.List;

/**
 * One section of a report page: a titled table with a short description and the charts drawn from
 * it. Analyses add theirs to story pages through the job's {@code ReportPages}.
 *
 * @param id short, stable, lower-case name (the page anchor), e.g. {@code framing}
 * @param title heading, e.g. "Framing terms by outlet"
 * @param description one or two sentences saying what the rows are and where they come from
 * @param csv the file of the report holding all the rows (e.g. {@code framing.csv}), or null
 * @param table the rows (of one story on a story page)
 * @param charts charts drawn from the table, possibly none
 */
public record ReportSection(
    String id,
    String title,
    String description,
    String csv,
    ReportTable table,
    List<ChartImage> charts) {

  public ReportSection {
    if (id == null || !id.matches("[a-z0-9][a-z0-9_-]*")) {
      throw new IllegalArgumentException(
          "section id must be lower-case letters, digits, '_' and '-', was: " + id);
    }
    charts = List.copyOf(charts);
  }
}
