package parallax.framing;

import java.util.List;
import java.util.Objects;

/**
 * A sentence annotators labelled for bias, with the words they marked as carrying it.
 *
 * @param text the sentence
 * @param biased the sentence-level label
 * @param biasedWords the words marked as biased, as written by the annotators (may be empty)
 * @param location {@code file:line} of the record, for messages
 */
public record LabelledSentence(
    String text, boolean biased, List<String> biasedWords, String location) {

  public LabelledSentence {
    Objects.requireNonNull(text, "text");
    biasedWords = List.copyOf(biasedWords);
  }
}
