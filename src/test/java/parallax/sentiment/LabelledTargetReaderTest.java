package parallax.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelledTargetReaderTest {

  private final LabelledTargetReader reader = new LabelledTargetReader();

  @Test
  void readsOneExamplePerNewsMtscTarget() throws IOException {
    String jsonl =
        "{\"sentence_normalized\": \"Trump met Putin.\", \"targets\": ["
            + "{\"from\": 0, \"to\": 5, \"polarity\": 2.0}, {\"from\": 10, \"to\": 15, \"polarity\": 6.0}]}\n";
    List<LabelledTarget> examples =
        reader.readNewsMtsc(new BufferedReader(new StringReader(jsonl)), "t.jsonl");
    assertEquals(2, examples.size());
    assertEquals(Polarity.NEGATIVE, examples.get(0).polarity());
    assertEquals("Putin", examples.get(1).text().substring(10, 15));
    assertEquals(Polarity.POSITIVE, examples.get(1).polarity());
  }

  @Test
  void readsTextLabelCsvAsWholeTextExamples() throws IOException {
    String csv = "text,label\n\"Good, very good\",positive\nBad news,-1\n";
    List<LabelledTarget> examples = reader.readCsv(new StringReader(csv), "t.csv");
    assertEquals(2, examples.size());
    assertEquals("Good, very good", examples.get(0).text());
    assertFalse(examples.get(0).hasTarget());
    assertEquals(Polarity.NEGATIVE, examples.get(1).polarity());
  }

  @Test
  void namesTheLineOfABadPolarity() {
    String jsonl =
        "\n{\"sentence_normalized\": \"A b.\", \"targets\": [{\"from\": 0, \"to\": 1, \"polarity\": 5.0}]}\n";
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> reader.readNewsMtsc(new BufferedReader(new StringReader(jsonl)), "t.jsonl"));
    assertTrue(e.getMessage().contains("t.jsonl line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("5.0"), e.getMessage());
  }

  @Test
  void namesTheLineOfATargetOutsideItsSentence() {
    String jsonl =
        "{\"sentence_normalized\": \"Short.\", \"targets\": [{\"from\": 2, \"to\": 40, \"polarity\": 4.0}]}\n";
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> reader.readNewsMtsc(new BufferedReader(new StringReader(jsonl)), "t.jsonl"));
    assertTrue(e.getMessage().contains("t.jsonl line 1"), e.getMessage());
  }

  @Test
  void rejectsCsvWithoutTheTwoColumns() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> reader.readCsv(new StringReader("sentence,polarity\nx,positive\n"), "t.csv"));
    assertTrue(e.getMessage().contains("text and label"), e.getMessage());
  }
}
