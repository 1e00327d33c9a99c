package parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class BabeReaderTest {

  private static BabeReader.Result read(String csv) throws IOException {
    return BabeReader.read(new StringReader(csv), "babe.csv");
  }

  @Test
  void readsSentencesLabelsAndWordListsSkippingRowsWithoutAgreement() throws IOException {
    BabeReader.Result result =
        read(
            "\uFEFFtext;outlet;label_bias;biased_words\n"
                + "\"\"\"Quoted\"\" and bizarre; odd.\";Fox;Biased;['bizarre', \"it's\"]\n"
                + "Plain words.;CNN;Non-biased;[]\n"
                + "Unsure.;CNN;No agreement;[]\n");
    assertEquals(1, result.skipped());
    List<LabelledSentence> sentences = result.sentences();
    assertEquals(2, sentences.size());
    assertEquals("\"Quoted\" and bizarre; odd.", sentences.get(0).text());
    assertTrue(sentences.get(0).biased());
    assertEquals(List.of("bizarre", "it's"), sentences.get(0).biasedWords());
    assertEquals("babe.csv:2", sentences.get(0).location());
    assertFalse(sentences.get(1).biased());
    assertEquals(List.of(), sentences.get(1).biasedWords());
  }

  @Test
  void namesMissingColumns() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> read("text;label\nA;Biased\n"));
    assertTrue(
        e.getMessage().startsWith("babe.csv: no column 'label_bias'; found"), e.getMessage());
  }

  @Test
  void namesTheLineOfAnUnknownLabel() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> read("text;label_bias;biased_words\nA;Maybe;[]\n"));
    assertEquals(
        "babe.csv:2: label_bias must be Biased, Non-biased or No agreement, was 'Maybe'",
        e.getMessage());
  }

  @Test
  void rejectsAWordListThatIsNoList() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> BabeReader.parseWordList("bizarre, odd", "f:3"));
    assertEquals(
        "f:3: biased_words must be a list like ['word', 'word'], was bizarre, odd", e.getMessage());
  }
}
