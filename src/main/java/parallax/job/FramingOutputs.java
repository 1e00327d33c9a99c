package parallax.job;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import parallax.compare.CorpusDistinctiveTerms;
import parallax.compare.FramingTables;
import parallax.report.FramingRateChart;
import parallax.report.SectionCharts;
import parallax.report.VariantMatrixChart;

/**
 * Framing's outputs: {@code framing.csv}, {@code contrasts.csv} and {@code distinctive_terms.csv}
 * written with {@link TableWriter}, and three sections on every story page (framing terms by outlet
 * with {@link FramingRateChart}, the names outlets use with {@link VariantMatrixChart}, each
 * outlet's distinctive terms). The framing columns of {@code articles.csv} and {@code sources.csv}
 * come with those tables ({@code VersionTables}).
 */
final class FramingOutputs {

  /** Distinctive terms per outlet over the whole corpus in distinctive_terms.csv. */
  static final int OVERALL_TOP_TERMS = 30;

  private FramingOutputs() {}

  /**
   * Writes the tables and registers the story-page sections.
   *
   * @param analysed the analysed articles without errors
   * @param storyRows the story rows without errors ({@link AnalyseStories})
   * @return the files written
   */
  static List<String> write(
      TableWriter tables, ReportPages pages, Dataset<Row> analysed, Dataset<Row> storyRows) {
    tables.write(
        "framing",
        FramingTables.framing(analysed),
        col("story_id"),
        col("source"),
        col("article_id"),
        col("category"),
        col("term"));
    pages.addStorySection(
        new ReportPages.Section(
            "framing",
            "Framing terms by outlet",
            "Hits of each lexicon category in each outlet's versions, and per 1,000 of their"
                + " words; the terms per version are in framing.csv, every hit is a framing span.",
            "framing.csv",
            FramingTables.byStoryAndSource(analysed),
            List.of(col("source"), col("category")),
            FramingRateChart::forSection));

    Dataset<Row> contrasts = FramingTables.contrasts(storyRows);
    tables.write(
        "contrasts",
        contrasts,
        col("story_id"),
        col("referent"),
        col("source"),
        col("article_id"),
        col("variant"));
    pages.addStorySection(
        new ReportPages.Section(
            "contrasts",
            "Names used for the same things",
            "Which variant of each place, person or the war each outlet uses (Kyiv or Kiev,"
                + " invasion or special military operation); diverges when the outlets differ.",
            "contrasts.csv",
            FramingTables.contrastsBySource(contrasts),
            List.of(col("referent"), col("source"), col("variant")),
            VariantMatrixChart::forSection));

    Dataset<Row> storyTerms = FramingTables.storyDistinctiveTerms(storyRows);
    tables.write(
        "distinctive_terms",
        FramingTables.distinctiveTerms(
            storyRows,
            tables.hold(CorpusDistinctiveTerms.sourceTermCounts(analysed)),
            OVERALL_TOP_TERMS),
        col("scope").desc(),
        col("story_id"),
        col("source"),
        col("rank"));
    pages.addStorySection(
        new ReportPages.Section(
            "distinctive-terms",
            "Distinctive terms by outlet",
            "Each outlet's words against the story's other outlets: weighted log-odds ratio"
                + " (delta) with an informative Dirichlet prior and its z-score (Monroe et al."
                + " 2008); above 1.96 is significant at 5%. Over all stories: distinctive_terms.csv.",
            "distinctive_terms.csv",
            storyTerms.drop("scope"),
            List.of(col("source"), col("rank")),
            SectionCharts.none()));
    return List.of("framing.csv", "contrasts.csv", "distinctive_terms.csv");
  }
}
