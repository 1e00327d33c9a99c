package parallax.framing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import parallax.model.AnnotatedText;

/**
 * The words a text is matched on: its tokens, lower-cased, with hyphens and apostrophes taken out
 * the same way for lexicon forms and for text, so matching does not depend on how the tokenizer
 * happened to split a word.
 *
 * <p>OpenNLP's tokenizer splits hyphenated words unevenly ({@code so - called} as three tokens,
 * {@code G-20} and {@code anti-war} as one, {@code Russia -Ukraine} as two) and keeps possessives
 * on the word ({@code Kyiv’s}). Here every token is cut at hyphens and apostrophes into pieces, a
 * final {@code 's} is dropped, and a hyphen token that touches a word counts as a joiner. Any other
 * punctuation (quotes, commas, dashes between words) becomes a barrier no term can cross. Each
 * piece keeps its character offsets and the token it came from.
 *
 * <p>Instances are built per text and are not thread-safe.
 */
final class TermPieces {

  private String[] keys = new String[256];
  private int[] starts = new int[256];
  private int[] ends = new int[256];
  private int[] tokenOf = new int[256];
  private int size;

  private TermPieces() {}

  /** The pieces of an annotated text; barriers have a null key. */
  static TermPieces of(AnnotatedText text) {
    TermPieces pieces = new TermPieces();
    int tokens = text.tokenCount();
    for (int t = 0; t < tokens; t++) {
      String token = text.token(t);
      int start = text.tokenStart(t);
      if (!AnnotatedText.isWord(token)) {
        boolean attached =
            (t > 0 && text.tokenEnd(t - 1) == start)
                || (t + 1 < tokens && text.tokenStart(t + 1) == text.tokenEnd(t));
        pieces.addPunctuation(token, start, t, attached);
      } else {
        pieces.addWord(token, start, t);
      }
    }
    return pieces;
  }

  /**
   * The piece keys of a lexicon form, e.g. {@code ["so", "called"]} for {@code So-called}.
   *
   * @throws LexiconException when the form holds punctuation that would split a term
   */
  static List<String> ofForm(String form) {
    TermPieces pieces = new TermPieces();
    for (String chunk : form.trim().split("\\s+")) {
      if (chunk.isEmpty()) {
        continue;
      }
      if (AnnotatedText.isWord(chunk)) {
        pieces.addWord(chunk, 0, 0);
      } else {
        pieces.addPunctuation(chunk, 0, 0, true);
      }
    }
    List<String> keys = new ArrayList<>(pieces.size);
    for (int i = 0; i < pieces.size; i++) {
      if (pieces.keys[i] == null) {
        throw new LexiconException(
            "form '" + form + "' holds punctuation that splits a term: write it without");
      }
      keys.add(pieces.keys[i]);
    }
    return keys;
  }

  int size() {
    return size;
  }

  /** The lower-cased piece, or null for a barrier. */
  String key(int piece) {
    return keys[piece];
  }

  int start(int piece) {
    return starts[piece];
  }

  int end(int piece) {
    return ends[piece];
  }

  int token(int piece) {
    return tokenOf[piece];
  }

  private void addPunctuation(String token, int start, int t, boolean attached) {
    if (isHyphen(token) && attached) {
      return;
    }
    if (isPossessive(token, 0)) {
      return;
    }
    add(null, start, start + token.length(), t);
  }

  private void addWord(String token, int start, int t) {
    int length = token.length();
    int from = 0;
    for (int i = 0; i < length; i++) {
      char c = token.charAt(i);
      if (isJoiner(c)) {
        addPiece(token, from, i, start, t);
        if (isApostrophe(c) && isPossessive(token, i)) {
          return;
        }
        from = i + 1;
      } else if (isBreak(c)) {
        addPiece(token, from, i, start, t);
        add(null, start + i, start + i + 1, t);
        from = i + 1;
      }
    }
    addPiece(token, from, length, start, t);
  }

  private void addPiece(String token, int from, int to, int offset, int t) {
    // A sentence-final full stop can stay on the token ("Kyiv."); abbreviations ("U.S.") lose
    // theirs too, in lexicon forms as in text, so both still meet.
    while (to > from && token.charAt(to - 1) == '.') {
      to--;
    }
    if (to > from) {
      // substring and toLowerCase return the same string when nothing changes: no copy for
      // the common lower-case single-piece token.
      add(token.substring(from, to).toLowerCase(Locale.ROOT), offset + from, offset + to, t);
    }
  }

  private void add(String key, int start, int end, int t) {
    if (key == null && size > 0 && keys[size - 1] == null) {
      return; // one barrier is enough
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      tokenOf = Arrays.copyOf(tokenOf, size * 2);
    }
    keys[size] = key;
    starts[size] = start;
    ends[size] = end;
    tokenOf[size] = t;
    size++;
  }

  /** {@code 's} (any apostrophe, any case) at {@code index} running to the token's end. */
  private static boolean isPossessive(String token, int index) {
    return token.length() == index + 2
        && isApostrophe(token.charAt(index))
        && (token.charAt(index + 1) == 's' || token.charAt(index + 1) == 'S');
  }

  private static boolean isHyphen(String token) {
    return token.length() == 1 && isHyphenChar(token.charAt(0));
  }

  private static boolean isJoiner(char c) {
    return isHyphenChar(c) || isApostrophe(c);
  }

  private static boolean isHyphenChar(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }

  /** Characters that separate words even inside one token: dashes, slashes, quotes, commas. */
  private static boolean isBreak(char c) {
    return c == '\u2013'
        || c == '\u2014'
        || c == '/'
        || c == '"'
        || c == '\u201C'
        || c == '\u201D'
        || c == '\u2018'
        || c == ','
        || c == ';'
        || c == ':'
        || c == '('
        || c == ')'
        || c == '!'
        || c == '?';
  }
}
