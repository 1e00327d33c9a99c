package parallax.job;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Column;
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

  /** framing.csv's columns, those of {@link FramingTables#framing}. */
  static final String[] FRAMING_HEADER = {
    "story_id", "source", "article_id", "category", "term", "count", "per_1k_words"
  };

  private static final int CATEGORY = FramingColumns.HIT.fieldIndex("category");
  private static final int TERM = FramingColumns.HIT.fieldIndex("term");

  private FramingOutputs() {}

  /**
   * framing.csv's lines ({@link ArticleLines}): the rows of {@link FramingTables#framing}, each
   * article's hits counted per category and term, in the table's order.
   */
  static Dataset<String> framingLines(Dataset<Row> analysed) {
    return ArticleLines.of(
        analysed.select(
            col("story_id"), col("source"), col("article_id"), col("words"), col("framing_hits")),
        new Column[] {col("story_id"), col("source"), col("article_id")},
        FramingOutputs::framingRows);
  }

  /** One article's rows of framing.csv: its hits counted per category and term, in that order. */
  static List<Object[]> framingRows(Row article) {
    List<Row> hits = new ArrayList<>(article.<Row>getList(4));
    Comparator<Row> byTerm =
        Comparator.<Row, String>comparing(
                hit -> hit.getString(CATEGORY), ArticleLines::compareCodePoints)
            .thenComparing(hit -> hit.getString(TERM), ArticleLines::compareCodePoints);
    hits.sort(byTerm);
    Integer words = article.isNullAt(3) ? null : article.getInt(3);
    List<Object[]> rows = new ArrayList<>();
    for (int first = 0; first < hits.size(); ) {
      int next = first + 1;
      while (next < hits.size() && byTerm.compare(hits.get(first), hits.get(next)) == 0) {
        next++;
      }
      long count = next - first;
      rows.add(
          new Object[] {
            article.get(0),
            article.get(1),
            article.get(2),
            hits.get(first).getString(CATEGORY),
            hits.get(first).getString(TERM),
            count,
            words != null && words > 0 ? count * 1000.0 / words : 0.0
          });
      first = next;
    }
    return rows;
  }

  /**
   * Writes the tables and registers the story-page sections.
   *
   * @param analysed the analysed articles without errors
   * @param storyRows the story rows without errors ({@link AnalyseStories})
   * @return the files written
   */
  static List<String> write(
      TableWriter tables, ReportPages pages, Dataset<Row> analysed, Dataset<Row> storyRows) {
    tables.writeLines("framing", FRAMING_HEADER, framingLines(analysed));
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
    // Defined on the writing thread: holding the outlets' term counts takes a pass over the
    // analysed articles, which would hold up the tables (and the report) defined after it.
    tables.writeOnce(
        "distinctive_terms",
        () ->
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
