package parallax.reuse;

import java.util.List;

/**
 * What the reuse analysis needs of one sentence: where it is, its word shingles (to find copied
 * text) and its content-word stems (to find paraphrase), both as 64-bit hashes.
 *
 * @param start first character of the sentence in the article body, inclusive
 * @param end last character, exclusive
 * @param words number of words (letter or digit tokens)
 * @param shingles distinct {@link Shingler} hashes, ascending
 * @param terms distinct hashes of the stems of the content words (nouns, proper nouns, verbs,
 *     adjectives, adverbs, numbers), ascending
 */
public record SentenceFingerprint(
    int start, int end, int words, List<Long> shingles, List<Long> terms) {

  public SentenceFingerprint {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "sentence span must have 0 <= start <= end, was [" + start + ", " + end + ")");
    }
    shingles = List.copyOf(shingles);
    terms = List.copyOf(terms);
  }

  /** The shingles as a sorted primitive array, for {@link Containment}. */
  public long[] shingleArray() {
    return toArray(shingles);
  }

  /** The terms as a sorted primitive array. */
  public long[] termArray() {
    return toArray(terms);
  }

  static long[] toArray(List<Long> values) {
    long[] array = new long[values.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.get(i);
    }
    return array;
  }

  static List<Long> toList(long[] values) {
    Long[] boxed = new Long[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return List.of(boxed);
  }
}
