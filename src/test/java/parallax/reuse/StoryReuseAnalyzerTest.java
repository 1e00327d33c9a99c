package parallax.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parallax.model.Article;

/** The reuse analysis on the sample stories of {@code data/}. */
class StoryReuseAnalyzerTest {

  private static final StoryReuseAnalyzer ANALYZER = new StoryReuseAnalyzer(SampleStories.OUTLETS);

  private static List<Article> trumpPutin;
  private static List<Article> flood;
  private static List<ArticleFingerprint> trumpPutinPrints;
  private static List<ArticleFingerprint> floodPrints;
  private static StoryReuse trumpPutinReuse;
  private static StoryReuse floodReuse;

  @BeforeAll
  static void analyseSamples() {
    trumpPutin = SampleStories.trumpPutin();
    flood = SampleStories.riverFlood();
    trumpPutinPrints = SampleStories.fingerprints(trumpPutin);
    floodPrints = SampleStories.fingerprints(flood);
    trumpPutinReuse = ANALYZER.analyse("trump-putin-call", trumpPutinPrints);
    floodReuse = ANALYZER.analyse("river-flood", floodPrints);
  }

  @Test
  void troibDerivesFromRtWithTheReadFullArticleCreditAsEvidence() {
    Derivation troib = derivationOf(trumpPutinReuse, "troib");
    assertNotNull(troib, "no derivation found for troib");
    assertEquals("rt", troib.sourceId());
    assertEquals("RT", troib.sourceOutlet());
    assertTrue(troib.confidence() >= 0.8, "confidence " + troib.confidence());
    assertTrue(
        troib.evidence().contains("credit \"Read Full Article at RT.com\""), troib.evidence());
  }

  @Test
  void troibAlignsWithRtSentenceBySentenceAsParaphrase() {
    List<SentenceAlignment> rows = alignment(trumpPutinReuse, "troib", "rt");
    long paraphrased =
        rows.stream().filter(r -> r.kind().equals(SentenceMatch.PARAPHRASED)).count();
    long matched = rows.stream().filter(r -> r.match() >= 0).count();
    assertTrue(paraphrased >= rows.size() / 2, paraphrased + " of " + rows.size() + " paraphrased");
    assertTrue(matched >= 2 * rows.size() / 3, matched + " of " + rows.size() + " matched");
    // The rewrite follows RT's order: matched sentences of TROIB point ever further into RT.
    int previous = -1;
    int inOrder = 0;
    for (SentenceAlignment row : rows) {
      if (row.match() > previous) {
        inOrder++;
        previous = row.match();
      }
    }
    assertTrue(inOrder >= matched - 2, inOrder + " of " + matched + " matches in order");
  }

  @Test
  void newsHubRepublishesMeridianWireLargelyVerbatim() {
    Derivation newshub = derivationOf(trumpPutinReuse, "newshub-daily");
    assertNotNull(newshub);
    assertEquals("meridian-wire", newshub.sourceId());
    List<SentenceAlignment> rows = alignment(trumpPutinReuse, "newshub-daily", "meridian-wire");
    long copied = rows.stream().filter(r -> r.kind().equals(SentenceMatch.COPIED)).count();
    assertTrue(copied >= rows.size() * 3 / 4, copied + " of " + rows.size() + " copied");
  }

  @Test
  void globalDispatchDerivesFromAbn() {
    Derivation dispatch = derivationOf(trumpPutinReuse, "global-dispatch");
    assertNotNull(dispatch);
    assertEquals("abn-news", dispatch.sourceId());
    assertTrue(dispatch.evidence().contains("abnnews.example"), dispatch.evidence());
  }

  @Test
  void originalsAndIndependentReportsDeriveFromNothing() {
    for (String id : List.of("rt", "meridian-wire", "abn-news", "kyiv-ledger")) {
      assertNull(derivationOf(trumpPutinReuse, id), id);
    }
    assertEquals(3, trumpPutinReuse.derivations().size());
  }

  @Test
  void troibBylineIsNotACredit() {
    ArticleFingerprint troib = print(trumpPutinPrints, "troib");
    assertEquals(List.of("RT"), troib.credits().stream().map(Credit::outlet).toList());
  }

  @Test
  void newsHubFloodVersionDerivesFromMeridianAndOnlyIt() {
    assertEquals(1, floodReuse.derivations().size());
    Derivation newshub = floodReuse.derivations().get(0);
    assertEquals("river-flood-newshub", newshub.derivedId());
    assertEquals("river-flood-meridian", newshub.sourceId());
    assertTrue(newshub.evidence().contains("published after"), newshub.evidence());
  }

  @Test
  void listsWhatTheFloodRepublicationAddsAndOmits() {
    Map<String, List<String>> changes = new HashMap<>();
    Map<String, String> bodies =
        flood.stream().collect(Collectors.toMap(Article::id, Article::body));
    for (ReuseChange change : floodReuse.changes()) {
      String sentence = bodies.get(change.articleId()).substring(change.start(), change.end());
      changes.computeIfAbsent(change.kind(), k -> new ArrayList<>()).add(sentence);
    }
    assertTrue(
        changes
            .get(ReuseChange.ADDED)
            .contains(
                "Scientists say warmer winters are making spring floods in the region more"
                    + " frequent and harder to predict."),
        changes.toString());
    assertTrue(
        changes.get(ReuseChange.OMITTED).contains("Insurers have not yet estimated the damage."),
        changes.toString());
    assertTrue(
        changes.get(ReuseChange.OMITTED).stream().noneMatch(s -> s.startsWith("BREKKESTAD")),
        "the copied lead is not omitted: " + changes);
  }

  @Test
  void noDerivationCrossesFromTheFloodToTheTrumpPutinStory() {
    List<ArticleFingerprint> mixed = new ArrayList<>(trumpPutinPrints);
    mixed.addAll(floodPrints);
    StoryReuse reuse = ANALYZER.analyse("mixed", mixed);
    for (Derivation derivation : reuse.derivations()) {
      assertEquals(
          derivation.derivedId().startsWith("river-flood"),
          derivation.sourceId().startsWith("river-flood"),
          derivation.toString());
    }
    assertEquals(4, reuse.derivations().size());
  }

  @Test
  void similarityHasOneRowPerPairAndAlignmentOneRowPerSentenceAndOrderedPair() {
    int versions = trumpPutinPrints.size();
    assertEquals(versions * (versions - 1) / 2, trumpPutinReuse.pairs().size());
    int sentences = trumpPutinPrints.stream().mapToInt(p -> p.sentences().size()).sum();
    assertEquals(sentences * (versions - 1), trumpPutinReuse.alignments().size());
    for (PairSimilarity pair : trumpPutinReuse.pairs()) {
      assertTrue(pair.articleA().compareTo(pair.articleB()) < 0, pair.toString());
    }
  }

  private static Derivation derivationOf(StoryReuse reuse, String derivedId) {
    return reuse.derivations().stream()
        .filter(d -> d.derivedId().equals(derivedId))
        .findFirst()
        .orElse(null);
  }

  private static List<SentenceAlignment> alignment(StoryReuse reuse, String a, String b) {
    return reuse.alignments().stream()
        .filter(r -> r.articleA().equals(a) && r.articleB().equals(b))
        .toList();
  }

  private static ArticleFingerprint print(List<ArticleFingerprint> prints, String id) {
    return prints.stream().filter(p -> p.articleId().equals(id)).findFirst().orElseThrow();
  }
}
