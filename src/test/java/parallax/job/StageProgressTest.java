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
                // Long enough for the asynchronously updated tracker to see the tasks running.
                Thread.sleep(1000);
                return x;
              })
          .count();
      String done = "~8 of 8 articles, 4 of 4 partitions done, 0 running";
      String last = lineOnceTrackerCatchesUp(progress, done);
      assertTrue(last.contains(done), String.valueOf(last));
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("parallax: analyse  ~"), printed);
    assertTrue(printed.matches("(?s).* of 4 partitions done, [12] running.*"), printed);
  }

  /**
   * Spark's status tracker learns of finished tasks from its listener bus, asynchronously: right
   * after an action returns (and on a busy machine, a while after) it may still count a task as
   * running. Waits up to 10 s for the line to say {@code expected}.
   */
  private static String lineOnceTrackerCatchesUp(StageProgress progress, String expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    String line = progress.line();
    while ((line == null || !line.contains(expected)) && System.nanoTime() < deadline) {
      Thread.sleep(50);
      line = progress.line();
    }
    return line;
  }
}
