package parallax.quotes;

/**
 * One stretch of text between quotation marks, as the {@link QuotationScanner} found it, before
 * anyone is attributed.
 *
 * @param open offset of the opening mark
 * @param close offset of the closing mark (the mark itself is one character)
 * @param start first character of the content: after the opening mark and any whitespace
 * @param end end of the content, exclusive: before the closing mark, trailing whitespace and one
 *     trailing comma or full stop
 * @param paragraphs how many paragraphs the quotation runs over (1 unless a paragraph left it open
 *     and the next one reopened it)
 */
record Quotation(int open, int close, int start, int end, int paragraphs) {

  /** The last character before the closing mark that is not white space ("," in "speak,”"). */
  char lastCharInside(String text) {
    int k = close - 1;
    while (k > open && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    return text.charAt(k);
  }
}
