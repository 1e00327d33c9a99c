package parallax.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SessionsTest {

  @Test
  void keepsWholeStageCodeWithinWhatHotSpotCompilesAndRoomForEveryClass() {
    Map<String, String> settings = Sessions.defaults(new SparkConf(false), null);

    assertEquals(
        Map.of(
            "spark.sql.codegen.hugeMethodLimit", "8000",
            "spark.sql.codegen.cache.maxEntries", "2000"),
        settings);
  }

  @Test
  void leavesTheUsersOwnValuesAlone() {
    SparkConf submitted =
        new SparkConf(false)
            .set("spark.sql.codegen.hugeMethodLimit", "65535")
            .set("spark.sql.codegen.cache.maxEntries", "100");

    assertEquals(Map.of(), Sessions.defaults(submitted, null));
  }

  @Test
  void onOneMachineAlsoFewerShufflePartitionsAndTheLocalFileSystemUnlessGiven() {
    Map<String, String> chosenHere = Sessions.defaults(new SparkConf(false), "local[2]");
    assertEquals(NioLocalFileSystem.class.getName(), chosenHere.get("spark.hadoop.fs.file.impl"));
    assertEquals(
        String.valueOf(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())),
        chosenHere.get("spark.sql.shuffle.partitions"));

    // spark-submit --master local[2] --conf spark.sql.shuffle.partitions=8: its master, its own
    // partitions, and Hadoop's file system as spark-submit configured it.
    SparkConf submitted =
        new SparkConf(false)
            .set("spark.master", "local[2]")
            .set("spark.sql.shuffle.partitions", "8");
    Map<String, String> underSubmit = Sessions.defaults(submitted, null);
    assertEquals(
        Map.of(
            "spark.sql.codegen.hugeMethodLimit", "8000",
            "spark.sql.codegen.cache.maxEntries", "2000"),
        underSubmit);
  }
}
