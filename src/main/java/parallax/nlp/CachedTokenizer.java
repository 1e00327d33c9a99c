package parallax.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Tokenizes a sentence exactly as OpenNLP's {@code TokenizerME} does with the project's model,
 * remembering how each whitespace-separated word splits.
 *
 * <p>{@code TokenizerME} splits every whitespace-separated word on its own, from the word's
 * characters alone, with one model evaluation per character. News repeats its words (on the 6,000
 * articles of article-bias, 220 k distinct words make up 5.6 M words of two characters or more), so
 * each distinct word is split once per JVM and looked up after that. {@code OpenNlpEquivalenceTest}
 * compares the tokens with {@code TokenizerME}'s.
 *
 * <p>Not thread-safe (the {@code TokenizerME} behind it is not): one per thread. The memory of
 * splits is one per JVM, shared by every thread.
 */
public final class CachedTokenizer {

  /**
   * Words remembered at most: about 120 bytes each, so at most about 25 MB of an executor's heap.
   * Past it, the memory starts over.
   */
  static final int MAX_WORDS = 200_000;

  /** Each word's split, as start and end offsets within the word. */
  private static final WordMemory<int[]> SPLITS = new WordMemory<>(MAX_WORDS);

  private final TokenizerME tokenizer = new TokenizerME(NlpModels.tokens());
  private final Function<String, int[]> splitWord = this::split;

  /** The token spans of {@code sentence}, as {@code TokenizerME.tokenizePos} gives them. */
  public Span[] tokenizePos(String sentence) {
    Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(sentence);
    List<Span> tokens = new ArrayList<>(words.length + words.length / 4);
    for (Span word : words) {
      if (word.length() < 2) {
        // TokenizerME never splits a single character.
        tokens.add(word);
        continue;
      }
      int[] split = SPLITS.get(sentence.substring(word.getStart(), word.getEnd()), splitWord);
      for (int i = 0; i < split.length; i += 2) {
        tokens.add(new Span(word.getStart() + split[i], word.getStart() + split[i + 1]));
      }
    }
    return tokens.toArray(new Span[0]);
  }

  private int[] split(String word) {
    Span[] parts = tokenizer.tokenizePos(word);
    int[] split = new int[parts.length * 2];
    for (int i = 0; i < parts.length; i++) {
      split[2 * i] = parts[i].getStart();
      split[2 * i + 1] = parts[i].getEnd();
    }
    return split;
  }
}
