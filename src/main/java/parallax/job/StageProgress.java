package parallax.job;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkJobInfo;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.SparkStatusTracker;
import scala.Option;

/**
 * While a long stage runs, prints a line every so often saying how far it has got ("analyse ~1200
 * of 4000 articles, 12 of 40 partitions done, 2 running, 45 s"), read from Spark's status tracker
 * for the Spark jobs of one job group. Spark only reports whole tasks, so the article count is an
 * estimate from finished partitions. Works the same under {@code spark-submit}, where Spark's
 * console progress bar is usually off, and in a log file.
 *
 * <p>Use with try-with-resources around the actions of the stage; the watcher is a daemon thread.
 * Thread-safe.
 */
final class StageProgress implements AutoCloseable {

  /** How often a line is printed on a real run. */
  static final Duration EVERY = Duration.ofSeconds(10);

  private final SparkContext spark;
  private final String group;
  private final String stage;
  private final long items;
  private final int partitions;
  private final PrintStream console;
  private final long started = System.nanoTime();
  private final ScheduledExecutorService timer;

  private StageProgress(
      SparkContext spark,
      String group,
      String stage,
      long items,
      int partitions,
      PrintStream console) {
    this.spark = spark;
    this.group = group;
    this.stage = stage;
    this.items = items;
    this.partitions = partitions;
    this.console = console;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "parallax-progress-" + stage);
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Puts the calling thread's Spark jobs in a job group and starts watching it.
   *
   * @param items articles going into the stage
   * @param partitions partitions of the stage's last step, one task each
   */
  static StageProgress watch(
      SparkContext spark,
      String stage,
      long items,
      int partitions,
      PrintStream console,
      Duration every) {
    String group = JobGroups.of(stage);
    JobGroups.enter(spark, stage);
    StageProgress progress = new StageProgress(spark, group, stage, items, partitions, console);
    progress.timer.scheduleAtFixedRate(
        progress::report, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    return progress;
  }

  /** The line for the current state, or null before any Spark job of the group started. */
  String line() {
    SparkStatusTracker tracker = spark.statusTracker();
    SparkStageInfo last = null;
    int tasks = 0;
    int done = 0;
    for (int jobId : tracker.getJobIdsForGroup(group)) {
      Option<SparkJobInfo> job = tracker.getJobInfo(jobId);
      if (job.isEmpty()) {
        continue;
      }
      for (int stageId : job.get().stageIds()) {
        Option<SparkStageInfo> info = tracker.getStageInfo(stageId);
        if (info.isEmpty()) {
          continue;
        }
        tasks += info.get().numTasks();
        done += info.get().numCompletedTasks();
        if (info.get().numTasks() == partitions
            && (last == null || info.get().stageId() > last.stageId())) {
          last = info.get();
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (last != null && (last.numCompletedTasks() > 0 || last.numActiveTasks() > 0)) {
      long estimate = items * last.numCompletedTasks() / Math.max(1, partitions);
      return String.format(
          Locale.ROOT,
          "parallax: %-8s ~%d of %d articles, %d of %d partitions done, %d running, %.0f s",
          stage,
          estimate,
          items,
          last.numCompletedTasks(),
          partitions,
          last.numActiveTasks(),
          seconds);
    }
    if (tasks == 0) {
      return null;
    }
    return String.format(
        Locale.ROOT,
        "parallax: %-8s reading and partitioning the input, %d of %d tasks done, %.0f s",
        stage,
        done,
        tasks,
        seconds);
  }

  private void report() {
    try {
      String line = line();
      if (line != null) {
        console.println(line);
      }
    } catch (RuntimeException e) {
      // A progress line is a courtesy: a status-tracker hiccup must not disturb the run.
    }
  }

  /** Stops watching and takes the calling thread out of the job group. */
  @Override
  public void close() {
    timer.shutdownNow();
    spark.clearJobGroup();
  }
}
