package parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionVerbsTest {

  private static FramingHit hit(String category, int start) {
    return new FramingHit(category, "term", null, null, start, start + 4);
  }

  private static ArticleFraming article(FramingHit... hits) {
    return new ArticleFraming("a1", "s1", "RT", 100, List.of(hits));
  }

  @Test
  void countsTheFamilyAndItsLoadedCategory() {
    AttributionVerbs verbs =
        AttributionVerbs.of(
            article(
                hit("attribution_verb/neutral", 0),
                hit("attribution_verb/loaded", 10),
                hit("attribution_verb/loaded", 20),
                hit("attribution_verb/hedged", 30),
                hit("loaded_language/violence", 40)));

    assertEquals(new AttributionVerbs(4, 2), verbs);
  }

  @Test
  void aCategoryThatOnlyStartsWithTheFamilysNameIsNotInIt() {
    // The family is the part before the first slash (LexiconEntry.familyOf), so
    // "attribution_verbs/..." is another family and ".../loaded_extra" not the loaded category.
    AttributionVerbs verbs =
        AttributionVerbs.of(
            article(hit("attribution_verbs/loaded", 0), hit("attribution_verb/loaded_extra", 20)));

    assertEquals(new AttributionVerbs(1, 0), verbs);
  }

  @Test
  void theBareFamilyNameIsInTheFamily() {
    // A lexicon may give a category without a subcategory; its family is then all of it, as
    // the matcher resolves overlaps.
    AttributionVerbs verbs = AttributionVerbs.of(article(hit("attribution_verb", 0)));

    assertEquals(new AttributionVerbs(1, 0), verbs);
  }

  @Test
  void noHitsCountNothing() {
    assertEquals(new AttributionVerbs(0, 0), AttributionVerbs.of(article()));
  }
}
