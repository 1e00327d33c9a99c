package parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordChoiceContrastsTest {

  private static FramingHit kiev(int at) {
    return new FramingHit("place_name/russian", "Kiev", "Kyiv", "russian", at, at + 4);
  }

  private static FramingHit kyiv(int at) {
    return new FramingHit("place_name/ukrainian", "Kyiv", "Kyiv", "ukrainian", at, at + 4);
  }

  private static FramingHit odesa(int at) {
    return new FramingHit("place_name/ukrainian", "Odesa", "Odesa", "ukrainian", at, at + 5);
  }

  private static ArticleFraming article(String id, String source, FramingHit... hits) {
    return new ArticleFraming(id, "s1", source, 100, List.of(hits));
  }

  @Test
  void flagsAReferentOnlyWhenVersionsUseDifferentVariants() {
    List<ArticleFraming> story =
        List.of(
            article("a", "RT", kiev(0), kiev(10)),
            article("b", "Wire", kyiv(0), odesa(20)),
            article("c", "Ledger", kyiv(5), odesa(30)));
    List<ReferentContrast> contrasts = WordChoiceContrasts.contrasts(story);
    assertEquals(2, contrasts.size());
    ReferentContrast kyivRow = contrasts.get(0);
    assertEquals("Kyiv", kyivRow.referent());
    assertEquals(3, kyivRow.versions());
    assertEquals(List.of("Kiev", "Kyiv"), kyivRow.variants());
    assertTrue(kyivRow.diverges());
    assertEquals("Ledger: Kyiv×1; RT: Kiev×2; Wire: Kyiv×1", kyivRow.bySource());
    assertFalse(contrasts.get(1).diverges(), "Odesa is spelled alike by both who name it");
  }

  @Test
  void aReferentNamedByOneVersionDoesNotDiverge() {
    List<ReferentContrast> contrasts =
        WordChoiceContrasts.contrasts(List.of(article("a", "RT", kiev(0)), article("b", "W")));
    assertFalse(contrasts.get(0).diverges());
    assertEquals(1, contrasts.get(0).versions());
  }

  @Test
  void variantUsesCountEachVariantPerVersion() {
    List<VariantUse> uses =
        WordChoiceContrasts.variantUses(
            List.of(article("a", "RT", kiev(0), kyiv(8), kiev(16)), article("b", "W", kyiv(0))));
    assertEquals(
        List.of(
            new VariantUse("s1", "Kyiv", "RT", "a", "Kiev", "russian", 2, true),
            new VariantUse("s1", "Kyiv", "RT", "a", "Kyiv", "ukrainian", 1, true),
            new VariantUse("s1", "Kyiv", "W", "b", "Kyiv", "ukrainian", 1, true)),
        uses);
  }

  @Test
  void leaningIsTheMajorityTraditionWithAScore() {
    TransliterationLeaning mixed =
        TransliterationLeaning.of(article("a", "RT", kiev(0), kiev(8), kyiv(16)));
    assertEquals("russian", mixed.leaning());
    assertEquals((1 - 2) / 3.0, mixed.score(), 1e-12);
    assertEquals("none", TransliterationLeaning.of(article("b", "W")).leaning());
    assertEquals("mixed", TransliterationLeaning.of(article("c", "X", kiev(0), kyiv(9))).leaning());
  }

  @Test
  void rejectsTheSameArticleTwice() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                WordChoiceContrasts.contrasts(
                    List.of(article("a", "RT", kiev(0)), article("a", "RT", kiev(0)))));
    assertEquals("article a appears twice in story s1", e.getMessage());
  }
}
