package parallax.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import parallax.report.SimilarityHeatmap;

/**
 * Text reuse's outputs, from the story rows' reuse columns ({@link ReuseStoryColumns}): {@code
 * similarity.csv}, {@code alignment.csv} and {@code derivation.csv}, the added and omitted
 * sentences as reuse rows of {@code spans.csv}, {@code derived_from} and {@code derived_copy} in
 * {@code articles.csv}, the articles {@code --dedupe-derived} leaves out of per-source tables, and
 * a story page section with the {@link SimilarityHeatmap}.
 */
final class ReuseOutputs {

  private ReuseOutputs() {}

  /** {@code derivation.csv}: one row per version found derived from another. */
  static Dataset<Row> derivations(Dataset<Row> storyRows) {
    return storyRows
        .select(col("story_id"), explode(col("reuse_derivation")).as("d"))
        .select(col("story_id"), col("d.*"));
  }

  /**
   * {@code articles.csv} with {@code derived_from} (the article id it derives from, or empty) and
   * {@code derived_copy} (true when it derives from another version of its story).
   */
  static Dataset<Row> withDerivedFrom(Dataset<Row> articles, Dataset<Row> derivations) {
    Dataset<Row> from =
        derivations.select(col("derived").as("article_id"), col("source").as("derived_from"));
    return articles
        .join(from, new String[] {"article_id"}, "left")
        .withColumn("derived_copy", col("derived_from").isNotNull());
  }

  /**
   * The analysed articles per-source tables count: all of them, or with {@code dedupe} those that
   * are not derived copies of another version (which their source already counts).
   */
  static Dataset<Row> forSourceTables(
      Dataset<Row> analysed, Dataset<Row> derivations, boolean dedupe) {
    if (!dedupe) {
      return analysed;
    }
    return analysed.join(
        derivations.select(col("derived").as("article_id")),
        new String[] {"article_id"},
        "left_anti");
  }

  /** The stories' reuse changes, one {@link ReuseStoryColumns#CHANGE} row each. */
  static Dataset<Row> changes(Dataset<Row> storyRows) {
    return storyRows.select(explode(col("reuse_changes")).as("c")).select(col("c.*"));
  }

  /**
   * The added and omitted sentences as rows of {@code spans.csv} (kind {@code reuse}, label {@code
   * added} in the derived version, {@code omitted} in its source), with their text.
   */
  static Dataset<Row> changeSpans(Dataset<Row> storyRows, Dataset<Row> analysed) {
    Dataset<Row> changes = changes(storyRows);
    Dataset<Row> bodies = analysed.select(col("article_id"), col("body"));
    return changes
        .join(bodies, new String[] {"article_id"})
        .select(
            col("article_id"),
            col("start"),
            col("end"),
            lit("reuse").as("kind"),
            col("kind").as("label"),
            Spans.textOf(col("body"), col("start"), col("end")).as("text"));
  }

  /**
   * Writes similarity, alignment and derivation tables and registers the similarity section.
   *
   * @param storyRows the story rows without errors ({@link AnalyseStories})
   * @param analysed the analysed articles without errors
   * @return the files written
   */
  static List<String> write(
      TableWriter tables,
      ReportPages pages,
      Dataset<Row> storyRows,
      Dataset<Row> analysed,
      Dataset<Row> derivations) {
    Dataset<Row> sources = analysed.select(col("article_id"), col("source"));
    Dataset<Row> similarity =
        storyRows
            .select(col("story_id"), explode(col("reuse_similarity")).as("p"))
            .select(col("story_id"), col("p.*"))
            .join(
                sources
                    .withColumnRenamed("article_id", "article_a")
                    .withColumnRenamed("source", "source_a"),
                new String[] {"article_a"})
            .join(
                sources
                    .withColumnRenamed("article_id", "article_b")
                    .withColumnRenamed("source", "source_b"),
                new String[] {"article_b"})
            .select(
                col("story_id"),
                col("article_a"),
                col("source_a"),
                col("article_b"),
                col("source_b"),
                col("containment_a_in_b"),
                col("containment_b_in_a"),
                col("sequence_a_in_b"),
                col("sequence_b_in_a"),
                col("sentences_a"),
                col("copied_a"),
                col("paraphrased_a"),
                col("sentences_b"),
                col("copied_b"),
                col("paraphrased_b"));
    tables.write("similarity", similarity, col("story_id"), col("article_a"), col("article_b"));
    pages.addStorySection(
        new ReportPages.Section(
            "similarity",
            "Text reuse between versions",
            "Share of each version's five-word shingles found in each other version (shingle"
                + " containment), and how many of its sentences are copied or paraphrased there;"
                + " every sentence's match is in alignment.csv, who derives from whom in"
                + " derivation.csv.",
            "similarity.csv",
            similarity,
            List.of(col("article_a"), col("article_b")),
            SimilarityHeatmap::forSection));

    Dataset<Row> alignment =
        storyRows
            .select(col("story_id"), explode(col("reuse_alignment")).as("s"))
            .select(col("story_id"), col("s.*"));
    tables.writeOnce(
        "alignment",
        alignment,
        col("story_id"),
        col("article_a"),
        col("article_b"),
        col("sentence"));
    tables.write("derivation", derivations, col("story_id"), col("derived"), col("source"));
    pages.addStorySection(
        new ReportPages.Section(
            "derivation",
            "Who derives from whom",
            "Versions found to republish or rewrite another version of the story, with the"
                + " confidence and the evidence: credits in the text, shared text, publication"
                + " times.",
            "derivation.csv",
            derivations,
            List.of(col("derived"), col("source")),
            parallax.report.SectionCharts.none()));
    return List.of("similarity.csv", "alignment.csv", "derivation.csv");
  }
}
