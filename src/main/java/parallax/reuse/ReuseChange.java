package parallax.reuse;

import parallax.model.LabelledSpan;

/**
 * A sentence a derived version adds to its source, or a sentence of the source it leaves out.
 *
 * @param storyId the story
 * @param derivedId the derived article
 * @param sourceId the article it derives from
 * @param kind {@link #ADDED} (the sentence is in the derived article and nowhere in the source) or
 *     {@link #OMITTED} (the sentence is in the source and nowhere in the derived article)
 * @param articleId the article the sentence is in: {@code derivedId} when added, {@code sourceId}
 *     when omitted
 * @param sentence 0-based sentence index in that article
 * @param start first character of the sentence in that article's body
 * @param end last character, exclusive
 */
public record ReuseChange(
    String storyId,
    String derivedId,
    String sourceId,
    String kind,
    String articleId,
    int sentence,
    int start,
    int end) {

  public static final String ADDED = "added";
  public static final String OMITTED = "omitted";

  /** The sentence as a row of {@code spans.csv} of {@code articleId}: label {@code added} etc. */
  public LabelledSpan toSpan() {
    return new LabelledSpan("reuse", kind, start, end);
  }
}
