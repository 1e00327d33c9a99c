package parallax.sentiment;

import parallax.model.AnnotatedText;

/**
 * What a sentiment is about, located in an annotated text: the sentence and the tokens of the
 * target within it, or the whole sentence when there is no target.
 *
 * @param sentence the sentence index
 * @param firstToken the target's first token, or -1 for a whole-sentence target
 * @param endToken one past the target's last token, or -1 for a whole-sentence target
 */
public record TargetSpan(int sentence, int firstToken, int endToken) {

  public TargetSpan {
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence must be >= 0, was: " + sentence);
    }
    boolean whole = firstToken == -1 && endToken == -1;
    if (!whole && (firstToken < 0 || endToken <= firstToken)) {
      throw new IllegalArgumentException(
          "target tokens must be [first, end) with 0 <= first < end, was: ["
              + firstToken
              + ", "
              + endToken
              + ")");
    }
  }

  /** The whole of sentence {@code sentence}. */
  public static TargetSpan wholeSentence(int sentence) {
    return new TargetSpan(sentence, -1, -1);
  }

  /**
   * The tokens overlapping the characters {@code [start, end)}, in the sentence of the first of
   * them (a target never spans sentences: tokens past the sentence end are dropped).
   *
   * @throws IllegalArgumentException when no token overlaps the characters
   */
  public static TargetSpan locate(AnnotatedText text, int start, int end) {
    int first = -1;
    int last = -1;
    for (int t = firstTokenEndingAfter(text, start); t < text.tokenCount(); t++) {
      if (text.tokenStart(t) >= end) {
        break;
      }
      if (first < 0) {
        first = t;
      }
      last = t;
    }
    if (first < 0) {
      throw new IllegalArgumentException(
          "no token overlaps the target characters [" + start + ", " + end + ")");
    }
    int sentence = text.sentenceOfToken(first);
    int endToken = Math.min(last + 1, text.sentenceEndToken(sentence));
    return new TargetSpan(sentence, first, endToken);
  }

  /** True when the sentiment is about the whole sentence. */
  public boolean isWholeSentence() {
    return firstToken < 0;
  }

  /** True when token {@code t} belongs to the target. */
  public boolean contains(int t) {
    return t >= firstToken && t < endToken;
  }

  /** Tokens between token {@code t} and the target (0 inside it, or for a whole sentence). */
  public int distance(int t) {
    if (isWholeSentence() || contains(t)) {
      return 0;
    }
    return t < firstToken ? firstToken - t : t - endToken + 1;
  }

  // Binary search: tokens are in text order, so ends are ascending too.
  private static int firstTokenEndingAfter(AnnotatedText text, int offset) {
    int low = 0;
    int high = text.tokenCount();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (text.tokenEnd(mid) <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
