package parallax.job;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * Task time per analysis (NLP, framing, ...): one Spark {@link LongAccumulator} of nanoseconds per
 * analysis, registered on the driver, added to by the tasks around each analysis call, read on the
 * driver for the manifest's {@code analysis_task_seconds}. The sums are CPU-side task time over all
 * executors, not wall time. Spark adds a retried or recomputed task's updates again, so the numbers
 * are approximate when tasks fail or cached partitions are evicted. Serializable: tasks carry it.
 */
final class AnalysisTimes implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, LongAccumulator> nanos;

  private AnalysisTimes(Map<String, LongAccumulator> nanos) {
    this.nanos = nanos;
  }

  /** Registers one accumulator per analysis name, on the driver. */
  static AnalysisTimes register(SparkContext spark, List<String> analyses) {
    Map<String, LongAccumulator> nanos = new LinkedHashMap<>();
    for (String analysis : analyses) {
      nanos.put(analysis, spark.longAccumulator("parallax " + analysis + " task nanoseconds"));
    }
    return new AnalysisTimes(nanos);
  }

  /**
   * Runs {@code call} and adds its duration to {@code analysis}.
   *
   * @throws IllegalArgumentException for an analysis not registered
   */
  <T> T time(String analysis, Supplier<T> call) {
    LongAccumulator accumulator = nanos.get(analysis);
    if (accumulator == null) {
      throw new IllegalArgumentException(
          "analysis " + analysis + " has no timer; registered: " + nanos.keySet());
    }
    long start = System.nanoTime();
    try {
      return call.get();
    } finally {
      accumulator.add(System.nanoTime() - start);
    }
  }

  /** Seconds per analysis, in registration order; read on the driver after the stage ran. */
  Map<String, Double> seconds() {
    Map<String, Double> seconds = new LinkedHashMap<>();
    nanos.forEach((analysis, sum) -> seconds.put(analysis, sum.value() / 1e9));
    return seconds;
  }
}
