package parallax.sentiment;

/**
 * One labelled example for training or evaluating sentiment: a text, the stretch of it the
 * sentiment is about (the target), and the sentiment toward it.
 *
 * @param text the sentence (or short passage) the label was given on, never null
 * @param from first character of the target, or -1 when the label is about the whole text
 * @param to one past the target's last character, or -1 with {@code from}
 * @param polarity the label
 * @param where the file and line the example was read from, for error messages
 */
public record LabelledTarget(String text, int from, int to, Polarity polarity, String where) {

  public LabelledTarget {
    if (text == null) {
      throw new IllegalArgumentException("labelled text must not be null at " + where);
    }
    boolean untargeted = from == -1 && to == -1;
    if (!untargeted && (from < 0 || to <= from || to > text.length())) {
      throw new IllegalArgumentException(
          "target ["
              + from
              + ", "
              + to
              + ") lies outside a text of "
              + text.length()
              + " characters at "
              + where);
    }
    if (polarity == null) {
      throw new IllegalArgumentException("polarity must not be null at " + where);
    }
  }

  /** True when the label is about a span of the text rather than the whole text. */
  public boolean hasTarget() {
    return from >= 0;
  }
}
