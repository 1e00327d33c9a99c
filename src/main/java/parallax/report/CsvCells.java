package parallax.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.commons.csv.CSVFormat;

/**
 * How every CSV Parallax writes spells its cells: RFC 4180 quoting (Commons CSV), CRLF line ends,
 * empty for null, decimals with four places and no exponent, and text that a spreadsheet would run
 * as a formula (starting with {@code = + - @}, tab or carriage return) prefixed with an apostrophe
 * so it shows as text. Numbers are never prefixed, so a negative score stays a number. Stateless,
 * thread-safe.
 */
public final class CsvCells {

  /** The format of every Parallax CSV: RFC 4180, CRLF, header row written by the caller. */
  public static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private static final int DECIMALS = 4;

  private CsvCells() {}

  /** One CSV record, without its line end. */
  public static String line(Object... values) {
    // Cell by cell into one builder, as CSVPrinter.printRecord prints them: FORMAT.format would
    // build a printer and a synchronised writer for every line of every table.
    StringBuilder line = new StringBuilder(16 * values.length);
    try {
      for (int i = 0; i < values.length; i++) {
        FORMAT.print(cell(values[i]), line, i == 0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return line.toString();
  }

  /** The text of one cell. */
  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return decimal(d);
    }
    if (value instanceof Float f) {
      return decimal(f.doubleValue());
    }
    if (value instanceof BigDecimal b) {
      return b.setScale(DECIMALS, RoundingMode.HALF_UP).toPlainString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return neutralise(value.toString());
  }

  /** The text, prefixed with an apostrophe when a spreadsheet would read it as a formula. */
  public static String neutralise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return formula ? "'" + text : text;
  }

  private static String decimal(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "";
    }
    return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).toPlainString();
  }

  /** Appends a header or record line, with its CRLF, to {@code out}. */
  public static void appendLine(Appendable out, Object... values) {
    try {
      out.append(line(values)).append(FORMAT.getRecordSeparator());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
