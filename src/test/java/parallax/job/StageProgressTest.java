package parallax.job;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import parallax.SharedSpark;

class StageProgressTest {

  @Test
  void printsHowManyPartitionsAndArticlesAreDoneWhileTheStageRuns() throws InterruptedException {
    JavaSparkContext spark =
        JavaSparkContext.fromSparkContext(SharedSpark.session().sparkContext());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream console = new PrintStream(out, true, StandardCharsets.UTF_8);
    try (StageProgress progress =
        StageProgress.watch(spark.sc(), "analyse", 8, 4, console, Duration.ofMillis(100))) {
      spark
          .parallelize(List.of(1, 2, 3, 4, 5, 6, 7, 8), 4)
          .map(
              x -> {
                Thread.sleep(250);
                return x;
              })
          .count();
      // Spark's status tracker learns of finished tasks from its listener bus, a moment later.
      String last = progress.line();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!last.contains("4 of 4 partitions done, 0 running") && System.nanoTime() < deadline) {
        Thread.sleep(50);
        last = progress.line();
      }
      assertTrue(
          last.contains("~8 of 8 articles, 4 of 4 partitions done, 0 running"),
          String.valueOf(last));
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("parallax: analyse  ~"), printed);
    assertTrue(printed.matches("(?s).* of 4 partitions done, [12] running.*"), printed);
  }
}
