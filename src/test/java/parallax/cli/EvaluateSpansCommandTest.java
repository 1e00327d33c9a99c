package parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateSpansCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine line = new CommandLine(new EvaluateSpansCommand());
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    return line.execute(args);
  }

  @Test
  void printsScoresAndASummaryLine(@TempDir Path dir) throws IOException {
    Path lexicons = Files.createDirectory(dir.resolve("lexicons"));
    Files.writeString(
        lexicons.resolve("loaded.tsv"),
        "category\tcanonical\tforms\tmatch\nloaded_language/x\tbrutal\t\texact\n");
    Path labels = dir.resolve("labels.csv");
    Files.writeString(
        labels,
        "text;label_bias;biased_words\n"
            + "A brutal attack.;Biased;['brutal']\n"
            + "A calm day.;Non-biased;[]\n");
    int exit = run(labels.toString(), "--lexicons", lexicons.toString());
    assertEquals(0, exit, err.toString());
    String[] lines = out.toString().split("\n");
    assertEquals(5, lines.length, out.toString());
    assertTrue(
        lines[0].endsWith(
            "2 sentences (0 without agreement skipped); detector:"
                + " loaded_language, at least 1 hit(s)"),
        lines[0]);
    assertEquals(
        "words                 precision=1.000 recall=1.000 f1=1.000 (tp=1 fp=0 fn=0)", lines[1]);
    assertEquals("word_f1=1.000 sentence_macro_f1=1.000", lines[4]);
  }

  @Test
  void failsWithAMessageForAMissingFile(@TempDir Path dir) {
    int exit = run(dir.resolve("none.csv").toString());
    assertEquals(2, exit);
    assertEquals(
        "parallax: error: labelled file " + dir.resolve("none.csv") + " does not exist\n",
        err.toString());
  }

  @Test
  void failsWithFileAndLineForABadLexicon(@TempDir Path dir) throws IOException {
    Path labels = dir.resolve("labels.csv");
    Files.writeString(labels, "text;label_bias;biased_words\nA.;Biased;[]\n");
    Files.writeString(dir.resolve("bad.tsv"), "category\tcanonical\tforms\tmatch\nx\ty\t\tfuzzy\n");
    int exit = run(labels.toString(), "--lexicons", dir.toString());
    assertEquals(2, exit);
    assertTrue(err.toString().contains("bad.tsv:2: match must be"), err.toString());
  }
}
