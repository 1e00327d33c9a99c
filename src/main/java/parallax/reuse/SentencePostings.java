package parallax.reuse;

import java.util.Arrays;

/**
 * Which sentences of one article hold each value (a shingle or a term): an inverted index over the
 * sentences' sorted arrays of distinct values. {@link SentenceAligner} walks the values of one
 * sentence through the other article's postings, which touches only the sentence pairs that share
 * something, instead of merging every pair's arrays.
 *
 * <p>Immutable and thread-safe.
 */
final class SentencePostings {

  /** The distinct values of all sentences, ascending. */
  private final long[] values;

  /** Postings of {@code values[k]}: {@code sentences[offsets[k]] .. sentences[offsets[k+1]-1]}. */
  private final int[] offsets;

  /** Sentence indices, ascending within each value's postings. */
  private final int[] sentences;

  private SentencePostings(long[] values, int[] offsets, int[] sentences) {
    this.values = values;
    this.offsets = offsets;
    this.sentences = sentences;
  }

  /** The postings of {@code perSentence}: sentence {@code s} holds the values {@code [s]}. */
  static SentencePostings of(long[][] perSentence) {
    long[] values = Containment.union(Arrays.asList(perSentence));
    int[] offsets = new int[values.length + 1];
    for (long[] sentence : perSentence) {
      for (long value : sentence) {
        offsets[Arrays.binarySearch(values, value) + 1]++;
      }
    }
    for (int k = 0; k < values.length; k++) {
      offsets[k + 1] += offsets[k];
    }
    int[] next = Arrays.copyOf(offsets, values.length);
    int[] sentences = new int[offsets[values.length]];
    for (int s = 0; s < perSentence.length; s++) {
      for (long value : perSentence[s]) {
        sentences[next[Arrays.binarySearch(values, value)]++] = s;
      }
    }
    return new SentencePostings(values, offsets, sentences);
  }

  /**
   * The slot of {@code value} for {@link #start} and {@link #end}, or -1 when no sentence has it.
   */
  int find(long value) {
    int slot = Arrays.binarySearch(values, value);
    return slot < 0 ? -1 : slot;
  }

  /** Where the sentences of a slot begin in {@link #sentence}. */
  int start(int slot) {
    return offsets[slot];
  }

  /** Where they end (exclusive). */
  int end(int slot) {
    return offsets[slot + 1];
  }

  /** The sentence index at a position between a slot's {@link #start} and {@link #end}. */
  int sentence(int position) {
    return sentences[position];
  }
}
