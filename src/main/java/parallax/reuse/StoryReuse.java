package parallax.reuse;

import java.util.List;

/**
 * Everything the reuse analysis finds within one story, as flat rows ready for the reports.
 *
 * @param pairs one per unordered pair of versions
 * @param alignments one per sentence of A for every ordered pair (A, B)
 * @param derivations at most one per version: the version it derives from
 * @param changes sentences each derived version adds to or omits from its source
 */
public record StoryReuse(
    List<PairSimilarity> pairs,
    List<SentenceAlignment> alignments,
    List<Derivation> derivations,
    List<ReuseChange> changes) {

  public StoryReuse {
    pairs = List.copyOf(pairs);
    alignments = List.copyOf(alignments);
    derivations = List.copyOf(derivations);
    changes = List.copyOf(changes);
  }
}
