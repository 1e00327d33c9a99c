package parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The 6,000 real articles of {@code ../shared/datasets/article-bias} go through {@code
 * spark-submit} with its default driver memory (1 GB) and Spark in that one JVM ({@code local[2]}):
 * the driver does all the work, the harshest way to run it on 1 GB.
 */
@ExtendWith(LocalCluster.Extension.class)
class LargeCorpusIT {

  private static final Path ARTICLES =
      Commands.ROOT.resolve("../shared/datasets/article-bias/articles.jsonl.gz").normalize();
  private static final Path RUNS = Commands.ROOT.resolve("target/it-runs/large-corpus");

  @Test
  void analysesSixThousandArticlesWithTheDefaultOneGigabyteDriver() throws Exception {
    Assumptions.assumeTrue(
        Files.exists(ARTICLES), "skipping: ../shared/datasets/article-bias not present");
    Runs.clean(RUNS);
    Path out = RUNS.resolve("report");
    LocalCluster cluster = LocalCluster.get();
    List<String> submit =
        cluster.sparkSubmitLocal(
            List.of(
                "--master",
                "local[2]",
                "--class",
                "parallax.cli.Main",
                Commands.ROOT.resolve("target/parallax-submit.jar").toString(),
                "run",
                "--input",
                ARTICLES.toString(),
                "--out",
                out.toString()));
    Commands.Result run =
        Commands.run(submit, cluster.submitEnv(), RUNS.resolve("run.log"), Duration.ofMinutes(20));

    assertEquals(0, run.exitCode(), run.output());
    assertTrue(
        run.output().contains("parallax: wrote file:" + out + ": 6000 records in"), run.output());
    JsonNode counts =
        new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("counts");
    assertEquals(6000, counts.get("records_in").asLong());
    assertTrue(counts.get("reconciled").asBoolean(), counts.toString());
  }
}
