package parallax.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import parallax.model.OutletDirectory;

/**
 * The story-level reuse analysis: given the fingerprints of all versions of one story, compares
 * every pair (shingle containment both ways, sentence alignment both ways), decides which version
 * derives from which, and lists what each derived version adds to and omits from its source.
 *
 * <p>Cost grows with the square of the number of versions times the square of their sentence
 * counts; the job runs it once per story.
 *
 * <p>Immutable and thread-safe: one instance can serve every story of a partition.
 */
public final class StoryReuseAnalyzer {

  private final DerivationJudge judge;
  private final OutletDirectory outlets;

  /** {@code outlets} resolves outlet names in credits (normally read from {@code sources.csv}). */
  public StoryReuseAnalyzer(OutletDirectory outlets) {
    this.outlets = Objects.requireNonNull(outlets, "outlets");
    this.judge = new DerivationJudge(outlets);
  }

  /**
   * Analyses one story. {@code versions} may come in any order; results are sorted by article id.
   *
   * @throws IllegalArgumentException when two versions share an article id
   */
  public StoryReuse analyse(String storyId, List<ArticleFingerprint> versions) {
    List<ArticleFingerprint> sorted = new ArrayList<>(versions);
    sorted.sort(Comparator.comparing(ArticleFingerprint::articleId));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).articleId().equals(sorted.get(i - 1).articleId())) {
        throw new IllegalArgumentException(
            "story " + storyId + " holds article " + sorted.get(i).articleId() + " twice");
      }
    }
    if (sorted.size() < 2) {
      // Nothing to compare, and preparing a version's sentences is most of a story's cost: most
      // stories of a large corpus have one version.
      return new StoryReuse(List.of(), List.of(), List.of(), List.of());
    }
    SentenceAligner aligner = new SentenceAligner(TermWeights.of(sorted));
    List<SentenceAligner.Prepared> prepared = new ArrayList<>();
    List<long[]> shingleSets = new ArrayList<>();
    for (ArticleFingerprint version : sorted) {
      prepared.add(aligner.prepare(version));
      shingleSets.add(version.shingleSet());
    }
    OutletDirectory storyOutlets = storyOutlets(sorted);

    List<PairSimilarity> pairs = new ArrayList<>();
    List<SentenceAlignment> alignments = new ArrayList<>();
    Map<String, Alignment> byPair = new HashMap<>();
    List<Derivation> candidates = new ArrayList<>();
    for (int a = 0; a < sorted.size(); a++) {
      for (int b = a + 1; b < sorted.size(); b++) {
        SentenceAligner.BothWays both = aligner.alignBothWays(prepared.get(a), prepared.get(b));
        Alignment ab = both.forward();
        Alignment ba = both.backward();
        double cab = Containment.of(shingleSets.get(a), shingleSets.get(b));
        double cba = Containment.of(shingleSets.get(b), shingleSets.get(a));
        pairs.add(similarity(storyId, ab, ba, cab, cba));
        byPair.put(key(ab.articleA(), ab.articleB()), ab);
        byPair.put(key(ba.articleA(), ba.articleB()), ba);
        ArticleFingerprint fa = sorted.get(a);
        ArticleFingerprint fb = sorted.get(b);
        candidates.add(
            judge.judge(storyId, new DerivationJudge.Pair(fa, fb, ab, ba, cab, cba), storyOutlets));
        candidates.add(
            judge.judge(storyId, new DerivationJudge.Pair(fb, fa, ba, ab, cba, cab), storyOutlets));
      }
    }
    for (ArticleFingerprint a : sorted) {
      for (ArticleFingerprint b : sorted) {
        Alignment alignment = byPair.get(key(a.articleId(), b.articleId()));
        if (alignment != null) {
          for (SentenceMatch match : alignment.matches()) {
            alignments.add(SentenceAlignment.of(storyId, alignment, match));
          }
        }
      }
    }
    List<Derivation> derivations = bestSources(candidates);
    List<ReuseChange> changes = new ArrayList<>();
    for (Derivation derivation : derivations) {
      changes.addAll(changes(storyId, derivation, byPair));
    }
    return new StoryReuse(pairs, alignments, derivations, changes);
  }

  private OutletDirectory storyOutlets(List<ArticleFingerprint> versions) {
    Set<String> names = new LinkedHashSet<>();
    for (ArticleFingerprint version : versions) {
      String resolved = outlets.resolve(version.source());
      names.add(resolved != null ? resolved : version.source());
    }
    return OutletDirectory.ofNames(names);
  }

  private static String key(String a, String b) {
    return a + '\u0000' + b;
  }

  private static PairSimilarity similarity(
      String storyId, Alignment ab, Alignment ba, double cab, double cba) {
    return new PairSimilarity(
        storyId,
        ab.articleA(),
        ab.articleB(),
        cab,
        cba,
        ab.sequenceScore(),
        ba.sequenceScore(),
        ab.matches().size(),
        ab.count(SentenceMatch.COPIED),
        ab.count(SentenceMatch.PARAPHRASED),
        ba.matches().size(),
        ba.count(SentenceMatch.COPIED),
        ba.count(SentenceMatch.PARAPHRASED));
  }

  /**
   * For each derived article, its most likely source among the findings of at least {@link
   * DerivationJudge#MIN_CONFIDENCE}. When two articles would derive from each other, only the
   * stronger direction is kept (ties: neither).
   */
  static List<Derivation> bestSources(List<Derivation> candidates) {
    Map<String, Derivation> best = new HashMap<>();
    for (Derivation candidate : candidates) {
      if (candidate.confidence() < DerivationJudge.MIN_CONFIDENCE) {
        continue;
      }
      best.merge(
          candidate.derivedId(), candidate, (x, y) -> y.confidence() > x.confidence() ? y : x);
    }
    List<Derivation> kept = new ArrayList<>();
    for (Derivation derivation : best.values()) {
      Derivation reverse = best.get(derivation.sourceId());
      boolean mutual = reverse != null && reverse.sourceId().equals(derivation.derivedId());
      if (!mutual || derivation.confidence() > reverse.confidence()) {
        kept.add(derivation);
      }
    }
    kept.sort(Comparator.comparing(Derivation::derivedId));
    return kept;
  }

  private static List<ReuseChange> changes(
      String storyId, Derivation derivation, Map<String, Alignment> byPair) {
    List<ReuseChange> changes = new ArrayList<>();
    Alignment added = byPair.get(key(derivation.derivedId(), derivation.sourceId()));
    Alignment omitted = byPair.get(key(derivation.sourceId(), derivation.derivedId()));
    addUnmatched(storyId, derivation, added, ReuseChange.ADDED, changes);
    addUnmatched(storyId, derivation, omitted, ReuseChange.OMITTED, changes);
    return changes;
  }

  private static void addUnmatched(
      String storyId,
      Derivation derivation,
      Alignment alignment,
      String kind,
      List<ReuseChange> out) {
    for (SentenceMatch match : alignment.matches()) {
      if (!match.matched()) {
        out.add(
            new ReuseChange(
                storyId,
                derivation.derivedId(),
                derivation.sourceId(),
                kind,
                alignment.articleA(),
                match.sentence(),
                match.start(),
                match.end()));
      }
    }
  }
}
