package parallax.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.metrics.source.CodegenMetrics;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.NonFateSharingCache;
import parallax.job.JobConfig;
import parallax.job.ParallaxJob;
import parallax.job.Sessions;

/**
 * One run of the full Parallax job in local mode, timed from after the SparkSession has started to
 * the finished report, with the time per stage read from its manifest.
 */
final class JobRun {

  private JobRun() {}

  /**
   * Tokens analysed, seconds of work, seconds per stage (manifest names), the CPU the JVM used
   * meanwhile (both cores' seconds, the job's and its JIT's), and how many classes Spark generated
   * and compiled for the run's queries (Spark's {@code CodegenMetrics}).
   */
  record Measurement(
      long tokens,
      double seconds,
      Map<String, Double> stageSeconds,
      double cpuSeconds,
      long generatedClasses) {
    double tokensPerSecond() {
      return tokens / seconds;
    }
  }

  static Measurement run(Path corpus, int cores, Path output) throws IOException {
    JobConfig config =
        JobConfig.builder()
            .inputs(List.of(corpus.toString()))
            .output(output.toString())
            .overwrite(true)
            .master("local[" + cores + "]")
            .build();
    SparkSession spark = Sessions.start(config);
    try {
      // After the session starts: the cache is made, with the session's size, on first use.
      forgetGeneratedClasses();
      long compiledBefore = CodegenMetrics.METRIC_COMPILATION_TIME().getCount();
      long cpuBefore = processCpuNanos();
      long start = System.nanoTime();
      new ParallaxJob(spark, config, new PrintStream(new ByteArrayOutputStream())).run();
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Measurement(
          tokens(output),
          seconds,
          stageSeconds(output),
          (processCpuNanos() - cpuBefore) / 1e9,
          CodegenMetrics.METRIC_COMPILATION_TIME().getCount() - compiledBefore);
    } finally {
      spark.stop();
    }
  }

  /**
   * Empties Spark's cache of compiled generated classes (one per JVM, kept across sessions), so
   * each run compiles its classes as a run of the command does: the runs of one benchmark would
   * otherwise reuse the classes of the runs before them.
   */
  private static void forgetGeneratedClasses() {
    try {
      Class<?> generator =
          Class.forName("org.apache.spark.sql.catalyst.expressions.codegen.CodeGenerator$");
      Method cache = generator.getDeclaredMethod("cache");
      cache.setAccessible(true);
      ((NonFateSharingCache<?, ?>) cache.invoke(generator.getField("MODULE$").get(null)))
          .invalidateAll();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot empty Spark's cache of generated classes", e);
    }
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long tokens(Path report) throws IOException {
    long tokens = 0;
    try (Reader reader = Files.newBufferedReader(report.resolve("articles.csv"));
        CSVParser parser =
            CSVParser.parse(
                reader, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      for (CSVRecord row : parser) {
        tokens += Long.parseLong(row.get("tokens"));
      }
    }
    return tokens;
  }

  private static Map<String, Double> stageSeconds(Path report) throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(report.resolve("manifest.json").toFile());
    Map<String, Double> stages = new LinkedHashMap<>();
    for (JsonNode stage : manifest.get("stages")) {
      stages.put(stage.get("name").asText(), stage.get("seconds").asDouble());
    }
    JsonNode tasks = manifest.get("analysis_task_seconds");
    if (tasks != null) {
      tasks
          .fields()
          .forEachRemaining(e -> stages.put("task:" + e.getKey(), e.getValue().asDouble()));
    }
    return stages;
  }
}
