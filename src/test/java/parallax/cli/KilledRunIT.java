package parallax.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import parallax.cluster.Commands;
import parallax.cluster.ReportFolders;
import parallax.cluster.Runs;

/**
 * A run killed outright (SIGKILL of the driver JVM, nothing gets to clean up) while it writes its
 * report leaves the previous report exactly as it was; the next run replaces it, and repeats the
 * first run's files byte for byte.
 */
class KilledRunIT {

  private static final Path RUNS = Commands.ROOT.resolve("target/it-runs/killed-run");
  private static final Duration LIMIT = Duration.ofMinutes(10);

  @Test
  void aKilledRunLeavesThePreviousReportUntouchedAndTheNextRunRepeatsTheFirst() throws Exception {
    Runs.clean(RUNS);
    Path report = RUNS.resolve("report");
    Commands.Result first = run("first", report);
    assertEquals(0, first.exitCode(), first.output());
    Map<String, byte[]> before = contents(report);
    Path firstCopy = RUNS.resolve("first-copy");
    copy(report, firstCopy);

    List<String> command =
        Commands.localJar(
            List.of(
                "run",
                "--input",
                Commands.ROOT.resolve("data").toString(),
                "--out",
                report.toString(),
                "--overwrite"));
    Path log = RUNS.resolve("killed.log");
    Process killed = Commands.start(command, Map.of(), log);
    awaitLine(killed, log, "parallax: write ");
    assertTrue(killed.isAlive(), "the run finished before it could be killed");
    killed.destroyForcibly().waitFor();

    Map<String, byte[]> after = contents(report);
    assertEquals(before.keySet(), after.keySet());
    for (String file : before.keySet()) {
      assertArrayEquals(before.get(file), after.get(file), file + " changed");
    }
    assertFalse(leftovers().isEmpty(), "the killed run had started writing next to the report");

    Commands.Result next = run("next", report);
    assertEquals(0, next.exitCode(), next.output());
    ReportFolders.assertSameReport(firstCopy, report);
  }

  private static Commands.Result run(String name, Path report)
      throws IOException, InterruptedException {
    return Commands.run(
        Commands.localJar(
            List.of(
                "run",
                "--input",
                Commands.ROOT.resolve("data").toString(),
                "--out",
                report.toString(),
                "--overwrite")),
        Map.of(),
        RUNS.resolve(name + ".log"),
        LIMIT);
  }

  /** Waits until the run has printed {@code start}: the driver's own account of its stage. */
  private static void awaitLine(Process process, Path log, String start)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(LIMIT);
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      if (Files.exists(log)
          && Files.readAllLines(log).stream().anyMatch(line -> line.startsWith(start))) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("never printed '" + start + "':\n" + Commands.tail(log));
  }

  /** The hidden temporary folders of unfinished runs next to the report. */
  private static List<Path> leftovers() throws IOException {
    try (Stream<Path> list = Files.list(RUNS)) {
      return list.filter(path -> path.getFileName().toString().startsWith(".report.parallax-tmp-"))
          .toList();
    }
  }

  private static Map<String, byte[]> contents(Path report) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String file : ReportFolders.files(report)) {
      files.put(file, Files.readAllBytes(report.resolve(file)));
    }
    return files;
  }

  private static void copy(Path from, Path to) throws IOException {
    for (String file : ReportFolders.files(from)) {
      Path target = to.resolve(file);
      Files.createDirectories(target.getParent());
      Files.copy(from.resolve(file), target);
    }
  }
}
