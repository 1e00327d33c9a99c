package parallax.compare;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import parallax.framing.LogOddsRatio;

/**
 * Each source's distinctive terms against all other sources over the whole corpus, by the weighted
 * log-odds ratio with an informative Dirichlet prior ({@link LogOddsRatio}: Monroe, Colaresi &
 * Quinn 2008), computed entirely with Spark SQL so it scales with the corpus: the per-article
 * content-word counts are summed by (source, term), and δ and z are column expressions of those
 * sums, the term's corpus total, the source's total and the corpus size. The prior is the corpus
 * itself (α_w = floor + strength × corpus count of w / corpus size), exactly what {@link
 * LogOddsRatio#compare} does without a background; the tests hold the two to the same numbers.
 */
public final class CorpusDistinctiveTerms {

  private CorpusDistinctiveTerms() {}

  /**
   * The {@code top} terms of every source (by z, then term) that the source uses, as {@code
   * distinctive_terms.csv} rows with {@code scope = overall} and no story id. Fewer than two
   * sources give no rows.
   *
   * @param analysed rows with {@code source} and {@code term_counts} (array of term, count)
   */
  public static Dataset<Row> top(Dataset<Row> analysed, int top) {
    return fromCounts(sourceTermCounts(analysed), top);
  }

  /**
   * {@code (source, term, yi)}: how often each source uses each term over all its articles, the
   * input of {@link #fromCounts}, which reads it several times (persist it).
   *
   * @param analysed rows with {@code source} and {@code term_counts} (array of term, count)
   */
  public static Dataset<Row> sourceTermCounts(Dataset<Row> analysed) {
    return analysed
        .select(col("source"), explode(col("term_counts")).as("t"))
        .groupBy(col("source"), col("t.term").as("term"))
        .agg(sum(col("t.count")).as("yi"));
  }

  /** As {@link #top(Dataset, int)}, from the {@link #sourceTermCounts}. */
  public static Dataset<Row> fromCounts(Dataset<Row> bySourceTerm, int top) {
    double strength = LogOddsRatio.DEFAULT_PRIOR_STRENGTH;
    double floor = LogOddsRatio.DEFAULT_FLOOR;
    if (top < 1) {
      throw new IllegalArgumentException("top must be >= 1, was " + top);
    }
    Dataset<Row> byTerm = bySourceTerm.groupBy(col("term")).agg(sum(col("yi")).as("yw"));
    Dataset<Row> bySource = bySourceTerm.groupBy(col("source")).agg(sum(col("yi")).as("ni"));
    Dataset<Row> corpus =
        bySource
            .agg(sum(col("ni")).as("n"), count(lit(1)).as("sources"))
            .crossJoin(byTerm.agg(count(lit(1)).as("vocabulary")));

    Column yi = col("yi");
    Column yj = col("yw").minus(yi);
    Column ni = col("ni");
    Column nj = col("n").minus(ni);
    Column alpha = lit(floor).plus(lit(strength).multiply(col("yw")).divide(col("n")));
    Column alpha0 = lit(floor).multiply(col("vocabulary")).plus(lit(strength));
    Column delta =
        log(yi.plus(alpha).divide(ni.plus(alpha0).minus(yi).minus(alpha)))
            .minus(log(yj.plus(alpha).divide(nj.plus(alpha0).minus(yj).minus(alpha))));
    Column variance = lit(1.0).divide(yi.plus(alpha)).plus(lit(1.0).divide(yj.plus(alpha)));

    return bySourceTerm
        .join(byTerm, "term")
        .join(bySource, "source")
        .crossJoin(corpus)
        .filter(col("sources").geq(2))
        .withColumn("delta", delta)
        .withColumn("z", col("delta").divide(sqrt(variance)))
        .withColumn(
            "rank",
            row_number()
                .over(Window.partitionBy(col("source")).orderBy(col("z").desc(), col("term"))))
        .filter(col("rank").leq(top))
        .select(
            lit("overall").as("scope"),
            lit(null).cast("string").as("story_id"),
            col("source"),
            col("rank").cast("int").as("rank"),
            col("term"),
            yi.as("source_count"),
            yj.as("rest_count"),
            col("delta"),
            col("z"));
  }
}
