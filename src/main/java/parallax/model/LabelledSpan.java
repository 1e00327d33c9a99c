package parallax.model;

/**
 * A stretch of an article's body that an analysis counted, with what it counted it as. These are
 * the rows of {@code spans.csv}: every number a report shows is a count or a mean over them.
 *
 * @param kind the analysis that produced it, e.g. {@code framing}, {@code quote}, {@code sentence}
 * @param label what the span is within that analysis, e.g. {@code attribution_verb/loaded}
 * @param start first character, 0-based, inclusive, into the article body
 * @param end last character, exclusive
 */
public record LabelledSpan(String kind, String label, int start, int end) {

  public LabelledSpan {
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("span kind must not be blank, was: " + kind);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span must have 0 <= start <= end, was [" + start + ", " + end + ") for " + kind);
    }
  }

  /** The covered text of {@code body}. */
  public String textIn(String body) {
    return body.substring(start, end);
  }
}
