package parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import parallax.nlp.NlpPipeline;

class TermCounterTest {

  @Test
  void countsLowerCasedContentWordFormsWithoutStopWords() {
    List<TermCount> terms =
        TermCounter.count(
            new NlpPipeline().annotate("Moscow insisted that Kyiv’s troops left. Kyiv denied it."));
    assertEquals(
        List.of(
            new TermCount("denied", 1),
            new TermCount("insisted", 1),
            new TermCount("kyiv", 2),
            new TermCount("left", 1),
            new TermCount("moscow", 1),
            new TermCount("troops", 1)),
        terms);
  }

  @Test
  void stripsPossessivesAndEdgePunctuation() {
    assertEquals("kyiv", TermCounter.term("Kyiv’s"));
    assertEquals("ukraine", TermCounter.term("-Ukraine"));
    assertEquals("president-elect", TermCounter.term("President-elect"));
    assertNull(TermCounter.term("2,000"));
    assertNull(TermCounter.term("Has"));
  }
}
