package parallax.framing;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Regular English inflections of a base word, generated when a lexicon is compiled so that matching
 * a lemma-aware entry costs a hash lookup, not a lemmatizer call per token.
 *
 * <p>Generous on purpose: it also makes forms that are not words ({@code visitted} besides {@code
 * visited}); those never occur in text, so they cost nothing but memory. Forms that are real words
 * with another lemma ({@code leaves} from {@code leaf} and {@code leave}) are confirmed by the
 * lemmatizer at match time. Irregular forms ({@code said}, {@code told}) are listed in the lexicon
 * as forms of their own. Stateless and thread-safe.
 */
final class Inflections {

  private Inflections() {}

  /** The base word and its regular plural / third-person, past and -ing forms, lower-case. */
  static Set<String> of(String base) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(base);
    int n = base.length();
    if (n < 2 || !Character.isLetter(base.charAt(n - 1))) {
      return forms;
    }
    char last = base.charAt(n - 1);
    char beforeLast = base.charAt(n - 2);
    String stem = base.substring(0, n - 1);
    if (endsWithSibilant(base)) {
      forms.add(base + "es");
    } else if (last == 'y' && !isVowel(beforeLast)) {
      forms.add(stem + "ies");
    } else {
      forms.add(base + "s");
    }
    if (last == 'e') {
      forms.add(base + "d");
      forms.add(beforeLast == 'i' ? base.substring(0, n - 2) + "ying" : stem + "ing");
      if (beforeLast == 'e') {
        forms.add(base + "ing");
      }
    } else if (last == 'y' && !isVowel(beforeLast)) {
      forms.add(stem + "ied");
      forms.add(base + "ing");
    } else {
      forms.add(base + "ed");
      forms.add(base + "ing");
      if (endsConsonantVowelConsonant(base)) {
        forms.add(base + last + "ed");
        forms.add(base + last + "ing");
      }
    }
    return forms;
  }

  private static boolean endsWithSibilant(String word) {
    return word.endsWith("s")
        || word.endsWith("x")
        || word.endsWith("z")
        || word.endsWith("ch")
        || word.endsWith("sh");
  }

  private static boolean endsConsonantVowelConsonant(String word) {
    int n = word.length();
    if (n < 3) {
      return false;
    }
    char c = word.charAt(n - 1);
    return !isVowel(c)
        && c != 'w'
        && c != 'x'
        && c != 'y'
        && isVowel(word.charAt(n - 2))
        && !isVowel(word.charAt(n - 3));
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
