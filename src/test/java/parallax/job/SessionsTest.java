package parallax.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SessionsTest {

  @Test
  void keepsWholeStageCodeWithinWhatHotSpotCompilesAndRoomForEveryClass() {
    Map<String, String> settings = Sessions.codegenSettings(new SparkConf(false));

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

    assertEquals(Map.of(), Sessions.codegenSettings(submitted));
  }
}
