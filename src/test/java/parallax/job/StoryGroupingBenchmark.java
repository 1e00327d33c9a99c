package parallax.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Times story grouping on an unlabelled JSON Lines file (by default the 6,000 articles of {@code
 * ../shared/datasets/article-bias/articles.jsonl.gz}). Not a test: run it under {@code
 * /usr/bin/time -v} for wall time and peak memory, e.g.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
 *     -Dmdep.includeScope=test
 * /usr/bin/time -v java -Xmx2g -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     parallax.job.StoryGroupingBenchmark [FILE]
 * </pre>
 */
public final class StoryGroupingBenchmark {

  private static final StructType INPUT =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("published", DataTypes.StringType)
          .add("body", DataTypes.StringType);

  private StoryGroupingBenchmark() {}

  public static void main(String[] args) {
    String input = args.length > 0 ? args[0] : "../shared/datasets/article-bias/articles.jsonl.gz";
    if (!Files.exists(Path.of(input))) {
      System.err.println("skipping: " + input + " not present");
      return;
    }
    SparkSession spark =
        SparkSession.builder()
            .appName("parallax story grouping benchmark")
            .master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
    try {
      Dataset<Row> articles =
          spark
              .read()
              .schema(INPUT)
              .json(input)
              .selectExpr(
                  "id AS article_id",
                  "title",
                  "published",
                  "body",
                  "CAST(NULL AS STRING) AS story_id");
      long started = System.nanoTime();
      Dataset<Row> grouped =
          new StoryGrouping(GroupingSettings.defaults()).withStoryIds(articles).cache();
      long total = grouped.count();
      double seconds = (System.nanoTime() - started) / 1e9;
      Dataset<Row> sizes = grouped.groupBy("story_id").agg(count("*").as("n"));
      long stories = sizes.count();
      long clustered = grouped.filter(col("grouping").equalTo(StoryGrouping.CLUSTERED)).count();
      List<Row> largest = sizes.orderBy(desc("n"), col("story_id")).limit(5).collectAsList();
      System.out.printf(
          "articles=%d stories=%d clustered_articles=%d largest=%s seconds=%.1f%n",
          total, stories, clustered, largest, seconds);
    } finally {
      spark.stop();
    }
  }
}
