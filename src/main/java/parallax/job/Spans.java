package parallax.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.Seq;

/**
 * {@code spans.csv}: every span any analysis counted, one row each, with its text, ordered by
 * article, start, end, kind and label.
 */
final class Spans {

  private Spans() {}

  // Java's substring: offsets count UTF-16 units, as every analysis does (Spark SQL's substring
  // counts code points, which differ from them past the first astral character, e.g. an emoji).
  private static final UserDefinedFunction TEXT =
      udf(
          (String body, Integer start, Integer end) -> body.substring(start, end),
          DataTypes.StringType);

  /** A span with its text, as spans.csv shows it: the span's fields, then the text. */
  private static final StructType SPAN_WITH_TEXT =
      AnalysedRows.SPAN.add("text", DataTypes.StringType, false);

  private static final int START = AnalysedRows.SPAN.fieldIndex("start");
  private static final int END = AnalysedRows.SPAN.fieldIndex("end");
  private static final int KIND = AnalysedRows.SPAN.fieldIndex("kind");
  private static final int LABEL = AnalysedRows.SPAN.fieldIndex("label");

  // The texts of all an article's spans at once: Spark hands a UDF its string arguments as Java
  // Strings, and decoding the body once per span instead of once per article was most of the cost
  // of writing spans.csv (an article has hundreds of spans).
  private static final UserDefinedFunction WITH_TEXTS =
      udf(
          (UDF2<String, Seq<Row>, Row[]>)
              (body, spans) -> {
                Row[] withText = new Row[spans.size()];
                for (int i = 0; i < withText.length; i++) {
                  Row span = spans.apply(i);
                  Object[] values = new Object[SPAN_WITH_TEXT.size()];
                  for (int f = 0; f < span.size(); f++) {
                    values[f] = span.get(f);
                  }
                  values[span.size()] = body.substring(span.getInt(START), span.getInt(END));
                  withText[i] = RowFactory.create(values);
                }
                return withText;
              },
          DataTypes.createArrayType(SPAN_WITH_TEXT, false));

  /** spans.csv's columns. */
  static final String[] HEADER = {"article_id", "start", "end", "kind", "label", "text"};

  /** The kind of a reuse change's span; its label is the change's kind. */
  static final String REUSE = "reuse";

  /**
   * spans.csv's lines ({@link ArticleLines}): every article's spans and the stories' reuse changes.
   */
  static Dataset<String> lines(Dataset<Row> analysed, Dataset<Row> storyRows) {
    Dataset<Row> changesByArticle =
        ReuseOutputs.changes(storyRows)
            .groupBy(col("article_id"))
            .agg(collect_list(struct(col("start"), col("end"), col("kind"))).as("changes"));
    return ArticleLines.of(
        analysed
            .select(col("article_id"), col("body"), col("spans"))
            .join(changesByArticle, new String[] {"article_id"}, "left"),
        new Column[] {col("article_id")},
        article ->
            articleRows(
                article.getString(0),
                article.getString(1),
                article.getList(2),
                article.isNullAt(3) ? List.of() : article.getList(3)));
  }

  /**
   * One article's rows of spans.csv, sorted as Spark sorts the table's rows: start, end, then kind
   * and label by code point (Spark compares strings as UTF-8 bytes), a missing label first.
   *
   * @param spans {@link AnalysedRows#SPAN} rows
   * @param changes reuse changes as (start, end, kind) rows
   */
  static List<Object[]> articleRows(
      String articleId, String body, List<Row> spans, List<Row> changes) {
    List<Line> lines = new ArrayList<>(spans.size() + changes.size());
    for (Row span : spans) {
      lines.add(
          new Line(
              span.getInt(START),
              span.getInt(END),
              span.getString(KIND),
              span.isNullAt(LABEL) ? null : span.getString(LABEL)));
    }
    for (Row change : changes) {
      lines.add(new Line(change.getInt(0), change.getInt(1), REUSE, change.getString(2)));
    }
    lines.sort(Line.ORDER);
    List<Object[]> rows = new ArrayList<>(lines.size());
    for (Line line : lines) {
      rows.add(
          new Object[] {
            articleId,
            line.start,
            line.end,
            line.kind,
            line.label,
            body.substring(line.start, line.end)
          });
    }
    return rows;
  }

  private record Line(int start, int end, String kind, String label) {
    static final Comparator<Line> ORDER =
        Comparator.comparingInt(Line::start)
            .thenComparingInt(Line::end)
            .thenComparing(Line::kind, ArticleLines::compareCodePoints)
            .thenComparing(Line::label, Comparator.nullsFirst(ArticleLines::compareCodePoints));
  }

  /** spans.csv's order. */
  static final Column[] ORDER = {
    col("article_id"), col("start"), col("end"), col("kind"), col("label")
  };

  /**
   * spans.csv's rows as a Dataset (for Parquet), unsorted: every article's spans and the stories'
   * reuse changes. {@link #lines} writes the same rows, sorted by {@link #ORDER}, article by
   * article.
   */
  static Dataset<Row> table(Dataset<Row> analysed, Dataset<Row> storyRows) {
    return spanRows(analysed).unionByName(ReuseOutputs.changeSpans(storyRows, analysed));
  }

  private static Dataset<Row> spanRows(Dataset<Row> analysed) {
    return analysed
        .select(col("article_id"), explode(WITH_TEXTS.apply(col("body"), col("spans"))).as("span"))
        .select(
            col("article_id"),
            col("span.start").as("start"),
            col("span.end").as("end"),
            col("span.kind").as("kind"),
            col("span.label").as("label"),
            col("span.text").as("text"));
  }

  /** The text of {@code body} between {@code start} (inclusive) and {@code end} (exclusive). */
  static Column textOf(Column body, Column start, Column end) {
    return TEXT.apply(body, start, end);
  }

  /**
   * Spans per version and kind: one row per article ({@code story_id, source, article_id}) and one
   * column per span kind present in the run, 0 where a version has none. For the story pages.
   */
  static Dataset<Row> countsByKind(Dataset<Row> analysed) {
    Dataset<Row> perKind =
        analysed
            .select(
                col("story_id"), col("source"), col("article_id"), explode(col("spans")).as("span"))
            .groupBy(col("story_id"), col("source"), col("article_id"))
            .pivot(col("span.kind"))
            .count();
    return analysed
        .select(col("story_id"), col("source"), col("article_id"))
        .join(perKind, new String[] {"story_id", "source", "article_id"}, "left")
        .na()
        .fill(0L);
  }

  /**
   * Spans per kind over the whole run, for the index's headline figures: {@code (kind, count)} rows
   * in Spark's order of the kinds (a handful of rows, sorted here rather than by a shuffle).
   */
  static List<Row> totalsByKind(Dataset<Row> analysed) {
    List<Row> totals =
        new ArrayList<>(
            analysed
                .select(explode(col("spans")).as("span"))
                .groupBy(col("span.kind").as("kind"))
                .count()
                .collectAsList());
    totals.sort((a, b) -> ArticleLines.compareCodePoints(a.getString(0), b.getString(0)));
    return totals;
  }
}
