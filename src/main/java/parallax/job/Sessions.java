package parallax.job;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Starts the job's SparkSession. Under {@code spark-submit} the master and resources come from
 * Spark; run directly (a laptop), the job uses every local core, binds to loopback and shows
 * Spark's progress bar on long stages.
 */
public final class Sessions {

  /** Spark's setting for the size of its cache of compiled generated classes (one per JVM). */
  private static final String CODEGEN_CACHE = "spark.sql.codegen.cache.maxEntries";

  /** Room for every class a run compiles (525 on article-bias, 650 to 720 before fewer queries). */
  private static final int CODEGEN_CACHE_ENTRIES = 2000;

  /** Spark's setting for the largest generated method it keeps whole-stage code generation for. */
  private static final String HUGE_METHOD_LIMIT = "spark.sql.codegen.hugeMethodLimit";

  /** HotSpot's own limit (-XX:HugeMethodLimit): it never compiles a method of more bytecode. */
  private static final int HOTSPOT_HUGE_METHOD = 8000;

  private Sessions() {}

  /** A session for {@code config}: its master if set, else spark-submit's, else all local cores. */
  public static SparkSession start(JobConfig config) {
    SparkConf submitted = new SparkConf();
    boolean underSubmit = submitted.contains("spark.master");
    String master = config.master() != null ? config.master() : underSubmit ? null : "local[*]";
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("parallax")
            .config("spark.sql.session.timeZone", "UTC")
            // A progress bar helps a person at a terminal; in a log file it is noise.
            .config("spark.ui.showConsoleProgress", String.valueOf(System.console() != null));
    if (master != null) {
      builder.master(master);
    }
    if (master != null && master.startsWith("local")) {
      builder
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", "false");
    }
    defaults(submitted, master).forEach(builder::config);
    return builder.getOrCreate();
  }

  /**
   * The settings the job gives Spark unless the user (spark-submit's {@code --conf} or a {@code
   * spark.*} system property) already has: the code generation ones everywhere, and on one machine
   * fewer shuffle partitions and, when the job chose the local master itself, the local file system
   * without {@code chmod} processes.
   *
   * @param master the master the job sets, or null when spark-submit gives it
   */
  static Map<String, String> defaults(SparkConf submitted, String master) {
    Map<String, String> settings = new LinkedHashMap<>();
    // A query's classes are compiled on the driver, then looked up again by its tasks: in Spark's
    // cache of 100, the tables and report queries running at the same time evicted each other's
    // classes, and about 60 a run were compiled twice.
    settings.put(CODEGEN_CACHE, String.valueOf(CODEGEN_CACHE_ENTRIES));
    // Spark fuses a stage into one generated method of up to 64 KB of bytecode; HotSpot leaves a
    // method over 8,000 bytes to its interpreter. The serialisers of the analysed rows and of the
    // story rows (their many nested columns) made methods of 31,442 and 26,434 bytes, so every row
    // was converted by interpreted code, on every executor. At this limit Spark generates such a
    // stage as separate operators, each compiled.
    settings.put(HUGE_METHOD_LIMIT, String.valueOf(HOTSPOT_HUGE_METHOD));
    if (master != null && master.startsWith("local")) {
      settings.put("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName());
    }
    String effectiveMaster = master != null ? master : submitted.get("spark.master", "");
    if (effectiveMaster.startsWith("local")) {
      // Spark's default of 200 shuffle partitions means 200 mostly empty tasks per shuffle on one
      // machine: story grouping's rounds of joins took minutes instead of seconds. A cluster keeps
      // Spark's default (or the user's --conf), which adaptive execution coalesces.
      settings.put(
          "spark.sql.shuffle.partitions",
          String.valueOf(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
    }
    settings.keySet().removeIf(submitted::contains);
    return settings;
  }
}
