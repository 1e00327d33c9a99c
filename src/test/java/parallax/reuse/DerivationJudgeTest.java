package parallax.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import parallax.model.OutletDirectory;

class DerivationJudgeTest {

  private final DerivationJudge judge = new DerivationJudge(SampleStories.OUTLETS);

  @Test
  void creditAloneIsEnoughToReport() {
    Derivation d =
        judge.judge("s", pair(credited("RT.com"), "2024-11-08", "2024-11-07", 0, 0), none());
    // 1 - (1 - 0.8)(1 - 0) = 0.8
    assertEquals(0.8, d.confidence(), 1e-9);
    assertTrue(d.evidence().contains("published after RT"), d.evidence());
  }

  @Test
  void sourcePublishedAfterItsCopyWeakensTheCase() {
    Derivation d =
        judge.judge(
            "s",
            pair(credited("RT.com"), "2024-11-07T10:00:00Z", "2024-11-07T12:00:00+00:00", 0, 0),
            none());
    assertEquals(0.8 * DerivationJudge.LATER_SOURCE_FACTOR, d.confidence(), 1e-9);
    assertTrue(d.confidence() < DerivationJudge.MIN_CONFIDENCE);
  }

  @Test
  void sameDayDatesLeaveTheOrderOpen() {
    Derivation d =
        judge.judge(
            "s", pair(credited("RT.com"), "2024-11-07", "2024-11-07T12:00:00Z", 0, 0), none());
    assertEquals(0.8, d.confidence(), 1e-9);
  }

  @Test
  void verbatimCopyWithoutCreditCountsTextOnly() {
    // containment 0.9 of d in s is past CONTAINMENT_FULL: text = 0.7; s in d only 0.5.
    Derivation d = judge.judge("s", pair(List.of(), null, null, 0.9, 0.5), none());
    assertEquals(DerivationJudge.TEXT_WEIGHT, d.confidence(), 1e-9);
  }

  @Test
  void textFoundMoreFullyTheOtherWayCountsHalf() {
    // d in s: containment 0.4 -> ramp 0.5; s in d is larger both in containment and sequence.
    DerivationJudge.Pair pair = pair(List.of(), null, null, 0.4, 0.8);
    Derivation d = judge.judge("s", withSequences(pair, 0.1, 0.2), none());
    assertEquals(DerivationJudge.TEXT_WEIGHT * 0.5 * 0.5, d.confidence(), 1e-9);
  }

  @Test
  void keepsTheStrongerOfTwoMutualFindingsAndTheBestSourcePerArticle() {
    List<Derivation> kept =
        StoryReuseAnalyzer.bestSources(
            List.of(
                finding("a", "b", 0.7),
                finding("b", "a", 0.6),
                finding("c", "a", 0.55),
                finding("c", "b", 0.9),
                finding("d", "a", 0.4)));
    assertEquals(List.of(finding("a", "b", 0.7), finding("c", "b", 0.9)), kept);
  }

  @Test
  void rampIsZeroBelowAndOneAboveItsRange() {
    assertEquals(0.0, DerivationJudge.ramp(0.1, 0.2, 0.6));
    assertEquals(0.5, DerivationJudge.ramp(0.4, 0.2, 0.6), 1e-12);
    assertEquals(1.0, DerivationJudge.ramp(0.9, 0.2, 0.6));
  }

  private static Derivation finding(String derived, String source, double confidence) {
    return new Derivation("s", derived, source, derived, source, confidence, "");
  }

  private static OutletDirectory none() {
    return OutletDirectory.empty();
  }

  private static List<Credit> credited(String phrase) {
    return List.of(new Credit(Credit.READ_AT, phrase, null, 0, 10, "Read more at " + phrase));
  }

  private static DerivationJudge.Pair pair(
      List<Credit> credits, String dPublished, String sPublished, double cds, double csd) {
    ArticleFingerprint d =
        new ArticleFingerprint("d", "TROIB News", null, dPublished, credits, List.of());
    ArticleFingerprint s =
        new ArticleFingerprint("s", "RT", null, sPublished, List.of(), List.of());
    return new DerivationJudge.Pair(
        d,
        s,
        new Alignment("d", "s", List.of(), 0),
        new Alignment("s", "d", List.of(), 0),
        cds,
        csd);
  }

  private static DerivationJudge.Pair withSequences(DerivationJudge.Pair p, double ds, double sd) {
    return new DerivationJudge.Pair(
        p.d(),
        p.s(),
        new Alignment("d", "s", List.of(), ds),
        new Alignment("s", "d", List.of(), sd),
        p.containmentDInS(),
        p.containmentSInD());
  }
}
