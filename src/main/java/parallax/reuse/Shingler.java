package parallax.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word shingles: every run of {@code k} consecutive normalised words of a stretch of text, as a
 * 64-bit hash. Two stretches share a shingle when they share {@code k} words in a row.
 *
 * <p>Normalisation makes the typographic differences between outlets' copies of one text vanish:
 * letters are lower-cased; curly and straight apostrophes inside a word are dropped ({@code we’ll},
 * {@code we'll} and {@code well} are one word); separators inside a number are dropped ({@code
 * 2,000} is {@code 2000}); every other non-letter, non-digit character (quotes of either kind,
 * dashes, brackets, punctuation) ends a word. No word is dropped, so a copied sentence shares all
 * its shingles with its source.
 *
 * <p>Why {@value #DEFAULT_K} words: shingles must be longer than the names and stock phrases that
 * independent reports of one story share without copying ("Russian President Vladimir Putin" is
 * four words), yet short enough that a copied sentence with one edit every ten or so words still
 * keeps most of its shingles. Five is also the usual length for near-duplicate detection of news
 * and web text.
 *
 * <p>Shingles never cross a sentence: callers pass one sentence at a time, and a document's
 * shingles are the union of its sentences'. A sentence shorter than {@code k} words gives one
 * shingle of all its words, so short sentences ("Whatever he does is up to him.") still count.
 *
 * <p>Immutable and thread-safe. Hashes are stable across JVMs and runs (no {@link
 * String#hashCode()} of anything but plain arithmetic on characters).
 */
public final class Shingler {

  /** The shingle length Parallax uses, in words. */
  public static final int DEFAULT_K = 5;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private final int k;

  public Shingler(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("shingle length must be at least 1 word, was " + k);
    }
    this.k = k;
  }

  /** A shingler of {@value #DEFAULT_K} words. */
  public static Shingler standard() {
    return new Shingler(DEFAULT_K);
  }

  public int k() {
    return k;
  }

  /** The normalised words of {@code text[start, end)}, in order (for tests and evidence). */
  public static List<String> words(String text, int start, int end) {
    WordCollector words = new WordCollector();
    scan(text, start, end, words);
    return words.words;
  }

  /**
   * The distinct shingle hashes of {@code text[start, end)}, sorted ascending; empty when the
   * stretch holds no word.
   */
  public long[] shingles(String text, int start, int end) {
    long[] words = wordHashes(text, start, end);
    if (words.length == 0) {
      return words;
    }
    int count = Math.max(1, words.length - k + 1);
    int width = Math.min(k, words.length);
    long[] shingles = new long[count];
    for (int i = 0; i < count; i++) {
      long hash = FNV_OFFSET;
      for (int w = i; w < i + width; w++) {
        hash = mix(hash * 0x9E3779B97F4A7C15L + words[w]);
      }
      shingles[i] = hash;
    }
    return distinctSorted(shingles);
  }

  /** The hash {@link #shingles} gives a single already-normalised word. */
  static long hashWord(CharSequence word) {
    long hash = FNV_OFFSET;
    for (int i = 0; i < word.length(); i++) {
      hash = (hash ^ word.charAt(i)) * FNV_PRIME;
    }
    return mix(hash);
  }

  /** The hash of each normalised word of {@code text[start, end)}, in order. */
  static long[] wordHashes(String text, int start, int end) {
    HashCollector hashes = new HashCollector();
    scan(text, start, end, hashes);
    return Arrays.copyOf(hashes.hashes, hashes.size);
  }

  /** Receives the normalised characters of each word, then the end of the word. */
  private interface WordSink {
    void character(char c);

    void endWord();
  }

  private static final class WordCollector implements WordSink {
    private final List<String> words = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();

    @Override
    public void character(char c) {
      word.append(c);
    }

    @Override
    public void endWord() {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  /** Hashes each word as it is scanned (FNV-1a), so no String is built per word. */
  private static final class HashCollector implements WordSink {
    private long[] hashes = new long[32];
    private int size;
    private long hash = FNV_OFFSET;

    @Override
    public void character(char c) {
      hash = (hash ^ c) * FNV_PRIME;
    }

    @Override
    public void endWord() {
      if (size == hashes.length) {
        hashes = Arrays.copyOf(hashes, size * 2);
      }
      hashes[size++] = mix(hash);
      hash = FNV_OFFSET;
    }
  }

  private static void scan(String text, int start, int end, WordSink sink) {
    boolean inWord = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sink.character(Character.toLowerCase(c));
        inWord = true;
      } else if (inWord && joinsWord(text, i, end)) {
        continue;
      } else if (inWord) {
        sink.endWord();
        inWord = false;
      }
    }
    if (inWord) {
      sink.endWord();
    }
  }

  /**
   * True for a character that sits inside a word without ending it: an apostrophe between letters
   * ("we’ll"), or a thousands or decimal separator between digits ("2,000", "4.8").
   */
  private static boolean joinsWord(String text, int i, int end) {
    if (i + 1 >= end || i == 0) {
      return false;
    }
    char c = text.charAt(i);
    char before = text.charAt(i - 1);
    char after = text.charAt(i + 1);
    if (c == '\'' || c == '\u2019' || c == '\u02bc') {
      return Character.isLetter(before) && Character.isLetter(after);
    }
    if (c == ',' || c == '.') {
      return Character.isDigit(before) && Character.isDigit(after);
    }
    return false;
  }

  /** Murmur3's 64-bit finaliser: spreads the bits so shingle hashes of similar text differ. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** Sorts in place and drops repeats. */
  static long[] distinctSorted(long[] values) {
    if (values.length < 2) {
      return values;
    }
    Arrays.sort(values);
    int size = 1;
    for (int i = 1; i < values.length; i++) {
      if (values[i] != values[size - 1]) {
        values[size++] = values[i];
      }
    }
    return size == values.length ? values : Arrays.copyOf(values, size);
  }
}
