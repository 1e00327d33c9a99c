package parallax.compare;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The tables that put versions side by side, computed with Spark SQL aggregations over the analysed
 * articles: one row per article, per story, and per outlet (within each story and over all
 * stories), with outlet metadata joined on.
 */
public final class VersionTables {

  private static final String COUNTED_WORDS = "counted_words";

  private VersionTables() {}

  /** {@code articles.csv}: one row per analysed article. */
  public static Dataset<Row> articles(Dataset<Row> analysed, Dataset<Row> outlets) {
    List<Column> columns =
        new ArrayList<>(
            List.of(
                col("article_id"),
                col("story_id"),
                col("source"),
                col("credited_source"),
                col("country"),
                col("ownership"),
                col("title"),
                col("published"),
                col("url"),
                col("input_file"),
                col("line"),
                col("words"),
                col("tokens"),
                col("sentences"),
                col("transliteration_russian"),
                col("transliteration_ukrainian"),
                col("transliteration_leaning")));
    columns.addAll(List.of(QuoteTables.articleColumns()));
    columns.addAll(List.of(SentimentTables.articleColumns()));
    return withOutletMetadata(analysed, outlets).select(columns.toArray(Column[]::new));
  }

  /** {@code stories.csv}: one row per story, labelled with its earliest version's title. */
  public static Dataset<Row> stories(Dataset<Row> analysed) {
    Column earliestFirst = struct(coalesce(col("published"), lit("9999")), col("article_id"));
    return analysed
        .groupBy(col("story_id"))
        .agg(
            min_by(col("title"), earliestFirst).as("label"),
            count(lit(1)).as("articles"),
            countDistinct(col("source")).as("sources"),
            array_join(array_sort(collect_set(col("source"))), "; ").as("source_list"),
            min(col("published")).as("first_published"),
            max(col("published")).as("last_published"),
            first(col("grouping")).as("grouped_by"),
            sum(col("words")).as("words"));
  }

  /**
   * {@code sources.csv}: per outlet within each story ({@code scope = story}) and over all stories
   * ({@code scope = overall}, no story id).
   *
   * @param sentences the analysed articles' {@link SentimentTables#sentences}, grouped once for
   *     both tones (within a story, overall)
   */
  public static Dataset<Row> sources(
      Dataset<Row> analysed, Dataset<Row> sentences, Dataset<Row> outlets) {
    // One pass over the articles; the overall rows add up the per-story sums, and an outlet's
    // stories are its per-story rows (all measures are sums, the mean is taken last). The tones
    // likewise: one grouping of the sentences, added up for the overall tone.
    Dataset<Row> toneGroups = SentimentTables.storyGroups(sentences);
    Dataset<Row> storySums =
        analysed.groupBy(col("story_id"), col("source")).agg(count(lit(1)).as("articles"), sums());
    Dataset<Row> perStory =
        withMeanWords(storySums)
            .withColumn("stories", lit(1L))
            .withColumn("scope", lit("story"))
            .join(
                SentimentTables.storyTone(toneGroups), new String[] {"story_id", "source"}, "left");
    List<Column> overallSums = new ArrayList<>();
    for (String column : storySums.columns()) {
      if (!column.equals("story_id") && !column.equals("source")) {
        overallSums.add(sum(col(column)).as(column));
      }
    }
    Dataset<Row> overall =
        withMeanWords(
                storySums
                    .groupBy(col("source"))
                    .agg(count(col("story_id")).as("stories"), overallSums.toArray(Column[]::new)))
            .withColumn("scope", lit("overall"))
            .withColumn("story_id", lit(null).cast("string"))
            .join(SentimentTables.overallTone(toneGroups), new String[] {"source"}, "left");
    List<Column> columns =
        new ArrayList<>(
            List.of(
                col("scope"),
                col("story_id"),
                col("source"),
                col("country"),
                col("ownership"),
                col("rating"),
                col("stories"),
                col("articles"),
                col("words"),
                col("sentences"),
                col("mean_words")));
    columns.addAll(List.of(FramingTables.sourceColumns()));
    columns.addAll(List.of(QuoteTables.sourceColumns()));
    columns.addAll(List.of(SentimentTables.sourceColumns()));
    return withOutletMetadata(perStory.unionByName(overall), outlets)
        .select(columns.toArray(Column[]::new));
  }

  /**
   * The per-outlet sums after the article count, the same within a story and overall; {@code
   * counted_words} counts the articles with a word count, the divisor of {@code mean_words}.
   */
  private static Column[] sums() {
    List<Column> sums =
        new ArrayList<>(
            List.of(
                sum(col("words")).as("words"),
                count(col("words")).as(COUNTED_WORDS),
                sum(col("sentences")).as("sentences")));
    sums.addAll(List.of(FramingTables.sourceSums()));
    sums.addAll(List.of(QuoteTables.sourceSums()));
    return sums.toArray(Column[]::new);
  }

  /**
   * {@code mean_words} from the sums, as {@code avg(words)} gives it: word counts are whole
   * numbers, so their sum is exact, and no counted article gives no mean.
   */
  private static Dataset<Row> withMeanWords(Dataset<Row> sums) {
    return sums.withColumn(
            "mean_words", when(col(COUNTED_WORDS).gt(0), col("words").divide(col(COUNTED_WORDS))))
        .drop(COUNTED_WORDS);
  }

  /** Joins outlet metadata (country, ownership, rating) by the canonical outlet name. */
  static Dataset<Row> withOutletMetadata(Dataset<Row> rows, Dataset<Row> outlets) {
    return rows.join(
            org.apache.spark.sql.functions.broadcast(outlets),
            rows.col("source").equalTo(outlets.col("outlet")),
            "left")
        .drop("outlet", "domain");
  }
}
