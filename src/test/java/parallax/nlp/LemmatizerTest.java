package parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LemmatizerTest {

  private final Lemmatizer lemmatizer = new Lemmatizer();

  @Test
  void reducesInflectedVerbsToTheirLemma() {
    assertEquals("insist", lemmatizer.lemma("insists", "VERB"));
    assertEquals("claim", lemmatizer.lemma("Claimed", "VERB"));
    assertEquals("say", lemmatizer.lemma("said", "VERB"));
  }

  @Test
  void reducesPluralNouns() {
    assertEquals("allegation", lemmatizer.lemma("allegations", "NOUN"));
  }

  @Test
  void givesTheSameAnswerWhenAskedAgain() {
    assertEquals(lemmatizer.lemma("asserted", "VERB"), lemmatizer.lemma("asserted", "VERB"));
  }
}
