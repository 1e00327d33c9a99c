package parallax.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A small table for the HTML report and the charts drawn from it: named columns and rows of plain
 * values (String, boxed numbers, Boolean, or null for no value), as collected from a Spark
 * aggregate. Immutable; the rows are copied.
 *
 * @param columns column names, in display order
 * @param rows the rows, each with one value per column
 * @param totalRows how many rows the full table has (in its CSV); more than {@code rows.size()}
 *     when the report shows only the first ones
 */
public record ReportTable(List<String> columns, List<List<Object>> rows, long totalRows) {

  public ReportTable {
    columns = List.copyOf(columns);
    List<List<Object>> copied = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "row has " + row.size() + " values, the table has columns " + columns + ": " + row);
      }
      copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(copied);
    if (totalRows < rows.size()) {
      throw new IllegalArgumentException(
          "total rows " + totalRows + " is less than the " + rows.size() + " rows given");
    }
  }

  /** A table that shows all its rows. */
  public static ReportTable of(List<String> columns, List<List<Object>> rows) {
    return new ReportTable(columns, rows, rows.size());
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Whether the report shows fewer rows than the table has. */
  public boolean truncated() {
    return totalRows > rows.size();
  }

  /**
   * The values of one column, top to bottom.
   *
   * @throws IllegalArgumentException naming the missing column and the columns present
   */
  public List<Object> column(String name) {
    int index = columns.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no column '" + name + "' in table with " + columns);
    }
    List<Object> values = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      values.add(row.get(index));
    }
    return values;
  }

  /** A text column; null stays null. */
  public List<String> strings(String name) {
    return column(name).stream().map(v -> v == null ? null : v.toString()).toList();
  }

  /** A numeric column as doubles; null (no value) becomes NaN. */
  public List<Double> doubles(String name) {
    List<Double> values = new ArrayList<>();
    for (Object value : column(name)) {
      values.add(value == null ? Double.NaN : number(name, value).doubleValue());
    }
    return values;
  }

  /** A whole-number column; null becomes 0. */
  public List<Long> longs(String name) {
    List<Long> values = new ArrayList<>();
    for (Object value : column(name)) {
      values.add(value == null ? 0L : number(name, value).longValue());
    }
    return values;
  }

  /** The same table without {@code name} (e.g. {@code story_id} on a story's own page). */
  public ReportTable without(String name) {
    int index = columns.indexOf(name);
    if (index < 0) {
      return this;
    }
    List<String> keptColumns = new ArrayList<>(columns);
    keptColumns.remove(index);
    List<List<Object>> keptRows = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      List<Object> kept = new ArrayList<>(row);
      kept.remove(index);
      keptRows.add(kept);
    }
    return new ReportTable(keptColumns, keptRows, totalRows);
  }

  private static Number number(String column, Object value) {
    if (value instanceof Number n) {
      return n;
    }
    throw new IllegalArgumentException(
        "column '" + column + "' holds " + Objects.toString(value) + ", not a number");
  }
}
