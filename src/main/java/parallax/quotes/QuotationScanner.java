package parallax.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds quotations in a text in one left-to-right pass over its characters, with no regular
 * expressions, so the cost is linear in the text whatever it holds.
 *
 * <p>Marks understood: curly double ({@code “ ”}), straight double ({@code "}, direction from
 * context), guillemets ({@code « »}), curly single ({@code ‘ ’}) and straight single ({@code '}).
 * The right single mark {@code ’} and {@code '} are also apostrophes ("wouldn’t", "Trump’s",
 * "leaders’"): with a letter on both sides it is always an apostrophe; it only closes a quotation
 * when one is open, and it only opens one at the start of a word. A quotation opened inside another
 * (the ‘magic wand’ inside “...”) stays part of the outer one and is not reported on its own.
 *
 * <p>A quotation never crosses a paragraph (a line break) unless the news convention applies: the
 * paragraph ends with the quotation still open and the next paragraph opens with a quotation mark,
 * in which case the two parts are one quotation. A mark left open without that continuation is
 * dropped: reporting a quotation up to the end of the paragraph would turn a stray mark into a long
 * false quote.
 *
 * <p>Titles in quotation marks ("his book “War”") are not quotations: see {@link #isTitle}.
 *
 * <p>Stateless; thread-safe.
 */
final class QuotationScanner {

  private static final char NONE = 0;
  private static final char DOUBLE = 'D';
  private static final char SINGLE = 'S';

  /** Nouns and verbs after which Title Case words in quotation marks name a work, not speech. */
  private static final Set<String> WORK_WORDS =
      Set.of(
          "book",
          "books",
          "film",
          "movie",
          "novel",
          "memoir",
          "song",
          "album",
          "documentary",
          "essay",
          "column",
          "series",
          "show",
          "play",
          "poem",
          "programme",
          "program",
          "podcast",
          "titled",
          "entitled",
          "headlined",
          "dubbed",
          "called",
          "named",
          "nicknamed");

  private QuotationScanner() {}

  /** The quotations of {@code text}, in text order. */
  static List<Quotation> scan(String text) {
    return new Scan(text).run();
  }

  /** The state of one scan: at most one quotation open, with at most one nested inside it. */
  private static final class Scan {
    private final String text;
    private final List<Quotation> found = new ArrayList<>();
    private int outerOpen = -1;
    private char outer = NONE;
    private char inner = NONE;
    private int paragraphs = 1;

    Scan(String text) {
      this.text = text;
    }

    List<Quotation> run() {
      int n = text.length();
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          i = endParagraph(i);
          continue;
        }
        mark(c, i);
        i++;
      }
      int cut = outer == NONE ? -1 : truncation();
      if (cut > outerOpen) {
        emit(cut);
      }
      return found;
    }

    /**
     * Where the text was cut short ("...hurtful, and for..."), as excerpts in some corpora are: the
     * offset of a final ellipsis, or -1 when the text ends normally. A quotation still open there
     * ends at the cut instead of being dropped.
     */
    private int truncation() {
      int end = text.length();
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end > 0 && text.charAt(end - 1) == '…') {
        return end - 1;
      }
      int dots = end;
      while (dots > 0 && text.charAt(dots - 1) == '.') {
        dots--;
      }
      return end - dots >= 3 ? dots : -1;
    }

    /** Handles a line break at {@code i}; returns where scanning goes on. */
    private int endParagraph(int i) {
      inner = NONE;
      if (outer == NONE) {
        return i + 1;
      }
      int next = i;
      while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next < text.length() && reopens(text.charAt(next))) {
        paragraphs++;
        return next + 1;
      }
      if (next >= text.length()) {
        return next; // the text ends here: see truncation()
      }
      outer = NONE;
      return i + 1;
    }

    private boolean reopens(char c) {
      return outer == DOUBLE ? c == '“' || c == '"' || c == '«' || c == '„' : c == '‘' || c == '\'';
    }

    private void mark(char c, int i) {
      switch (c) {
        case '“', '«', '„' -> openDouble(i);
        case '”', '»' -> closeDouble(i);
        case '"' -> {
          if (outer == DOUBLE || inner == DOUBLE) {
            closeDouble(i);
          } else if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
            openDouble(i);
          }
        }
        case '‘', '‹' -> {
          if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
            openSingle(i);
          }
        }
        case '’', '\'', '›' -> singleRight(c, i);
        default -> {}
      }
    }

    private void singleRight(char c, int i) {
      boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
      boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
      if (letterBefore && letterAfter) {
        return; // apostrophe inside a word
      }
      boolean singleOpen = inner == SINGLE || outer == SINGLE;
      if (!letterAfter && i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && singleOpen) {
        closeSingle(i);
      } else if (c == '\'' && letterAfter && (i == 0 || opensAfter(text.charAt(i - 1)))) {
        openSingle(i);
      }
    }

    private static boolean opensAfter(char previous) {
      return Character.isWhitespace(previous) || "([{—–-/“\":".indexOf(previous) >= 0;
    }

    private void openDouble(int i) {
      if (outer == SINGLE && inner == NONE) {
        inner = DOUBLE;
      } else {
        // Nothing open, or a double quotation never closed: start afresh at this mark.
        outer = DOUBLE;
        outerOpen = i;
        inner = NONE;
        paragraphs = 1;
      }
    }

    private void closeDouble(int i) {
      if (inner == DOUBLE) {
        inner = NONE;
      } else if (outer == DOUBLE) {
        emit(i);
      }
    }

    private void openSingle(int i) {
      if (outer == NONE) {
        outer = SINGLE;
        outerOpen = i;
        paragraphs = 1;
      } else if (outer == DOUBLE && inner == NONE) {
        inner = SINGLE;
      }
    }

    private void closeSingle(int i) {
      if (inner == SINGLE) {
        inner = NONE;
      } else if (outer == SINGLE) {
        emit(i);
      }
    }

    private void emit(int close) {
      int start = outerOpen + 1;
      int end = close;
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end > start && (text.charAt(end - 1) == ',' || text.charAt(end - 1) == '.')) {
        end--;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end > start && !isTitle(text, outerOpen, start, end)) {
        found.add(new Quotation(outerOpen, close, start, end, paragraphs));
      }
      outer = NONE;
      inner = NONE;
      paragraphs = 1;
    }
  }

  /**
   * True when the marks hold a title or a name rather than words someone said: at most six words
   * (twelve right after a word such as "book", for a title with a subtitle), each capitalised
   * (small linking words and numbers aside), and either two capitalised words at least ("“State of
   * the Union”", "“Capitol Siege”") or one right after a word such as "book" or "titled" ("his book
   * “War”"). Lower-case scare quotes ("the so-called “territorial reality”") and one-word answers
   * ("“Never,” he said") stay quotations.
   */
  static boolean isTitle(String text, int open, int start, int end) {
    boolean afterWorkWord = WORK_WORDS.contains(wordBefore(text, open));
    int maxWords = afterWorkWord ? 12 : 6; // "his new book, “Forward: Notes on the Future of...”"
    int words = 0;
    int capitalised = 0;
    int i = start;
    while (i < end) {
      while (i < end && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= end) {
        break;
      }
      int wordStart = i;
      int firstLetter = -1;
      while (i < end && !Character.isWhitespace(text.charAt(i))) {
        if (firstLetter < 0 && Character.isLetter(text.charAt(i))) {
          firstLetter = i;
        }
        i++;
      }
      words++;
      if (words > maxWords) {
        return false;
      }
      if (firstLetter < 0) {
        continue; // "#1", "2021"
      }
      if (Character.isUpperCase(text.charAt(firstLetter))) {
        capitalised++;
      } else if (words == 1 || !isLinkingWord(text, wordStart, i)) {
        return false;
      }
    }
    return capitalised >= 2 || (capitalised == 1 && afterWorkWord);
  }

  private static boolean isLinkingWord(String text, int from, int to) {
    String word = text.substring(from, to).toLowerCase(Locale.ROOT);
    return switch (word) {
      case "a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "or" -> true;
      default -> false;
    };
  }

  /**
   * The lower-cased word ending just before {@code offset}, skipping spaces and one comma ("his
   * book, “...”"); "" if none.
   */
  private static String wordBefore(String text, int offset) {
    int end = offset;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > 0 && text.charAt(end - 1) == ',') {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end).toLowerCase(Locale.ROOT);
  }
}
