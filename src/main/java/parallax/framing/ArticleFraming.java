package parallax.framing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import parallax.model.LabelledSpan;

/**
 * The framing analysis of one article: every lexicon hit, with the article's word count so rates
 * can be computed. Immutable.
 *
 * @param articleId the article's id
 * @param storyId the story it is a version of, or null
 * @param source the outlet
 * @param wordCount words in the body (tokens holding a letter or digit)
 * @param hits every hit, ordered by start offset
 */
public record ArticleFraming(
    String articleId, String storyId, String source, int wordCount, List<FramingHit> hits) {

  public ArticleFraming {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(source, "source");
    hits =
        hits.stream()
            .sorted(
                Comparator.comparingInt(FramingHit::start)
                    .thenComparingInt(FramingHit::end)
                    .thenComparing(FramingHit::category))
            .toList();
  }

  /** Hits counted per (category, term), sorted by category then term: the framing.csv rows. */
  public List<FramingCount> counts() {
    Map<String, Map<String, Integer>> byCategory = new TreeMap<>();
    for (FramingHit hit : hits) {
      byCategory
          .computeIfAbsent(hit.category(), c -> new TreeMap<>())
          .merge(hit.term(), 1, Integer::sum);
    }
    List<FramingCount> counts = new ArrayList<>();
    byCategory.forEach(
        (category, terms) ->
            terms.forEach(
                (term, count) -> counts.add(new FramingCount(category, term, count, rate(count)))));
    return counts;
  }

  /** Hits per 1,000 words; 0 when the body has no words. */
  public double rate(int count) {
    return wordCount == 0 ? 0.0 : count * 1000.0 / wordCount;
  }

  /** One {@code spans.csv} row per hit. */
  public List<LabelledSpan> spans() {
    return hits.stream().map(FramingHit::toSpan).toList();
  }
}
