package parallax.compare;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The framing tables, with Spark SQL over the analysed articles (their {@code framing_hits}) and
 * the story rows (their {@code variant_uses} and {@code distinctive_terms}): {@code framing.csv},
 * {@code contrasts.csv}, {@code distinctive_terms.csv}, and the framing columns of {@code
 * sources.csv}.
 */
public final class FramingTables {

  private FramingTables() {}

  /**
   * {@code framing.csv}'s rows: hits per article, category and term, with the rate per 1,000 words
   * of the article (0 for a body without words). The job writes the same rows article by article
   * ({@code job/FramingOutputs.framingLines}, held equal to this by its test), which is cheaper
   * than Spark grouping and sorting every hit; this is the table's definition for other Spark code.
   */
  public static Dataset<Row> framing(Dataset<Row> analysed) {
    return analysed
        .select(
            col("story_id"),
            col("source"),
            col("article_id"),
            col("words"),
            explode(col("framing_hits")).as("hit"))
        .groupBy(
            col("story_id"),
            col("source"),
            col("article_id"),
            col("words"),
            col("hit.category").as("category"),
            col("hit.term").as("term"))
        .agg(count(lit(1)).as("count"))
        .select(
            col("story_id"),
            col("source"),
            col("article_id"),
            col("category"),
            col("term"),
            col("count"),
            when(col("words").gt(0), col("count").multiply(1000.0).divide(col("words")))
                .otherwise(lit(0.0))
                .as("per_1k_words"));
  }

  /**
   * Hits per story, outlet and category with the outlet's words in the story and the rate per 1,000
   * of them: the framing section of the story pages and its chart.
   */
  public static Dataset<Row> byStoryAndSource(Dataset<Row> analysed) {
    Dataset<Row> words =
        analysed.groupBy(col("story_id"), col("source")).agg(sum(col("words")).as("words"));
    Dataset<Row> hits =
        analysed
            .select(col("story_id"), col("source"), explode(col("framing_hits")).as("hit"))
            .groupBy(col("story_id"), col("source"), col("hit.category").as("category"))
            .agg(count(lit(1)).as("hits"));
    return hits.join(words, new String[] {"story_id", "source"})
        .select(
            col("story_id"),
            col("source"),
            col("category"),
            col("hits"),
            col("words"),
            when(col("words").gt(0), col("hits").multiply(1000.0).divide(col("words")))
                .otherwise(lit(0.0))
                .as("per_1k_words"));
  }

  /** {@code contrasts.csv}: which variant of each referent every version uses, per story. */
  public static Dataset<Row> contrasts(Dataset<Row> stories) {
    return stories
        .select(col("story_id"), explode(col("variant_uses")).as("use"))
        .select(
            col("story_id"),
            col("use.referent").as("referent"),
            col("use.source").as("source"),
            col("use.article_id").as("article_id"),
            col("use.variant").as("variant"),
            col("use.variant_group").as("variant_group"),
            col("use.count").as("count"),
            col("use.diverges").as("diverges"),
            col("use.story_variants").as("story_variants"));
  }

  /**
   * The contrasts of {@link #contrasts} per outlet rather than per version (an outlet may have
   * several versions of a story): the contrasts section of the story pages and its chart.
   */
  public static Dataset<Row> contrastsBySource(Dataset<Row> contrasts) {
    return contrasts
        .groupBy(
            col("story_id"), col("referent"), col("source"), col("variant"), col("variant_group"))
        .agg(sum(col("count")).as("count"), max(col("diverges")).as("diverges"));
  }

  /**
   * {@code distinctive_terms.csv}: each source's top terms against the other sources of each story
   * ({@code scope = story}, {@link #storyDistinctiveTerms}) and against all other sources ({@code
   * scope = overall}, empty story id, {@link CorpusDistinctiveTerms}).
   *
   * @param sourceTermCounts {@link CorpusDistinctiveTerms#sourceTermCounts} of the analysed
   *     articles
   */
  public static Dataset<Row> distinctiveTerms(
      Dataset<Row> stories, Dataset<Row> sourceTermCounts, int overallTop) {
    return storyDistinctiveTerms(stories)
        .unionByName(CorpusDistinctiveTerms.fromCounts(sourceTermCounts, overallTop));
  }

  /** The {@code scope = story} rows of {@code distinctive_terms.csv}, from the story rows. */
  public static Dataset<Row> storyDistinctiveTerms(Dataset<Row> stories) {
    return stories
        .select(col("story_id"), explode(col("distinctive_terms")).as("t"))
        .select(
            lit("story").as("scope"),
            col("story_id"),
            col("t.source").as("source"),
            col("t.rank").as("rank"),
            col("t.term").as("term"),
            col("t.source_count").as("source_count"),
            col("t.rest_count").as("rest_count"),
            col("t.delta").as("delta"),
            col("t.z").as("z"));
  }

  /**
   * Per-article framing counts for the aggregates of {@code sources.csv}: attribution verbs, loaded
   * ones, and the transliteration counts. Sum them per outlet with {@link #sourceSums}.
   */
  static Column[] sourceSums() {
    return new Column[] {
      // Counted per article by the analysis (parallax.framing.AttributionVerbs): a filter over
      // each article's hits here is a higher-order function, which Spark evaluates row by row
      // without generated code.
      sum(col("attribution_verbs")).as("attribution_verbs"),
      sum(col("loaded_attribution_verbs")).as("loaded_attribution_verbs"),
      sum(col("transliteration_russian")).as("transliteration_russian"),
      sum(col("transliteration_ukrainian")).as("transliteration_ukrainian")
    };
  }

  /** The framing columns of {@code sources.csv}, from the sums of {@link #sourceSums}. */
  static Column[] sourceColumns() {
    Column russian = col("transliteration_russian");
    Column ukrainian = col("transliteration_ukrainian");
    return new Column[] {
      col("attribution_verbs"),
      col("loaded_attribution_verbs"),
      when(
              col("attribution_verbs").gt(0),
              col("loaded_attribution_verbs").divide(col("attribution_verbs")))
          .as("loaded_attribution_share"),
      russian,
      ukrainian,
      // The rule of parallax.framing.TransliterationLeaning, over the outlet's summed counts.
      when(russian.plus(ukrainian).equalTo(0), lit("none"))
          .when(russian.gt(ukrainian), lit("russian"))
          .when(ukrainian.gt(russian), lit("ukrainian"))
          .otherwise(lit("mixed"))
          .as("transliteration_leaning")
    };
  }
}
