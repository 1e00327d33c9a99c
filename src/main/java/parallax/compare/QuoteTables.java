package parallax.compare;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The quote tables, with Spark SQL over the analysed articles (their {@code quotes}) and the story
 * rows (their {@code voices}, {@code missing_voices} and {@code speaker_names}): {@code
 * quotes.csv}, {@code voices.csv}, {@code missing_voices.csv}, the story pages' voices sections,
 * and the quote columns of {@code articles.csv} and {@code sources.csv}.
 */
public final class QuoteTables {

  private QuoteTables() {}

  /**
   * {@code quotes.csv}: one row per quote. {@code speaker} is the story-wide name (as {@code
   * voices.csv} counts it), {@code speaker_in_article} the name the article's own text gives.
   */
  public static Dataset<Row> quotes(Dataset<Row> analysed, Dataset<Row> stories) {
    Dataset<Row> names =
        stories
            .select(col("story_id").as("names_story_id"), explode(col("speaker_names")).as("n"))
            .select(
                col("names_story_id"),
                col("n.speaker").as("names_speaker"),
                col("n.story_speaker").as("story_speaker"));
    Dataset<Row> quotes =
        analysed.select(
            col("story_id"), col("source"), col("article_id"), explode(col("quotes")).as("q"));
    return quotes
        .join(
            names,
            quotes
                .col("story_id")
                .equalTo(names.col("names_story_id"))
                .and(col("q.speaker").equalTo(names.col("names_speaker"))),
            "left")
        .select(
            col("story_id"),
            col("source"),
            col("article_id"),
            coalesce(col("story_speaker"), col("q.speaker")).as("speaker"),
            col("q.kind").as("kind"),
            col("q.verb").as("verb"),
            col("q.verb_class").as("verb_class"),
            col("q.start").as("start"),
            col("q.end").as("end"),
            col("q.words").as("words"),
            col("q.text").as("text"),
            col("q.speaker").as("speaker_in_article"),
            col("q.speaker_text").as("speaker_text"),
            col("q.speaker_start").as("speaker_start"),
            col("q.speaker_end").as("speaker_end"));
  }

  /** {@code voices.csv}: share of voice per version and speaker, from the story rows. */
  public static Dataset<Row> voices(Dataset<Row> stories) {
    return stories
        .select(col("story_id"), explode(col("voices")).as("v"))
        .select(
            col("story_id"),
            col("v.source").as("source"),
            col("v.article_id").as("article_id"),
            col("v.speaker").as("speaker"),
            col("v.person").as("person"),
            col("v.direct_quotes").as("direct_quotes"),
            col("v.direct_words").as("direct_words"),
            col("v.indirect_quotes").as("indirect_quotes"),
            col("v.indirect_words").as("indirect_words"),
            col("v.words").as("words"),
            col("v.share").as("share"),
            col("v.verbs").as("verbs"),
            col("v.loaded_verbs").as("loaded_verbs"),
            col("v.other_versions_quoting").as("other_versions_quoting"));
  }

  /**
   * The voices of {@link #voices} as the story pages show them: unknown speakers named {@code
   * unattributed}, word counts direct and indirect together.
   */
  public static Dataset<Row> voicesSection(Dataset<Row> voices, String unattributed) {
    return voices.select(
        col("story_id"),
        col("source"),
        col("article_id"),
        coalesce(col("speaker"), lit(unattributed)).as("speaker"),
        col("direct_quotes"),
        col("indirect_quotes"),
        col("words"),
        col("share"),
        col("verbs"),
        col("loaded_verbs"),
        col("other_versions_quoting"));
  }

  /** {@code missing_voices.csv}: speakers a version leaves out that other versions quote. */
  public static Dataset<Row> missingVoices(Dataset<Row> stories) {
    return stories
        .select(col("story_id"), explode(col("missing_voices")).as("m"))
        .select(
            col("story_id"),
            col("m.source").as("source"),
            col("m.article_id").as("article_id"),
            col("m.speaker").as("speaker"),
            col("m.versions_quoting").as("versions_quoting"));
  }

  /** The quote columns of {@code articles.csv}, from the analysed-article row. */
  public static Column[] articleColumns() {
    return new Column[] {
      col("direct_quotes"),
      col("indirect_quotes"),
      col("quoted_words"),
      col("direct_quoted_words"),
      col("quoted_share"),
      col("speakers")
    };
  }

  /**
   * Per-article quote counts summed per outlet for {@code sources.csv}; see {@link #sourceColumns}.
   */
  static Column[] sourceSums() {
    return new Column[] {
      sum(col("direct_quotes")).as("direct_quotes"),
      sum(col("indirect_quotes")).as("indirect_quotes"),
      sum(col("quoted_words")).as("quoted_words")
    };
  }

  /**
   * The quote columns of {@code sources.csv}, from the sums of {@link #sourceSums} and the outlet's
   * {@code words}: {@code quoted_share} is the share of its words that are quoted speech.
   */
  static Column[] sourceColumns() {
    return new Column[] {
      col("direct_quotes"),
      col("indirect_quotes"),
      col("quoted_words"),
      when(col("words").gt(0), col("quoted_words").divide(col("words")))
          .otherwise(lit(0.0))
          .as("quoted_share")
    };
  }
}
