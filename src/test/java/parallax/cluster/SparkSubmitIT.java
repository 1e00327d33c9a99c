package parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The slim jar submitted with {@code spark-submit} to a real standalone cluster (master and two
 * workers, separate JVMs) writes the same report as the laptop command, in client and in cluster
 * deploy mode: every file byte-identical, the manifest equal but for timings, master and output.
 */
@ExtendWith(LocalCluster.Extension.class)
class SparkSubmitIT {

  private static final Path RUNS = Commands.ROOT.resolve("target/it-runs/spark-submit");
  private static final Path DATA = Commands.ROOT.resolve("data");

  /**
   * By absolute path: in cluster deploy mode the driver runs on a worker, where the defaults
   * (relative) {@code data/lexicons} and {@code data/entities.tsv} do not exist.
   */
  private static final Path LEXICONS = DATA.resolve("lexicons");

  private static final Path ENTITIES = DATA.resolve("entities.tsv");

  private static final Duration LIMIT = Duration.ofMinutes(10);
  private static Path local;

  @BeforeAll
  static void runLocally() throws IOException, InterruptedException {
    Runs.clean(RUNS);
    local = RUNS.resolve("local");
    Commands.Result run =
        Commands.run(
            Commands.localJar(
                List.of(
                    "run",
                    "--input",
                    DATA.toString(),
                    "--lexicons",
                    LEXICONS.toString(),
                    "--entities",
                    ENTITIES.toString(),
                    "--out",
                    local.toString())),
            Map.of(),
            RUNS.resolve("local.log"),
            LIMIT);
    assertEquals(0, run.exitCode(), run.output());
  }

  @Test
  void clientDeployModeWritesTheSameReportAsLocalMode() throws Exception {
    LocalCluster cluster = LocalCluster.get();
    Set<String> appsBefore = apps(cluster);
    Path out = RUNS.resolve("client");
    Commands.Result run = submit(cluster, List.of("--deploy-mode", "client"), out, "client.log");

    assertEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().contains("parallax: wrote "), run.output());
    ReportFolders.assertSameReport(local, out);
    Set<String> newApps = new TreeSet<>(apps(cluster));
    newApps.removeAll(appsBefore);
    assertEquals(2, newApps.size(), "one executor folder per worker for the run: " + newApps);
  }

  @Test
  void clusterDeployModeRunsTheDriverOnAWorkerAndWritesTheSameReportAsLocalMode() throws Exception {
    LocalCluster cluster = LocalCluster.get();
    Set<String> driversBefore = drivers(cluster);
    Path out = RUNS.resolve("cluster");
    Commands.Result run =
        submit(
            cluster,
            List.of(
                "--deploy-mode",
                "cluster",
                // Without it spark-submit returns as soon as the driver is accepted.
                "--conf",
                "spark.standalone.submit.waitAppCompletion=true"),
            out,
            "cluster.log");

    assertEquals(0, run.exitCode(), run.output());
    ReportFolders.assertSameReport(local, out);
    Set<String> newDrivers = new TreeSet<>(drivers(cluster));
    newDrivers.removeAll(driversBefore);
    assertEquals(1, newDrivers.size(), "the driver ran on a worker: " + newDrivers);
    String driverOut = Files.readString(Path.of(newDrivers.iterator().next(), "stdout"));
    assertTrue(driverOut.contains("parallax: wrote file:" + out), driverOut);
  }

  private static Commands.Result submit(
      LocalCluster cluster, List<String> deployMode, Path out, String log)
      throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(deployMode);
    args.addAll(
        List.of(
            "--class",
            "parallax.cli.Main",
            "--executor-cores",
            "1",
            "--total-executor-cores",
            "2",
            "--executor-memory",
            "1g",
            "--conf",
            "spark.ui.enabled=false",
            Commands.ROOT.resolve("target/parallax-submit.jar").toString(),
            "run",
            "--input",
            DATA.toString(),
            "--lexicons",
            LEXICONS.toString(),
            "--entities",
            ENTITIES.toString(),
            "--out",
            out.toString()));
    return Commands.run(cluster.sparkSubmit(args), cluster.submitEnv(), RUNS.resolve(log), LIMIT);
  }

  /** The executor folders ({@code worker-N/app-ID}) the workers made so far. */
  private static Set<String> apps(LocalCluster cluster) throws IOException {
    return children(cluster, "app-");
  }

  /** The driver folders ({@code worker-N/driver-ID}) the workers made so far. */
  private static Set<String> drivers(LocalCluster cluster) throws IOException {
    return children(cluster, "driver-");
  }

  private static Set<String> children(LocalCluster cluster, String prefix) throws IOException {
    Set<String> found = new TreeSet<>();
    for (int worker = 1; worker <= 2; worker++) {
      Path dir = cluster.workerDir(worker);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> list = Files.list(dir)) {
        list.filter(p -> p.getFileName().toString().startsWith(prefix))
            .forEach(p -> found.add(p.toString()));
      }
    }
    return found;
  }
}
