package parallax.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import parallax.model.AnnotatedText;
import parallax.model.Article;
import parallax.nlp.NlpPipeline;

class FingerprinterTest {

  private final NlpPipeline pipeline = new NlpPipeline();
  private final Fingerprinter fingerprinter =
      new Fingerprinter(Shingler.standard(), SampleStories.OUTLETS);

  @Test
  void oneFingerprintPerSentenceWithTheAnnotationsSpans() {
    Article article = article("a", "RT", "Putin spoke. Trump listened to him.");
    AnnotatedText text = pipeline.annotate(article.body());
    ArticleFingerprint print = fingerprinter.fingerprint(article, text);
    assertEquals(text.sentenceCount(), print.sentences().size());
    for (int s = 0; s < text.sentenceCount(); s++) {
      assertEquals(text.sentenceStart(s), print.sentences().get(s).start());
      assertEquals(text.sentenceEnd(s), print.sentences().get(s).end());
    }
    assertEquals(6, print.wordCount());
  }

  @Test
  void creditsToTheArticlesOwnOutletAreLeftOut() {
    String body = "BREKKESTAD, Norway (Meridian Wire) - The river rose.\n(Meridian Wire)";
    assertEquals(List.of(), print(article("m", "meridian-wire", body)).credits());
    assertEquals(2, print(article("n", "NewsHub Daily", body)).credits().size());
  }

  @Test
  void inflectionsOfAContentWordShareATerm() {
    Set<Long> congratulated = terms("Putin congratulated Trump.");
    Set<Long> congratulations = terms("Putin sent his congratulations to Trump.");
    congratulated.retainAll(congratulations);
    // Putin, Trump and the stem of congratulat-.
    assertEquals(3, congratulated.size());
  }

  @Test
  void functionWordsAreNotTerms() {
    assertEquals(Set.of(), terms("He was with them."));
  }

  @Test
  void rejectsAnAnnotationOfAnotherText() {
    Article article = article("a", "RT", "One text.");
    AnnotatedText other = pipeline.annotate("Another text.");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> fingerprinter.fingerprint(article, other));
    assertEquals("annotation does not belong to the body of article a", e.getMessage());
  }

  @Test
  void copiedSentenceSharesAllItsShinglesWithTheOriginal() {
    String sentence = "The river rose to 4.8 metres above its normal level at Brekkestad.";
    ArticleFingerprint original = print(article("o", "Meridian Wire", sentence));
    ArticleFingerprint copy = print(article("c", "NewsHub Daily", "Earlier today. " + sentence));
    long[] shingles = original.sentences().get(0).shingleArray();
    assertTrue(shingles.length > 0);
    assertEquals(1.0, Containment.of(shingles, copy.shingleSet()));
  }

  private Set<Long> terms(String body) {
    return new HashSet<>(print(article("t", "RT", body)).sentences().get(0).terms());
  }

  private ArticleFingerprint print(Article article) {
    return fingerprinter.fingerprint(article, pipeline.annotate(article.body()));
  }

  private static Article article(String id, String source, String body) {
    return new Article(id, null, source, null, null, null, null, body, "test", 1);
  }
}
