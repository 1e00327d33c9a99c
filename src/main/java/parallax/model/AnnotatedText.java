package parallax.model;

import java.util.Objects;

/**
 * A text with its paragraphs, sentences, tokens and part-of-speech tags, every one located by
 * character offsets into {@link #text()}. This is what the NLP stage hands to every analysis.
 *
 * <p>Sentences never cross a paragraph (a line break), tokens never cross a sentence, and both are
 * in text order. Tags are Universal Dependencies part-of-speech tags ({@code NOUN}, {@code PROPN},
 * {@code VERB}, ...). Offsets are 0-based, start inclusive, end exclusive.
 *
 * <p>Immutable as far as callers are concerned: the arrays are owned by this object and must not be
 * changed. Safe to share between threads.
 */
public final class AnnotatedText {

  private final String text;
  private final int[] sentenceStarts;
  private final int[] sentenceEnds;
  private final int[] sentenceParagraphs;
  private final int[] sentenceFirstTokens;
  private final int[] tokenStarts;
  private final int[] tokenEnds;
  private final String[] tokens;
  private final String[] tags;

  /**
   * Takes ownership of the arrays. {@code sentenceFirstTokens[i]} is the index of sentence i's
   * first token; a sentence's tokens run up to the next sentence's first token.
   *
   * @throws IllegalArgumentException when the arrays disagree in length or a span falls outside the
   *     text
   */
  public AnnotatedText(
      String text,
      int[] sentenceStarts,
      int[] sentenceEnds,
      int[] sentenceParagraphs,
      int[] sentenceFirstTokens,
      int[] tokenStarts,
      int[] tokenEnds,
      String[] tags) {
    this.text = Objects.requireNonNull(text, "text");
    this.sentenceStarts = sentenceStarts;
    this.sentenceEnds = sentenceEnds;
    this.sentenceParagraphs = sentenceParagraphs;
    this.sentenceFirstTokens = sentenceFirstTokens;
    this.tokenStarts = tokenStarts;
    this.tokenEnds = tokenEnds;
    this.tags = tags;
    int sentences = sentenceStarts.length;
    if (sentenceEnds.length != sentences
        || sentenceParagraphs.length != sentences
        || sentenceFirstTokens.length != sentences) {
      throw new IllegalArgumentException("sentence arrays differ in length");
    }
    if (tokenEnds.length != tokenStarts.length || tags.length != tokenStarts.length) {
      throw new IllegalArgumentException("token arrays differ in length");
    }
    this.tokens = new String[tokenStarts.length];
    for (int t = 0; t < tokens.length; t++) {
      checkSpan("token " + t, tokenStarts[t], tokenEnds[t]);
      tokens[t] = text.substring(tokenStarts[t], tokenEnds[t]);
    }
    for (int s = 0; s < sentences; s++) {
      checkSpan("sentence " + s, sentenceStarts[s], sentenceEnds[s]);
    }
  }

  private void checkSpan(String what, int start, int end) {
    if (start < 0 || end < start || end > text.length()) {
      throw new IllegalArgumentException(
          what + " span [" + start + ", " + end + ") is outside a text of " + text.length());
    }
  }

  public String text() {
    return text;
  }

  public int sentenceCount() {
    return sentenceStarts.length;
  }

  public int sentenceStart(int sentence) {
    return sentenceStarts[sentence];
  }

  public int sentenceEnd(int sentence) {
    return sentenceEnds[sentence];
  }

  /** The 0-based paragraph (non-blank line) the sentence belongs to. */
  public int sentenceParagraph(int sentence) {
    return sentenceParagraphs[sentence];
  }

  public String sentenceText(int sentence) {
    return text.substring(sentenceStarts[sentence], sentenceEnds[sentence]);
  }

  /** Index of the sentence's first token. */
  public int sentenceFirstToken(int sentence) {
    return sentenceFirstTokens[sentence];
  }

  /** Index one past the sentence's last token. */
  public int sentenceEndToken(int sentence) {
    return sentence + 1 < sentenceFirstTokens.length
        ? sentenceFirstTokens[sentence + 1]
        : tokens.length;
  }

  public int tokenCount() {
    return tokens.length;
  }

  public int tokenStart(int token) {
    return tokenStarts[token];
  }

  public int tokenEnd(int token) {
    return tokenEnds[token];
  }

  /** The token's text, exactly as it stands in the text. */
  public String token(int token) {
    return tokens[token];
  }

  /** The Universal Dependencies part-of-speech tag of the token. */
  public String tag(int token) {
    return tags[token];
  }

  /** The sentence containing the token (binary search). */
  public int sentenceOfToken(int token) {
    int low = 0;
    int high = sentenceFirstTokens.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (sentenceFirstTokens[mid] <= token) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /** The number of tokens holding a letter or digit: words and numbers, not punctuation. */
  public int wordCount() {
    int words = 0;
    for (String token : tokens) {
      if (isWord(token)) {
        words++;
      }
    }
    return words;
  }

  /** True when the token holds a letter or digit. */
  public static boolean isWord(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetterOrDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
