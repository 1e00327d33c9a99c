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
