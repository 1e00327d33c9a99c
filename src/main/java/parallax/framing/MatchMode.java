package parallax.framing;

import java.util.Locale;

/** How a lexicon entry's forms meet the text. */
public enum MatchMode {
  /** The forms as written, ignoring case. */
  EXACT,
  /**
   * The forms and their regular inflections ({@code insist} also matches {@code insists}, {@code
   * insisted}, {@code insisting}), confirmed by the lemmatizer where it knows the word.
   */
  LEMMA;

  /**
   * Parses the lexicon column value ({@code exact} or {@code lemma}, any case).
   *
   * @throws IllegalArgumentException naming the value when it is neither
   */
  public static MatchMode parse(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "exact" -> EXACT;
      case "lemma" -> LEMMA;
      default ->
          throw new IllegalArgumentException(
              "match must be 'exact' or 'lemma', was '" + value + "'");
    };
  }
}
