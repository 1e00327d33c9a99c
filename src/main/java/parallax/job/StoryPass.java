package parallax.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the story pass did, for the console and the manifest: stories compared, stories cut to
 * {@link AnalyseStories#MAX_VERSIONS} versions, and stories whose story-level analysis failed (with
 * the first {@link #MAX_ERRORS} messages).
 */
record StoryPass(long stories, long capped, long failed, List<String> errors) {

  static final int MAX_ERRORS = 20;

  /** Counts the story rows (one small aggregate) and collects the first errors. */
  static StoryPass of(Dataset<Row> storyRows) {
    Row counts =
        storyRows
            .agg(
                count(lit(1)).as("stories"),
                sum(when(col("versions").gt(col("versions_compared")), 1).otherwise(0))
                    .as("capped"),
                sum(when(col("error").isNotNull(), 1).otherwise(0)).as("failed"))
            .first();
    List<String> errors =
        storyRows
            .filter(col("error").isNotNull())
            .orderBy(col("story_id"))
            .limit(MAX_ERRORS)
            .collectAsList()
            .stream()
            .map(row -> "story " + row.getAs("story_id") + ": " + row.getAs("error"))
            .toList();
    return new StoryPass(
        counts.getLong(0), nullToZero(counts.get(1)), nullToZero(counts.get(2)), errors);
  }

  /** The console line of the stage. */
  String summary() {
    return String.format(
        Locale.ROOT,
        "%d stories compared, %d cut to %d versions, %d failed",
        stories,
        capped,
        AnalyseStories.MAX_VERSIONS,
        failed);
  }

  /** One warning line per failed story (the first few). */
  void warn(PrintStream err) {
    for (String error : errors) {
      err.println("parallax: warning: " + error);
    }
  }

  private static long nullToZero(Object sum) {
    return sum == null ? 0L : ((Number) sum).longValue();
  }
}
