package parallax.framing;

import java.util.List;

/**
 * One referent across the versions of one story: which variants were used and whether the versions
 * diverge.
 *
 * @param storyId the story, or null
 * @param referent what is named, e.g. {@code Luhansk}
 * @param versions number of versions (articles) that name it
 * @param variants the distinct variants used, sorted, e.g. {@code [Lugansk, Luhansk]}
 * @param diverges true when at least two versions name the referent and they do not all use the
 *     same set of variants
 * @param bySource who used what, e.g. {@code RT: Lugansk×1; The Kyiv Ledger: Luhansk×1}, sorted by
 *     source then article
 */
public record ReferentContrast(
    String storyId,
    String referent,
    int versions,
    List<String> variants,
    boolean diverges,
    String bySource) {

  public ReferentContrast {
    variants = List.copyOf(variants);
  }
}
