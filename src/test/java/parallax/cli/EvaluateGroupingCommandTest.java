package parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import parallax.SharedSpark;
import picocli.CommandLine;

class EvaluateGroupingCommandTest {

  @Test
  void printsPairMetricsEndingWithPairwiseF1() {
    StringWriter out = new StringWriter();
    CommandLine line = new CommandLine(new EvaluateGroupingCommand(SharedSpark.session()));
    line.setOut(new PrintWriter(out));

    int exit = line.execute("--input", "data/feeds/river-flood.jsonl");

    assertEquals(0, exit);
    List<String> lines = out.toString().lines().toList();
    assertEquals("articles=4", lines.get(0));
    assertEquals("reference_stories=1", lines.get(1));
    assertEquals("reference_pairs=6", lines.get(3));
    String last = lines.get(lines.size() - 1);
    assertTrue(last.matches("pairwise_f1=[01]\\.\\d{3}"), last);
    // With one reference story every predicted pair is right.
    assertTrue(lines.contains("pairwise_precision=1.000"), out.toString());
  }

  @Test
  void missingInputIsAUsageErrorNamingThePath() {
    StringWriter err = new StringWriter();
    CommandLine line = new CommandLine(new EvaluateGroupingCommand(SharedSpark.session()));
    line.setErr(new PrintWriter(err));

    int exit = line.execute("--input", "no/such/file.jsonl");

    assertEquals(2, exit);
    assertEquals("evaluate-grouping: no such input: no/such/file.jsonl", err.toString().strip());
  }
}
