package parallax.sentiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted speech by its quotation marks, enough to keep quoted words apart from the author's
 * in sentiment scores: curly double quotes, straight double quotes, and curly single quotes used as
 * quotation marks (not as apostrophes, as in "we’ll").
 *
 * <p>A quote left open runs to the end of its paragraph, the news convention for speech that goes
 * on in the next paragraph (which opens with a quotation mark again). The marks themselves belong
 * to the range. Stateless and thread-safe.
 */
public final class QuoteDetector {

  /** The quoted ranges of {@code text}. */
  public QuotedRanges detect(String text) {
    List<int[]> ranges = new ArrayList<>();
    int length = text.length();
    int open = -1;
    char closing = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (open >= 0) {
          ranges.add(new int[] {open, i});
          open = -1;
        }
        continue;
      }
      if (open < 0) {
        if (c == '“' || c == '"' || c == '„') {
          open = i;
          closing = c == '"' ? '"' : '”';
        } else if (c == '‘' && opensSingle(text, i)) {
          open = i;
          closing = '’';
        }
      } else if (c == closing && (closing != '’' || closesSingle(text, i))) {
        ranges.add(new int[] {open, i + 1});
        open = -1;
      }
    }
    if (open >= 0) {
      ranges.add(new int[] {open, length});
    }
    return QuotedRanges.of(ranges);
  }

  // A single quotation mark opens where a word starts: after a space, a dash or a bracket.
  private static boolean opensSingle(String text, int i) {
    return (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
        && i + 1 < text.length()
        && !Character.isWhitespace(text.charAt(i + 1));
  }

  // ’ closes a quote only when no letter follows: "we’ll" and "Ukraine’s" are apostrophes.
  private static boolean closesSingle(String text, int i) {
    return i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1));
  }
}
