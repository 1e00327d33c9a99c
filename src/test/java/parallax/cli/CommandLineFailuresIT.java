package parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parallax.cluster.Commands;
import parallax.cluster.Runs;

/**
 * What cannot run at all stops with exit code 2 and one line saying what is wrong, through the real
 * command line (the jar a user runs); the stack trace only with {@code --verbose}.
 */
class CommandLineFailuresIT {

  private static final Path RUNS = Commands.ROOT.resolve("target/it-runs/command-line");
  private static final String DATA = Commands.ROOT.resolve("data").toString();

  @BeforeAll
  static void clean() throws IOException {
    Runs.clean(RUNS);
  }

  @Test
  void aMissingInputPathStopsWithOneLine() throws Exception {
    String missing = RUNS.resolve("no-such-folder").toString();
    Commands.Result run = parallax("missing-input", "--input", missing, "--out", out("a"));
    assertFailedWith(run, "parallax: error: input path does not exist: " + missing);
  }

  @Test
  void anOutputBelowAFileStopsWithOneLine() throws Exception {
    Path file = Files.writeString(RUNS.resolve("a-file.txt"), "not a folder");
    String output = file.resolve("report").toString();
    Commands.Result run = parallax("output-below-file", "--input", DATA, "--out", output);
    assertFailedWith(run, "parallax: error: cannot write output folder " + output + ": ");
  }

  @Test
  void anOutputInAFolderNobodyMayWriteStopsWithOneLine() throws Exception {
    // Root ignores permission bits, so as root the folder is one the kernel refuses to anyone.
    Path readOnly = Path.of("/proc");
    if (!"root".equals(System.getProperty("user.name"))) {
      readOnly = Files.createDirectories(RUNS.resolve("read-only"));
      assertTrue(readOnly.toFile().setWritable(false, false), "chmod a-w " + readOnly);
    }
    String output = readOnly.resolve("parallax-report").toString();
    Commands.Result run = parallax("output-read-only", "--input", DATA, "--out", output);
    assertFailedWith(run, "parallax: error: cannot write output folder " + output + ": ");
  }

  @Test
  void anOutputThatIsAFileStopsWithOneLine() throws Exception {
    Path file = Files.writeString(RUNS.resolve("report.csv"), "a,b\n");
    Commands.Result run = parallax("output-is-file", "--input", DATA, "--out", file.toString());
    assertFailedWith(run, "parallax: error: output " + file + " is a file, not a folder");
    assertEquals("a,b\n", Files.readString(file));
  }

  @Test
  void refusesToReplaceAReportWithoutOverwriteAndLeavesItAlone() throws Exception {
    Path report = Files.createDirectories(RUNS.resolve("previous"));
    Files.writeString(report.resolve("articles.csv"), "kept\r\n");
    Commands.Result run = parallax("no-overwrite", "--input", DATA, "--out", report.toString());
    assertFailedWith(
        run,
        "parallax: error: output folder "
            + report
            + " is not empty; pass --overwrite to replace it");
    assertEquals(List.of("articles.csv"), list(report));
    assertEquals("kept\r\n", Files.readString(report.resolve("articles.csv")));
  }

  @Test
  void malformedOutletMetadataStopsNamingFileAndLine() throws Exception {
    Path sources =
        Files.writeString(
            RUNS.resolve("sources.csv"), "name,aliases,country\nRT,Russia Today,RU\n,TASS,RU\n");
    Commands.Result run =
        parallax(
            "bad-sources", "--input", DATA, "--sources", sources.toString(), "--out", out("b"));
    assertFailedWith(
        run, "parallax: error: bad outlet metadata: " + sources + ":3: outlet has no name");
  }

  @Test
  void anOutOfRangeOptionStopsWithOneLine() throws Exception {
    Commands.Result run =
        parallax("bad-option", "--input", DATA, "--out", out("c"), "--max-body-chars", "0");
    assertFailedWith(run, "parallax: error: max body characters must be positive, was 0");
  }

  @Test
  void verbosePrintsTheStackTraceToo() throws Exception {
    String missing = RUNS.resolve("no-such-folder").toString();
    Commands.Result run = parallax("verbose", "--input", missing, "--out", out("d"), "--verbose");
    assertEquals(2, run.exitCode(), run.errors());
    assertTrue(
        run.errors().startsWith("parallax: error: input path does not exist: " + missing),
        run.errors());
    assertTrue(run.errors().contains("\tat parallax.job.InputFiles.list"), run.errors());
  }

  private static String out(String name) {
    return RUNS.resolve("out-" + name).toString();
  }

  private static Commands.Result parallax(String name, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("run"));
    command.addAll(List.of(args));
    return Commands.runApart(
        Commands.localJar(command), Map.of(), RUNS.resolve(name + ".log"), Duration.ofMinutes(5));
  }

  /**
   * Exit code 2, and all of stderr (Spark's and Java's warnings too) is one line starting with
   * {@code expectedStart}; stdout holds at most the progress line of the stage that was starting.
   */
  private static void assertFailedWith(Commands.Result run, String expectedStart) {
    assertEquals(2, run.exitCode(), run.output() + run.errors());
    List<String> lines = run.errors().lines().filter(line -> !line.isBlank()).toList();
    assertEquals(1, lines.size(), "one line, not:\n" + run.errors());
    assertTrue(lines.get(0).startsWith(expectedStart), lines.get(0));
    assertFalse(run.errors().contains("Exception"), run.errors());
    assertTrue(run.output().lines().allMatch(line -> line.startsWith("parallax: ")), run.output());
  }

  private static List<String> list(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }
}
