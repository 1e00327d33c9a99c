package parallax.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** {@code spans.csv}: every span any analysis counted, one row each, with its text. */
final class Spans {

  private Spans() {}

  static Dataset<Row> table(Dataset<Row> analysed) {
    return analysed
        .select(col("article_id"), explode(col("spans")).as("span"))
        .select(
            col("article_id"),
            col("span.start").as("start"),
            col("span.end").as("end"),
            col("span.kind").as("kind"),
            col("span.label").as("label"),
            col("span.text").as("text"));
  }
}
