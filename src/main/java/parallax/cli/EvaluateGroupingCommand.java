package parallax.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import parallax.job.GroupingSettings;
import parallax.job.StoryGrouping;
import parallax.reuse.GroupingMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parallax evaluate-grouping --input FILE}: hides the story ids of a labelled JSON Lines
 * file, groups the articles into stories again, and prints how well the grouping agrees with the
 * labels (pairwise precision, recall, F1, adjusted Rand index). The last line is {@code
 * pairwise_f1=0.xxx}.
 */
@Command(
    name = "evaluate-grouping",
    mixinStandardHelpOptions = true,
    description =
        "Regroup a labelled JSON Lines file (id, story_id, title, published, body) with its story"
            + " ids hidden and score the grouping against them.")
public final class EvaluateGroupingCommand implements Callable<Integer> {

  private static final StructType INPUT =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("story_id", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("published", DataTypes.StringType)
          .add("body", DataTypes.StringType);

  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      description = "Labelled JSON Lines file (gzip allowed) or any path Spark can read.")
  String input;

  @Option(
      names = "--threshold",
      description = "Mean similarity needed to merge (default: ${DEFAULT-VALUE}).")
  double threshold = GroupingSettings.defaults().threshold();

  @Option(
      names = "--window-days",
      description = "Articles further apart are never compared (default: ${DEFAULT-VALUE}).")
  int windowDays = GroupingSettings.defaults().windowDays();

  @Option(
      names = "--half-life-hours",
      description = "Similarity halves over this time gap (default: ${DEFAULT-VALUE}).")
  double halfLifeHours = GroupingSettings.defaults().halfLifeHours();

  @Option(
      names = "--lead-tokens",
      description = "Body words read after the title (default: ${DEFAULT-VALUE}).")
  int leadTokens = GroupingSettings.defaults().leadTokens();

  @Option(
      names = "--salient-terms",
      description = "Terms per article MinHash compares (default: ${DEFAULT-VALUE}).")
  int salientTerms = GroupingSettings.defaults().salientTerms();

  @Option(names = "--hash-tables", description = "MinHash functions (default: ${DEFAULT-VALUE}).")
  int hashTables = GroupingSettings.defaults().hashTables();

  @Option(
      names = "--master",
      description = "Spark master when no session is running (default: ${DEFAULT-VALUE}).")
  String master = "local[*]";

  private final SparkSession given;

  /** For the command line: starts (and stops) its own Spark session. */
  public EvaluateGroupingCommand() {
    this(null);
  }

  /** Uses a running session and leaves it running (tests). */
  EvaluateGroupingCommand(SparkSession session) {
    this.given = session;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!input.contains("://") && !Files.exists(Path.of(input))) {
      spec.commandLine().getErr().println("evaluate-grouping: no such input: " + input);
      return 2;
    }
    SparkSession spark = given != null ? given : startSpark();
    try {
      GroupingSettings defaults = GroupingSettings.defaults();
      GroupingSettings settings =
          new GroupingSettings(
              threshold,
              windowDays,
              halfLifeHours,
              defaults.undatedGapHours(),
              leadTokens,
              salientTerms,
              hashTables,
              defaults.maxBucket(),
              defaults.numFeatures(),
              defaults.seed(),
              true);
      long started = System.nanoTime();
      Result result = evaluate(spark, settings);
      double seconds = (System.nanoTime() - started) / 1e9;
      print(out, result, seconds);
      return 0;
    } finally {
      if (given == null) {
        spark.stop();
      }
    }
  }

  private SparkSession startSpark() {
    return SparkSession.builder()
        .appName("parallax evaluate-grouping")
        .master(master)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
  }

  private record Result(
      GroupingMetrics metrics, long unlabelled, long referenceStories, long predictedStories) {}

  private Result evaluate(SparkSession spark, GroupingSettings settings) {
    Dataset<Row> labelled = spark.read().schema(INPUT).json(input);
    Dataset<Row> hidden =
        labelled.select(
            col("id").as("article_id"),
            col("title"),
            col("body"),
            col("published"),
            lit(null).cast(DataTypes.StringType).as("story_id"));
    Map<String, String> reference = new HashMap<>();
    long unlabelled = 0;
    for (Row row : labelled.select("id", "story_id").collectAsList()) {
      if (row.isNullAt(1)) {
        unlabelled++;
      } else {
        reference.put(row.getString(0), row.getString(1));
      }
    }
    List<String> truth = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    Dataset<Row> grouped = new StoryGrouping(settings).withStoryIds(hidden);
    for (Row row : grouped.select("article_id", "story_id").collectAsList()) {
      String story = reference.get(row.getString(0));
      if (story != null) {
        truth.add(story);
        predicted.add(row.getString(1));
      }
    }
    return new Result(
        GroupingMetrics.of(truth, predicted),
        unlabelled,
        truth.stream().distinct().count(),
        predicted.stream().distinct().count());
  }

  private static void print(PrintWriter out, Result result, double seconds) {
    GroupingMetrics m = result.metrics();
    out.printf(Locale.ROOT, "articles=%d%n", m.items());
    if (result.unlabelled() > 0) {
      out.printf(Locale.ROOT, "skipped_without_story_id=%d%n", result.unlabelled());
    }
    out.printf(Locale.ROOT, "reference_stories=%d%n", result.referenceStories());
    out.printf(Locale.ROOT, "predicted_stories=%d%n", result.predictedStories());
    out.printf(Locale.ROOT, "reference_pairs=%d%n", m.truePairs());
    out.printf(Locale.ROOT, "predicted_pairs=%d%n", m.predictedPairs());
    out.printf(Locale.ROOT, "agreeing_pairs=%d%n", m.agreeingPairs());
    out.printf(Locale.ROOT, "seconds=%.1f%n", seconds);
    out.printf(Locale.ROOT, "pairwise_precision=%.3f%n", m.precision());
    out.printf(Locale.ROOT, "pairwise_recall=%.3f%n", m.recall());
    out.printf(Locale.ROOT, "adjusted_rand_index=%.3f%n", m.adjustedRandIndex());
    out.printf(Locale.ROOT, "pairwise_f1=%.3f%n", m.f1());
    out.flush();
  }
}
