package parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainSentimentCommandTest {

  private static final String[] NAMES = {"Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid"};

  /** Sentences whose label follows a word the model must learn: hailed, slammed, visited. */
  static String labelledCsv() {
    StringBuilder csv = new StringBuilder("text,label\n");
    for (String name : NAMES) {
      csv.append(name).append(" was hailed by the council,positive\n");
      csv.append(name).append(" was slammed by the council,negative\n");
      csv.append(name).append(" visited the council,neutral\n");
    }
    return csv.toString();
  }

  @Test
  void trainsAModelThatEvaluateUses(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("train.csv");
    Files.writeString(input, labelledCsv(), StandardCharsets.UTF_8);
    Path model = dir.resolve("models/sentiment.bin");

    String trained =
        EvaluateSentimentCommandTest.run(
            new TrainSentimentCommand(),
            "--input",
            input.toString(),
            "--out",
            model.toString(),
            "--iterations",
            "100");
    assertTrue(Files.size(model) > 0, trained);
    assertTrue(trained.contains("examples=18"), trained);

    String evaluated =
        EvaluateSentimentCommandTest.run(
            new EvaluateSentimentCommand(),
            "--input",
            input.toString(),
            "--sentiment-model",
            model.toString());
    assertTrue(evaluated.contains("method=model+lexicon"), evaluated);
    String[] lines = evaluated.strip().split("\n");
    assertEquals("macro_f1=1.000", lines[lines.length - 1], evaluated);
  }

  @Test
  void tunesSettingsByCrossValidationWhenAsked(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("train.csv");
    Files.writeString(input, labelledCsv(), StandardCharsets.UTF_8);

    String trained =
        EvaluateSentimentCommandTest.run(
            new TrainSentimentCommand(),
            "--input",
            input.toString(),
            "--out",
            dir.resolve("m.bin").toString(),
            "--tune",
            "--folds",
            "2",
            "--iterations",
            "50");

    assertEquals(6, trained.lines().filter(l -> l.startsWith("cv Settings")).count(), trained);
    assertTrue(trained.contains("chosen Settings[l2="), trained);
  }
}
