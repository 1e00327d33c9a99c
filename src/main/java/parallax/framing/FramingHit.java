package parallax.framing;

import parallax.model.LabelledSpan;

/**
 * One lexicon term found in an article body.
 *
 * @param category the entry's category, e.g. {@code attribution_verb/loaded}
 * @param term the entry's canonical term, e.g. {@code insist} for the text {@code insisted}
 * @param referent what the term names when it is a variant of a name (place, war, person), else
 *     null
 * @param variantGroup the variant's naming tradition (e.g. {@code russian}), else null
 * @param start first character in the body, inclusive
 * @param end last character in the body, exclusive
 */
public record FramingHit(
    String category, String term, String referent, String variantGroup, int start, int end) {

  /** The span kind framing hits carry in {@code spans.csv}. */
  public static final String SPAN_KIND = "framing";

  public FramingHit {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "hit for '" + term + "' must have 0 <= start < end, was [" + start + ", " + end + ")");
    }
  }

  /** The {@code spans.csv} row: kind {@code framing}, labelled with the category. */
  public LabelledSpan toSpan() {
    return new LabelledSpan(SPAN_KIND, category, start, end);
  }

  /** The matched text of {@code body}. */
  public String textIn(String body) {
    return body.substring(start, end);
  }
}
