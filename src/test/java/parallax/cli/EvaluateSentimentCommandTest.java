package parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateSentimentCommandTest {

  // Five targets the lexicon reads clearly; two gold labels disagree with it on purpose.
  static final String TINY =
      """
      {"sentence_normalized": "Anna won a wonderful victory.", "targets": [{"from": 0, "to": 4, "polarity": 6.0}]}
      {"sentence_normalized": "Boris caused a terrible disaster.", "targets": [{"from": 0, "to": 5, "polarity": 2.0}]}
      {"sentence_normalized": "Carla met the committee on Tuesday.", "targets": [{"from": 0, "to": 5, "polarity": 4.0}]}
      {"sentence_normalized": "Dmitri praised the great success.", "targets": [{"from": 0, "to": 6, "polarity": 4.0}]}
      {"sentence_normalized": "Elena lost the awful war.", "targets": [{"from": 0, "to": 5, "polarity": 6.0}]}
      """;

  static String run(Object command, String... args) {
    StringWriter out = new StringWriter();
    CommandLine line = new CommandLine(command);
    line.setOut(new PrintWriter(out));
    int exit = line.execute(args);
    assertEquals(0, exit, out.toString());
    return out.toString();
  }

  @Test
  void printsTheHandComputedMacroF1OfATinyFile(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("tiny.jsonl");
    Files.writeString(input, TINY, StandardCharsets.UTF_8);

    String output = run(new EvaluateSentimentCommand(), "--input", input.toString());

    // Predicted positive, negative, neutral, positive, negative. Per class:
    // negative P 1/2 R 1/1 F1 2/3; neutral P 1/1 R 1/2 F1 2/3; positive P 1/2 R 1/2 F1 1/2.
    // macro-F1 = (2/3 + 2/3 + 1/2) / 3 = 0.611.
    String[] lines = output.strip().split("\n");
    assertEquals("macro_f1=0.611", lines[lines.length - 1], output);
    assertTrue(output.contains("method=lexicon"), output);
    assertTrue(output.contains("accuracy=0.600"), output);
  }

  @Test
  void printsOneLinePerTargetWhenAsked(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("tiny.jsonl");
    Files.writeString(input, TINY, StandardCharsets.UTF_8);

    String output =
        run(new EvaluateSentimentCommand(), "--input", input.toString(), "--per-target");

    assertTrue(output.contains("neutral\tpositive\t"), output);
    assertTrue(output.contains("\tDmitri\t"), output);
  }
}
