package parallax.job;

import org.apache.spark.SparkContext;

/**
 * The Spark job group of each stage ({@code parallax-analyse}): readable in the Spark UI, and how
 * monitoring, the console's progress lines and the executor-loss test tell which stage a job
 * belongs to. A thread's group passes to the threads it starts.
 */
final class JobGroups {

  private JobGroups() {}

  /** The group id of {@code stage}'s jobs. */
  static String of(String stage) {
    return "parallax-" + stage;
  }

  /** Puts the Spark jobs the calling thread (and the threads it starts) runs in {@code stage}. */
  static void enter(SparkContext spark, String stage) {
    spark.setJobGroup(of(stage), "parallax " + stage, false);
  }
}
