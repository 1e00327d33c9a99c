package parallax.reuse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inverse sentence frequency of content terms over the sentences of all versions of one story: a
 * name every version repeats in every other sentence ("Putin") weighs little, a detail only two
 * sentences share ("plenary", "Valdai") weighs much. Built per story, because what is distinctive
 * depends on the story.
 *
 * <p>The weight of a term in {@code df} of {@code S} sentences is {@code ln(1 + S / df)}; a term no
 * sentence of the story holds gets the largest weight, {@code ln(1 + S)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class TermWeights {

  private final Map<Long, Double> weights;
  private final double unseen;

  private TermWeights(Map<Long, Double> weights, double unseen) {
    this.weights = weights;
    this.unseen = unseen;
  }

  /** The weights over the sentences of {@code versions}. */
  public static TermWeights of(List<ArticleFingerprint> versions) {
    Map<Long, Integer> frequency = new HashMap<>();
    int sentences = 0;
    for (ArticleFingerprint version : versions) {
      for (SentenceFingerprint sentence : version.sentences()) {
        sentences++;
        for (Long term : sentence.terms()) {
          frequency.merge(term, 1, Integer::sum);
        }
      }
    }
    Map<Long, Double> weights = new HashMap<>(frequency.size() * 2);
    for (Map.Entry<Long, Integer> entry : frequency.entrySet()) {
      weights.put(entry.getKey(), Math.log1p((double) sentences / entry.getValue()));
    }
    return new TermWeights(weights, Math.log1p(sentences));
  }

  public double weight(long term) {
    Double weight = weights.get(term);
    return weight == null ? unseen : weight;
  }

  /** The summed weight of a sentence's distinct terms. */
  public double total(long[] terms) {
    double total = 0;
    for (long term : terms) {
      total += weight(term);
    }
    return total;
  }

  /**
   * Weighted Dice overlap of two sorted distinct term sets: twice the weight of the shared terms
   * over the weight of both; 0 when neither has a term. 1 means the same content words. This is the
   * measure's definition, pair by pair; {@link SentenceAligner} gets the same values for all pairs
   * of two articles at once through {@link SentencePostings}.
   */
  public double overlap(long[] a, double totalA, long[] b, double totalB) {
    double both = totalA + totalB;
    if (both == 0) {
      return 0;
    }
    double shared = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        shared += weight(a[i]);
        i++;
        j++;
      }
    }
    return 2 * shared / both;
  }
}
