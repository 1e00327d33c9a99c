package parallax.job;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import parallax.report.CsvCells;

/**
 * The lines of a table whose rows each come from one article (its spans, its sentences, its framing
 * terms) and are ordered by the article first: Spark sorts only the articles, and each article's
 * rows are put in order and formatted where the article is. Sorting and caching every row (hundreds
 * per article) as Spark rows cost more than the analysis that made them. The result is for {@link
 * TableWriter#writeLines}.
 */
final class ArticleLines {

  /** An article's rows, in the table's order: the cells of each, as {@link CsvCells} takes them. */
  @FunctionalInterface
  interface Rows extends Serializable {
    List<Object[]> of(Row article);
  }

  private ArticleLines() {}

  /**
   * One text row per article holding all its lines (CRLF-separated, no final line end), articles in
   * order; articles without rows are left out.
   *
   * @param articles one row per article
   * @param order the columns of {@code articles} that order the table's rows first
   */
  static Dataset<String> of(Dataset<Row> articles, Column[] order, Rows rows) {
    return articles
        .orderBy(order)
        .map((MapFunction<Row, String>) article -> text(rows.of(article)), Encoders.STRING())
        .filter((FilterFunction<String>) text -> !text.isEmpty());
  }

  /** Code point order, which is Spark's order of strings (UTF-8 bytes); compareTo is UTF-16's. */
  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** The rows as CSV lines separated by CRLF, without a final line end. */
  static String text(List<Object[]> rows) {
    StringBuilder out = new StringBuilder(rows.size() * 80);
    for (int i = 0; i < rows.size(); i++) {
      if (i > 0) {
        out.append(CsvCells.FORMAT.getRecordSeparator());
      }
      out.append(CsvCells.line(rows.get(i)));
    }
    return out.toString();
  }
}
