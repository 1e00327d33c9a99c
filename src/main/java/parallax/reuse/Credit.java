package parallax.reuse;

import parallax.model.LabelledSpan;

/**
 * A place where an article's text credits another outlet: "Read Full Article at RT.com", a wire
 * dateline "(Meridian Wire) -", "This article was originally published by X", "according to X".
 *
 * @param kind how the text gives the credit: one of {@link #READ_AT}, {@link #ORIGINALLY}, {@link
 *     #DATELINE}, {@link #SIGN_OFF}, {@link #SOURCE_LINE}, {@link #ACCORDING_TO}
 * @param phrase the words naming the outlet, as written (may say more than the outlet's name)
 * @param outlet the canonical outlet {@code phrase} resolves to through the outlet directory, or
 *     null when the directory does not know it (the story-level analysis then tries the names of
 *     the story's outlets)
 * @param start first character of the whole credit in the body, inclusive
 * @param end last character, exclusive
 * @param text the whole credit as written ("Read Full Article at RT.com"), the evidence quoted
 */
public record Credit(String kind, String phrase, String outlet, int start, int end, String text) {

  /** "Read Full Article at RT.com", "Read the original at abnnews.example". */
  public static final String READ_AT = "read_at";

  /** "This article was originally published by Meridian Wire", "first appeared in X". */
  public static final String ORIGINALLY = "originally_published";

  /** A wire dateline at the start of a paragraph: "MOSCOW (Meridian Wire) -", "(AP) —". */
  public static final String DATELINE = "dateline";

  /** A paragraph that is only an outlet in brackets, the wire's sign-off: "(Meridian Wire)". */
  public static final String SIGN_OFF = "sign_off";

  /** A line "Source: X" or "Courtesy of X". */
  public static final String SOURCE_LINE = "source_line";

  /** "according to X": the outlet is cited for a fact, which is weaker evidence of copying. */
  public static final String ACCORDING_TO = "according_to";

  public Credit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "credit span must have 0 <= start <= end, was [" + start + ", " + end + ")");
    }
  }

  /**
   * True for the kinds that say the text itself comes from the outlet (everything but {@link
   * #ACCORDING_TO}).
   */
  public boolean creditsText() {
    return !ACCORDING_TO.equals(kind);
  }

  /** The credit as a row of {@code spans.csv}: kind {@code reuse}, label {@code credit/KIND}. */
  public LabelledSpan toSpan() {
    return new LabelledSpan("reuse", "credit/" + kind, start, end);
  }
}
