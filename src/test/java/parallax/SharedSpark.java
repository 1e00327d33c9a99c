package parallax;

import org.apache.spark.sql.SparkSession;
import parallax.job.NioLocalFileSystem;

/**
 * The one local SparkSession every test in the JVM shares: starting Spark costs seconds, so tests
 * never start their own. Two cores, few shuffle partitions, no UI.
 */
public final class SharedSpark {

  private SharedSpark() {}

  /** The JVM-wide test session, started on first use. */
  public static SparkSession session() {
    return Holder.SESSION;
  }

  private static final class Holder {
    static final SparkSession SESSION =
        SparkSession.builder()
            .master("local[2]")
            .appName("parallax-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.default.parallelism", "4")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName())
            .getOrCreate();
  }
}
