package parallax.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link ReportTable} as the templates show it: cells as text (decimals with four places, as in
 * the CSVs, so numbers can be matched), numeric columns marked for right alignment, and a note when
 * rows were left out. Values are escaped by the template, never here.
 */
record TableView(
    List<TableView.Column> columns, List<TableView.Row> rows, String tableNote, boolean empty) {

  record Column(String name, boolean numeric) {}

  record Row(List<Cell> cells) {}

  record Cell(String text, boolean numeric) {}

  /** The view of {@code table}; {@code csv} names the file that holds all its rows, or null. */
  static TableView of(ReportTable table, String csv) {
    List<Column> columns = new ArrayList<>();
    for (String name : table.columns()) {
      columns.add(new Column(name, numeric(table.column(name))));
    }
    List<Row> rows = new ArrayList<>();
    for (List<Object> values : table.rows()) {
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < values.size(); c++) {
        cells.add(new Cell(text(values.get(c)), columns.get(c).numeric()));
      }
      rows.add(new Row(cells));
    }
    String note = null;
    if (table.truncated()) {
      note =
          String.format(
              Locale.ROOT,
              "Showing the first %d of %d rows%s.",
              table.rows().size(),
              table.totalRows(),
              csv == null ? "" : "; all are in " + csv);
    }
    return new TableView(columns, rows, note, rows.isEmpty());
  }

  /** The text of one value: empty for null, four decimal places for fractions. */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return Double.isFinite(d)
          ? BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP).toPlainString()
          : "";
    }
    if (value instanceof Float f) {
      return text(f.doubleValue());
    }
    if (value instanceof BigDecimal b) {
      return b.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
    return value.toString();
  }

  private static boolean numeric(List<Object> values) {
    boolean any = false;
    for (Object value : values) {
      if (value != null) {
        if (!(value instanceof Number)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }
}
