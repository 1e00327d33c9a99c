package parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Kills one worker's executor JVM while the analysis stage runs, after some of its tasks have
 * finished; the run must still finish, on what is left of the cluster, with exactly the report of
 * an undisturbed run. The moment is found through the driver's REST API (the analysis is the Spark
 * job group {@code parallax-analyse}), not by sleeping.
 */
@ExtendWith(LocalCluster.Extension.class)
class ExecutorLossIT {

  private static final Path RUNS = Commands.ROOT.resolve("target/it-runs/executor-loss");
  private static final int ARTICLES = 600;
  private static final int PARTITIONS = 12;
  private static final Duration LIMIT = Duration.ofMinutes(15);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void finishesWithTheUndisturbedReportWhenAnExecutorDiesDuringTheAnalysis() throws Exception {
    Runs.clean(RUNS);
    Path input = writeCorpus(RUNS.resolve("input/articles.jsonl"));
    Path undisturbed = RUNS.resolve("undisturbed");
    Commands.Result reference =
        Commands.run(
            Commands.localJar(args(input, undisturbed)),
            Map.of(),
            RUNS.resolve("undisturbed.log"),
            LIMIT);
    assertEquals(0, reference.exitCode(), reference.output());

    LocalCluster cluster = LocalCluster.get();
    int uiPort = freePort();
    Path disturbed = RUNS.resolve("disturbed");
    List<String> submit = new ArrayList<>();
    submit.addAll(
        List.of(
            "--deploy-mode",
            "client",
            "--class",
            "parallax.cli.Main",
            "--executor-cores",
            "1",
            "--total-executor-cores",
            "2",
            "--executor-memory",
            "1g",
            "--conf",
            "spark.ui.port=" + uiPort,
            "--conf",
            "spark.port.maxRetries=0",
            Commands.ROOT.resolve("target/parallax-submit.jar").toString()));
    submit.addAll(args(input, disturbed));
    Path log = RUNS.resolve("disturbed.log");
    Process driver = Commands.start(cluster.sparkSubmit(submit), cluster.submitEnv(), log);

    SparkRest rest = new SparkRest(uiPort);
    RunningTask victim = awaitAnalysisMidway(rest, driver, log);
    ProcessHandle executor = executorProcess(rest.appId().orElseThrow(), victim.executorId());
    assertTrue(executor.destroyForcibly(), "could not kill executor " + victim);
    JsonNode lost = awaitExecutorRemoved(rest, victim.executorId(), driver, log);

    Commands.Result run = Commands.waitFor(driver, log, LIMIT, submit);
    assertEquals(0, run.exitCode(), run.output());
    ReportFolders.assertSameReport(undisturbed, disturbed);
    System.out.printf(
        "killed executor %s (pid %d) while task %d of stage %d ran, after %d of %d tasks had"
            + " finished; Spark: %s%n",
        victim.executorId(),
        executor.pid(),
        victim.index(),
        victim.stageId(),
        victim.completedBefore(),
        PARTITIONS,
        lost.path("removeReason").asText());
  }

  private static List<String> args(Path input, Path out) {
    return List.of(
        "run",
        "--input",
        input.toString(),
        "--out",
        out.toString(),
        "--partitions",
        String.valueOf(PARTITIONS));
  }

  /** A task of the analysis stage running on an executor, seen after others had finished. */
  private record RunningTask(String executorId, int stageId, int index, int completedBefore) {}

  /**
   * Waits until the analysis stage (the stage of job group parallax-analyse with one task per
   * partition) has finished at least two tasks and is running another; returns that one.
   */
  private static RunningTask awaitAnalysisMidway(SparkRest rest, Process driver, Path log)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(LIMIT);
    while (Instant.now().isBefore(deadline)) {
      assertTrue(
          driver.isAlive(), "the run ended before the analysis was seen:\n" + Commands.tail(log));
      Optional<RunningTask> task = runningAnalysisTask(rest);
      if (task.isPresent()) {
        return task.get();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the analysis stage never got midway:\n" + Commands.tail(log));
  }

  private static Optional<RunningTask> runningAnalysisTask(SparkRest rest) {
    Optional<JsonNode> jobs = rest.app("/jobs?status=running");
    if (jobs.isEmpty()) {
      return Optional.empty();
    }
    for (JsonNode job : jobs.get()) {
      if (!"parallax-analyse".equals(job.path("jobGroup").asText())) {
        continue;
      }
      for (JsonNode stageId : job.path("stageIds")) {
        Optional<JsonNode> attempts = rest.app("/stages/" + stageId.asInt());
        if (attempts.isEmpty()) {
          continue;
        }
        for (JsonNode stage : attempts.get()) {
          if (stage.path("numTasks").asInt() != PARTITIONS
              || !"ACTIVE".equals(stage.path("status").asText())
              || stage.path("numCompleteTasks").asInt() < 2) {
            continue;
          }
          Optional<JsonNode> running =
              rest.app(
                  "/stages/"
                      + stageId.asInt()
                      + "/"
                      + stage.path("attemptId").asInt()
                      + "/taskList?status=running");
          if (running.isPresent() && running.get().size() > 0) {
            JsonNode task = running.get().get(0);
            return Optional.of(
                new RunningTask(
                    task.path("executorId").asText(),
                    stageId.asInt(),
                    task.path("index").asInt(),
                    stage.path("numCompleteTasks").asInt()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The executor JVM a worker launched for {@code appId} as {@code executorId}. */
  private static ProcessHandle executorProcess(String appId, String executorId) {
    List<ProcessHandle> found =
        ProcessHandle.allProcesses()
            .filter(
                process -> {
                  List<String> argv = process.info().arguments().map(List::of).orElse(List.of());
                  return argv.contains("org.apache.spark.executor.CoarseGrainedExecutorBackend")
                      && follows(argv, "--app-id", appId)
                      && follows(argv, "--executor-id", executorId);
                })
            .toList();
    assertEquals(1, found.size(), "executor " + executorId + " of " + appId + ": " + found);
    return found.get(0);
  }

  private static boolean follows(List<String> argv, String option, String value) {
    int at = argv.indexOf(option);
    return at >= 0 && at + 1 < argv.size() && argv.get(at + 1).equals(value);
  }

  /** Waits until the driver has written the executor off; returns Spark's account of it. */
  private static JsonNode awaitExecutorRemoved(
      SparkRest rest, String executorId, Process driver, Path log)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline) && driver.isAlive()) {
      Optional<JsonNode> executors = rest.app("/allexecutors");
      if (executors.isPresent()) {
        for (JsonNode executor : executors.get()) {
          if (executor.path("id").asText().equals(executorId)
              && !executor.path("isActive").asBoolean(true)) {
            return executor;
          }
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError(
        "the driver never reported executor " + executorId + " lost:\n" + Commands.tail(log));
  }

  /**
   * A JSON Lines corpus of {@code ARTICLES} versions made from the sample stories in data/: enough
   * text that each analysis task takes a while.
   */
  private static Path writeCorpus(Path file) throws IOException {
    List<String> bodies = new ArrayList<>();
    try (Stream<Path> texts = Files.list(Commands.ROOT.resolve("data/stories/trump-putin-call"))) {
      for (Path text : texts.sorted().toList()) {
        String content = Files.readString(text, StandardCharsets.UTF_8);
        bodies.add(content.substring(content.indexOf('\n') + 1));
      }
    }
    for (String line : Files.readAllLines(Commands.ROOT.resolve("data/feeds/river-flood.jsonl"))) {
      if (!line.isBlank()) {
        bodies.add(JSON.readTree(line).get("body").asText());
      }
    }
    Files.createDirectories(file.getParent());
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < ARTICLES; i++) {
        ObjectNode article = JSON.createObjectNode();
        article.put("id", String.format("copy-%04d", i));
        article.put("story_id", String.format("story-%02d", i % 40));
        article.put("source", "Outlet " + (i % 9));
        article.put("title", "Version " + i);
        article.put("published", String.format("2025-04-%02dT08:00:00Z", 1 + i % 28));
        article.put("body", bodies.get(i % bodies.size()));
        out.write(JSON.writeValueAsString(article));
        out.write('\n');
      }
    }
    return file;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
