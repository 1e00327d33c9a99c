package parallax.reuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglerTest {

  @Test
  void normalisesCaseQuotesApostrophesAndNumberSeparators() {
    String text = "“We’ll see,” Trump's aide said (AP)—2,000 troops, 4.8 metres.";
    assertEquals(
        List.of("well", "see", "trumps", "aide", "said", "ap", "2000", "troops", "48", "metres"),
        Shingler.words(text, 0, text.length()));
  }

  @Test
  void curlyAndStraightQuotedCopiesShareEveryShingle() {
    String curly = "“It wouldn’t be beneath me to call him myself,” the Russian leader said.";
    String straight = "\"It wouldn't be beneath me to call him myself,\" the Russian leader said.";
    Shingler shingler = Shingler.standard();
    assertArrayEquals(
        shingler.shingles(curly, 0, curly.length()),
        shingler.shingles(straight, 0, straight.length()));
  }

  @Test
  void givesOneShinglePerRunOfKWords() {
    // six words, k = 3: "the cat sat", "cat sat on", "sat on the", "on the mat"
    String text = "The cat sat on the mat.";
    assertEquals(4, new Shingler(3).shingles(text, 0, text.length()).length);
    assertEquals(6, new Shingler(1).shingles("a b c d e f", 0, 11).length);
  }

  @Test
  void countsARepeatedShingleOnce() {
    // "a b", "b a", "a b", "b a", "a b": two distinct
    assertEquals(2, new Shingler(2).shingles("a b a b a b", 0, 11).length);
  }

  @Test
  void sentenceShorterThanKIsOneShingle() {
    Shingler shingler = Shingler.standard();
    String text = "Up to him.";
    long[] shingles = shingler.shingles(text, 0, text.length());
    assertEquals(1, shingles.length);
    String same = "“Up to him!”";
    assertArrayEquals(shingles, shingler.shingles(same, 0, same.length()));
    assertEquals(0, shingler.shingles("— …", 0, 3).length);
  }

  @Test
  void shinglesOfARangeIgnoreTheTextAroundIt() {
    Shingler shingler = Shingler.standard();
    String sentence = "Peskov has denied that any such calls took place.";
    String text = "Last month. " + sentence + " Trump was more evasive.";
    int start = text.indexOf(sentence);
    assertArrayEquals(
        shingler.shingles(sentence, 0, sentence.length()),
        shingler.shingles(text, start, start + sentence.length()));
  }

  @Test
  void shinglesAreSortedAndDistinct() {
    String text = "one two three four five six seven one two three four five";
    long[] shingles = Shingler.standard().shingles(text, 0, text.length());
    assertEquals(7, shingles.length);
    for (int i = 1; i < shingles.length; i++) {
      assertEquals(true, shingles[i - 1] < shingles[i]);
    }
  }

  @Test
  void rejectsShingleLengthBelowOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Shingler(0));
    assertEquals("shingle length must be at least 1 word, was 0", e.getMessage());
  }
}
