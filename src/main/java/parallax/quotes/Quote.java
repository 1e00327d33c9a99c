package parallax.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import parallax.model.LabelledSpan;

/**
 * One quote in an article body: words in quotation marks ({@link #DIRECT}) or a reported clause
 * ({@link #INDIRECT}), with who said it and the verb that says so.
 *
 * <p>Span conventions (all offsets 0-based into the body, end exclusive):
 *
 * <ul>
 *   <li>direct: the text between the quotation marks, without the marks, trimmed of whitespace and
 *       of one trailing comma or full stop (punctuation that belongs to the surrounding sentence).
 *       A quotation continued over paragraphs ("...<newline>“...”") is one quote whose span
 *       includes the paragraph break and the reopening mark. Nested quotation marks stay inside.
 *   <li>indirect: the reported clause, from its first word (after "that") to its last, without the
 *       sentence's final stop; quotations inside it stay inside, and their words are counted as
 *       direct, not again as indirect ({@link #words}).
 * </ul>
 *
 * <p>Strings are never null: an unknown speaker or verb is "".
 *
 * @param kind {@link #DIRECT} or {@link #INDIRECT}
 * @param speaker canonical speaker name (see {@link QuoteAnalyzer}); "" when unknown
 * @param speakerIsPerson true when the speaker is a person (not an organisation, place or group)
 * @param speakerText the words naming the speaker where the text does ("he", "the Russian leader",
 *     "Putin"); "" when the speaker is inferred from an earlier quote
 * @param speakerStart start of {@code speakerText} in the body, or -1
 * @param speakerEnd end of {@code speakerText} in the body, or -1
 * @param verb lemma of the verb of saying ("say", "insist"), "according to", or ""
 * @param verbClass {@code neutral} or {@code loaded} as in the speech-verb lexicon, or ""
 * @param verbStart start of the verb in the body, or -1
 * @param verbEnd end of the verb in the body, or -1
 * @param start start of the quoted span
 * @param end end of the quoted span
 * @param words words of the span: for indirect quotes, only those outside quotation marks
 * @param text the body's text from {@code start} to {@code end}
 */
public record Quote(
    String kind,
    String speaker,
    boolean speakerIsPerson,
    String speakerText,
    int speakerStart,
    int speakerEnd,
    String verb,
    String verbClass,
    int verbStart,
    int verbEnd,
    int start,
    int end,
    int words,
    String text) {

  public static final String DIRECT = "direct";
  public static final String INDIRECT = "indirect";

  /** The {@code kind} of spans.csv rows for quotes. */
  public static final String SPAN_KIND = "quote";

  public Quote {
    if (!DIRECT.equals(kind) && !INDIRECT.equals(kind)) {
      throw new IllegalArgumentException("quote kind must be direct or indirect, was: " + kind);
    }
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerText, "speakerText");
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(verbClass, "verbClass");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "quote span must have 0 <= start <= end, was [" + start + ", " + end + ")");
    }
  }

  /**
   * The character ranges of the direct quotes among {@code quotes}, as {@code {start, end}} pairs
   * in the order given: the quoted speech itself (marks excluded, see the span conventions above),
   * for analyses that keep the author's words apart from quoted ones (sentiment's {@code
   * QuotedRanges.of} takes them as they are). Indirect speech is the author's paraphrase, so it is
   * left out.
   */
  public static List<int[]> directRanges(List<Quote> quotes) {
    List<int[]> ranges = new ArrayList<>();
    for (Quote quote : quotes) {
      if (quote.isDirect()) {
        ranges.add(new int[] {quote.start(), quote.end()});
      }
    }
    return ranges;
  }

  public boolean isDirect() {
    return DIRECT.equals(kind);
  }

  /** The span as a spans.csv row: kind {@code quote}, label {@code direct/Vladimir Putin}. */
  public LabelledSpan toSpan() {
    return new LabelledSpan(
        SPAN_KIND, kind + "/" + (speaker.isEmpty() ? "unknown" : speaker), start, end);
  }
}
