package parallax.reuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-built fingerprints with known shingles and terms. Over the six sentences of A and B, terms
 * in two sentences weigh w2 = ln(1 + 6/2) = ln 4 and terms in one weigh w1 = ln 7.
 */
class SentenceAlignerTest {

  private static final double W2 = Math.log(4);
  private static final double W1 = Math.log(7);

  /** a0 is copied as b0; a1 shares terms 3, 4 with b1; a2 shares only term 6 with b2. */
  private static final List<SentenceFingerprint> A =
      List.of(
          sentence(0, new long[] {100, 101}, new long[] {1, 2}),
          sentence(1, new long[] {200}, new long[] {3, 4, 5}),
          sentence(2, new long[] {300}, new long[] {6, 7, 8}));

  private static final SentenceFingerprint B0 =
      sentence(0, new long[] {100, 101}, new long[] {1, 2});
  private static final SentenceFingerprint B1 =
      sentence(1, new long[] {201}, new long[] {3, 4, 10});
  private static final SentenceFingerprint B2 =
      sentence(2, new long[] {301}, new long[] {6, 11, 12});

  // a1 ~ b1: 2 * (2 w2) / ((2 w2 + w1) + (2 w2 + w1))
  private static final double A1_B1 = 2 * (2 * W2) / (2 * (2 * W2 + W1));
  // a2 ~ b2: 2 * w2 / ((w2 + 2 w1) + (w2 + 2 w1)), between IN_SEQUENCE and PARAPHRASED
  private static final double A2_B2 = 2 * W2 / (2 * (W2 + 2 * W1));

  @Test
  void handComputedOverlapsFallBetweenTheThresholds() {
    assertEquals(0.5876, A1_B1, 1e-4);
    assertEquals(0.2627, A2_B2, 1e-4);
  }

  @Test
  void matchesCopiedParaphrasedAndInSequenceSentences() {
    Alignment alignment = align(List.of(B0, B1, B2));

    List<SentenceMatch> m = alignment.matches();
    assertEquals(SentenceMatch.COPIED, m.get(0).kind());
    assertEquals(0, m.get(0).match());
    assertEquals(1.0, m.get(0).score());
    assertEquals(SentenceMatch.PARAPHRASED, m.get(1).kind());
    assertEquals(1, m.get(1).match());
    assertEquals(A1_B1, m.get(1).score(), 1e-12);
    assertEquals(SentenceMatch.PARAPHRASED, m.get(2).kind());
    assertEquals(2, m.get(2).match());
    assertEquals(A2_B2, m.get(2).score(), 1e-12);
    assertEquals((1.0 + A1_B1 + A2_B2) / 3, alignment.sequenceScore(), 1e-12);
  }

  @Test
  void weakMatchOutOfOrderStaysUnmatched() {
    // b2 moved to the front: taking a2 -> b2 would break the order of a0 -> b0 and a1 -> b1.
    Alignment alignment = align(List.of(B2, B0, B1));

    List<SentenceMatch> m = alignment.matches();
    assertEquals(1, m.get(0).match());
    assertEquals(2, m.get(1).match());
    assertEquals(SentenceMatch.UNMATCHED, m.get(2).kind());
    assertEquals(-1, m.get(2).match());
    assertEquals(-1, m.get(2).matchStart());
    assertEquals(A2_B2, m.get(2).score(), 1e-12);
    assertEquals((1.0 + A1_B1) / 3, alignment.sequenceScore(), 1e-12);
  }

  @Test
  void halfOfTheShinglesVerbatimIsCopied() {
    SentenceFingerprint a = sentence(0, new long[] {1, 2}, new long[] {50});
    SentenceFingerprint b = sentence(0, new long[] {2, 3, 4}, new long[] {60});
    Alignment alignment = align(List.of(a), List.of(b));
    assertEquals(SentenceMatch.COPIED, alignment.matches().get(0).kind());
    assertEquals(0.5, alignment.matches().get(0).score());
  }

  @Test
  void sentenceSharingNothingIsUnmatched() {
    SentenceFingerprint a = sentence(0, new long[] {1}, new long[] {50});
    SentenceFingerprint b = sentence(0, new long[] {2}, new long[] {60});
    SentenceMatch match = align(List.of(a), List.of(b)).matches().get(0);
    assertEquals(SentenceMatch.UNMATCHED, match.kind());
    assertEquals(0.0, match.score());
  }

  @Test
  void articleWithoutSentencesMatchesNothing() {
    Alignment alignment = align(A, List.of());
    assertEquals(3, alignment.count(SentenceMatch.UNMATCHED));
    assertEquals(0.0, alignment.sequenceScore());
  }

  @Test
  void postingsGiveThePairwiseScoresToTheLastBitBothWays() {
    List<ArticleFingerprint> versions = new ArrayList<>();
    versions.addAll(SampleStories.fingerprints(SampleStories.trumpPutin()));
    versions.addAll(SampleStories.fingerprints(SampleStories.riverFlood()));
    TermWeights weights = TermWeights.of(versions);
    SentenceAligner aligner = new SentenceAligner(weights);
    int pairs = 0;
    for (ArticleFingerprint a : versions) {
      SentenceAligner.Prepared pa = aligner.prepare(a);
      for (ArticleFingerprint b : versions) {
        SentenceAligner.Prepared pb = aligner.prepare(b);
        SentenceAligner.PairScores scores = aligner.scores(pa, pb);
        SentenceAligner.PairScores back = aligner.scores(pb, pa);
        SentenceAligner.PairScores reversed = scores.reversed(pa, pb);
        for (int j = 0; j < pb.size(); j++) {
          assertArrayEquals(back.shared()[j], reversed.shared()[j]);
          assertArrayEquals(back.copy()[j], reversed.copy()[j], 0.0);
          assertArrayEquals(back.paraphrase()[j], reversed.paraphrase()[j], 0.0);
        }
        SentenceAligner.BothWays both = aligner.alignBothWays(pa, pb);
        assertEquals(aligner.align(pa, pb), both.forward());
        assertEquals(aligner.align(pb, pa), both.backward());
        for (int i = 0; i < pa.size(); i++) {
          for (int j = 0; j < pb.size(); j++) {
            pairs++;
            assertEquals(Containment.of(pa.shingles[i], pb.shingles[j]), scores.copy()[i][j], 0.0);
            assertEquals(
                weights.overlap(pa.terms[i], pa.termTotals[i], pb.terms[j], pb.termTotals[j]),
                scores.paraphrase()[i][j],
                0.0);
          }
        }
      }
    }
    assertTrue(pairs > 10_000, "sentence pairs compared: " + pairs);
  }

  private static Alignment align(List<SentenceFingerprint> b) {
    return align(A, b);
  }

  private static Alignment align(List<SentenceFingerprint> a, List<SentenceFingerprint> b) {
    ArticleFingerprint fa = article("a", a);
    ArticleFingerprint fb = article("b", b);
    return new SentenceAligner(TermWeights.of(List.of(fa, fb))).align(fa, fb);
  }

  static ArticleFingerprint article(String id, List<SentenceFingerprint> sentences) {
    return new ArticleFingerprint(id, "Outlet " + id, null, null, List.of(), sentences);
  }

  /** Sentence {@code index} spans characters [10 index, 10 index + 9). */
  static SentenceFingerprint sentence(int index, long[] shingles, long[] terms) {
    return new SentenceFingerprint(10 * index, 10 * index + 9, 5, boxed(shingles), boxed(terms));
  }

  private static List<Long> boxed(long[] values) {
    List<Long> list = new ArrayList<>();
    for (long value : values) {
      list.add(value);
    }
    return list;
  }
}
