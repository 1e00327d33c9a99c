package parallax.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.udf;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.Seq;

/** {@code spans.csv}: every span any analysis counted, one row each, with its text. */
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

  static Dataset<Row> table(Dataset<Row> analysed) {
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

  /** Spans per kind over the whole run, for the index's headline figures. */
  static Dataset<Row> totalsByKind(Dataset<Row> analysed) {
    return analysed
        .select(explode(col("spans")).as("span"))
        .groupBy(col("span.kind").as("kind"))
        .count()
        .orderBy(col("kind"));
  }
}
