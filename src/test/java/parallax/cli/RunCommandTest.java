package parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parallax.job.JobFailure;
import parallax.job.SentimentSettings;
import parallax.sentiment.SentimentMode;
import picocli.CommandLine;

class RunCommandTest {

  private static RunCommand parse(String... args) {
    RunCommand command = new RunCommand();
    new CommandLine(command).parseArgs(args);
    return command;
  }

  @Test
  void lexiconsReplaceTheDefaultAndExtraLexiconsExtendIt() {
    assertEquals(List.of("data/lexicons"), parse().config().lexicons());
    assertEquals(List.of("a", "b"), parse("--lexicons", "a", "b").config().lexicons());
    assertEquals(
        List.of("data/lexicons", "mine"), parse("--extra-lexicons", "mine").config().lexicons());
  }

  @Test
  void sentimentOptionsChooseTheEntityListModelsAndMode() {
    SentimentSettings defaults = parse().config().sentiment();
    assertEquals("data/entities.tsv", defaults.entities());
    assertEquals(SentimentMode.LEXICON, defaults.mode());
    SentimentSettings given =
        parse(
                "--entities",
                "my.tsv",
                "--ner-model",
                "ner.bin",
                "--sentiment-model",
                "tone.bin",
                "--sentiment-mode",
                "Combined")
            .config()
            .sentiment();
    assertEquals(
        new SentimentSettings("my.tsv", true, "ner.bin", "tone.bin", SentimentMode.COMBINED),
        given);
    assertEquals(
        SentimentMode.MODEL,
        parse("--sentiment-model", "tone.bin").config().sentiment().mode(),
        "a model is used when given");
  }

  @Test
  void refusesAModelModeWithoutAModel() {
    JobFailure failure =
        assertThrows(JobFailure.class, () -> parse("--sentiment-mode", "model").config());
    assertEquals("--sentiment-mode model needs --sentiment-model FILE", failure.getMessage());
    assertThrows(CommandLine.ParameterException.class, () -> parse("--sentiment-mode", "vibes"));
  }

  @Test
  void regroupAndDedupeDerivedAreOffUnlessGiven() {
    assertEquals(false, parse().config().regroup());
    assertEquals(false, parse().config().dedupeDerived());
    assertEquals(true, parse("--regroup").config().regroup());
    assertEquals(true, parse("--dedupe-derived").config().dedupeDerived());
  }

  /**
   * The real command line in its own JVM (its {@code spark.stop()} must not stop the tests' shared
   * session): a malformed lexicon line stops the run with exit code 2 and one line naming file and
   * line.
   */
  @Test
  void malformedLexiconLineExitsWithCode2AndOneLineNamingFileAndLine(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path lexicons = Files.createDirectories(dir.resolve("lexicons"));
    Files.writeString(
        lexicons.resolve("mine.tsv"),
        "category\tcanonical\tforms\tmatch\n# a comment\nloaded_language/x\tbrutal\n");
    Path err = dir.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "run",
                "--master",
                "local[1]",
                "--out",
                dir.resolve("report").toString(),
                "--extra-lexicons",
                lexicons.toString())
            .redirectError(err.toFile())
            .redirectOutput(dir.resolve("stdout.txt").toFile())
            .start();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the run did not stop");
    List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
    assertEquals(2, process.exitValue(), String.join("\n", lines));
    assertEquals(
        List.of(
            "parallax: error: malformed lexicon: "
                + lexicons
                + "/mine.tsv:3: expected 4 tab-separated fields as in the header, found 2"),
        lines);
    assertTrue(Files.notExists(dir.resolve("report")));
  }
}
