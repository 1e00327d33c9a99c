package parallax.framing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import parallax.model.AnnotatedText;

/**
 * The content words of an article with their counts: the input of the distinctive-terms statistic.
 *
 * <p>Terms are lower-cased word forms, not lemmas: lemmatizing every token would cost about ten
 * times the tagging, and for word choice the form is the point ("insisted" vs "said"). Kept are
 * tokens tagged NOUN, PROPN, VERB, ADJ or ADV that hold a letter and are not stop words; a final
 * {@code 's} and leading or trailing punctuation are removed ({@code Kyiv’s} → {@code kyiv}).
 * Stateless and thread-safe.
 */
public final class TermCounter {

  private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "PROPN", "VERB", "ADJ", "ADV");

  /** Frequent words the tagger may still call content words; they say nothing about framing. */
  private static final Set<String> STOP_WORDS =
      Set.of(
          "be", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "do",
          "does", "did", "doing", "done", "get", "got", "gets", "getting", "make", "made", "go",
          "goes", "went", "gone", "also", "not", "n't", "so", "then", "there", "here", "now",
          "just", "very", "too", "only", "even", "still", "yet", "ever", "more", "most", "much",
          "many", "such", "other", "another", "same", "own", "well", "back", "up", "out", "down",
          "off", "over", "how", "when", "where", "why", "what", "which", "who", "whom", "whose",
          "that", "this", "these", "those", "it", "its", "one", "ones", "thing", "things", "way",
          "mr", "mrs", "ms", "dr", "s", "t", "re", "ve", "ll", "d", "m");

  private TermCounter() {}

  /** The article's content-word counts, sorted by term. */
  public static List<TermCount> count(AnnotatedText text) {
    Map<String, Integer> counts = new HashMap<>();
    for (int t = 0; t < text.tokenCount(); t++) {
      if (CONTENT_TAGS.contains(text.tag(t))) {
        String term = term(text.token(t));
        if (term != null) {
          counts.merge(term, 1, Integer::sum);
        }
      }
    }
    List<TermCount> terms = new ArrayList<>(counts.size());
    counts.forEach((term, count) -> terms.add(new TermCount(term, count)));
    terms.sort((a, b) -> a.term().compareTo(b.term()));
    return terms;
  }

  /** The term a token counts as, or null when it is no content word. */
  static String term(String token) {
    int from = 0;
    int to = token.length();
    if (to >= 2
        && (token.charAt(to - 1) == 's' || token.charAt(to - 1) == 'S')
        && isApostrophe(token.charAt(to - 2))) {
      to -= 2;
    }
    while (from < to && !Character.isLetterOrDigit(token.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(token.charAt(to - 1))) {
      to--;
    }
    String term = token.substring(from, to).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (term.isEmpty() || !hasLetter(term) || STOP_WORDS.contains(term)) {
      return null;
    }
    return term;
  }

  private static boolean hasLetter(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }
}
