package parallax.job;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import parallax.compare.QuoteTables;
import parallax.report.SectionCharts;
import parallax.report.VoiceShareChart;

/**
 * The quote analysis's outputs: {@code quotes.csv}, {@code voices.csv} and {@code
 * missing_voices.csv} written with {@link TableWriter}, and two sections on every story page (share
 * of voice per version with {@link VoiceShareChart}, the voices each version leaves out). The quote
 * columns of {@code articles.csv} and {@code sources.csv} come with those tables ({@code
 * VersionTables}); the quote spans with {@code spans.csv}.
 */
final class QuoteOutputs {

  private QuoteOutputs() {}

  /**
   * Writes the tables and registers the story-page sections.
   *
   * @param analysed the analysed articles without errors
   * @param storyRows the story rows without errors ({@link AnalyseStories})
   * @return the files written
   */
  static List<String> write(
      TableWriter tables, ReportPages pages, Dataset<Row> analysed, Dataset<Row> storyRows) {
    tables.writeOnce(
        "quotes",
        QuoteTables.quotes(analysed, storyRows),
        col("story_id"),
        col("source"),
        col("article_id"),
        col("start"),
        col("end"),
        col("kind"),
        col("speaker"));

    Dataset<Row> voices = QuoteTables.voices(storyRows);
    tables.write(
        "voices",
        voices,
        col("story_id"),
        col("source"),
        col("article_id"),
        col("words").desc(),
        col("speaker"));
    pages.addStorySection(
        new ReportPages.Section(
            "voices",
            "Share of voice",
            "Who each version quotes and how much: quotes and quoted words (direct and indirect)"
                + " per speaker, their share of the version's quoted words, the verbs of saying"
                + " used (loaded ones such as claimed or insisted apart) and how many other"
                + " versions quote the speaker. Every quote is in quotes.csv and a quote span.",
            "voices.csv",
            QuoteTables.voicesSection(voices, VoiceShareChart.UNATTRIBUTED),
            List.of(col("source"), col("article_id"), col("words").desc(), col("speaker")),
            VoiceShareChart::forSection));

    Dataset<Row> missing = QuoteTables.missingVoices(storyRows);
    tables.write(
        "missing_voices",
        missing,
        col("story_id"),
        col("source"),
        col("article_id"),
        col("versions_quoting").desc(),
        col("speaker"));
    pages.addStorySection(
        new ReportPages.Section(
            "missing-voices",
            "Voices left out",
            "Speakers other versions of the story quote that this version does not, with how many"
                + " versions quote them.",
            "missing_voices.csv",
            missing,
            List.of(
                col("source"), col("article_id"), col("versions_quoting").desc(), col("speaker")),
            SectionCharts.none()));
    return List.of("quotes.csv", "voices.csv", "missing_voices.csv");
  }
}
