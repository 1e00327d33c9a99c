package parallax.quotes;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import parallax.model.AnnotatedText;

/**
 * Which tokens of one article look like (part of) a proper name, and the written forms names are
 * compared by.
 *
 * <p>The tagger is not trusted on names: it tags "Trump" as VERB, NOUN or ADJ now and then, so a
 * name token is told by its capital letter (and, at the start of a sentence, by a PROPN tag, a
 * capitalised neighbour or the same word capitalised elsewhere in the article). Stateless.
 */
final class NameTokens {

  private NameTokens() {}

  /** One flag per token: true when it looks like part of a name. */
  static boolean[] mark(AnnotatedText text, String[] tags, boolean[] sentenceInitial) {
    int count = tags.length;
    boolean[] names = new boolean[count];
    Set<String> capitalisedMidSentence = new HashSet<>();
    for (int t = 0; t < count; t++) {
      if (!sentenceInitial[t] && capitalised(text.token(t)) && !functional(tags[t])) {
        capitalisedMidSentence.add(nameForm(text.token(t)));
      }
    }
    for (int t = 0; t < count; t++) {
      String token = text.token(t);
      if (acronym(token)
          && (!sentenceInitial[t] || "PROPN".equals(tags[t]) || "PRON".equals(tags[t]))) {
        names[t] = true; // "WHO said", tagged as the pronoun
        continue;
      }
      if (!capitalised(token) || token.equals("I")) {
        continue;
      }
      if (functional(tags[t]) && (sentenceInitial[t] || !mistaggedName(token, tags[t]))) {
        continue;
      }
      if (sentenceInitial[t] && (token.equals("Said") || token.equals("Says"))) {
        continue; // "Said Judge Lewis, “...”": a verb of saying, inverted
      }
      names[t] =
          !sentenceInitial[t]
              || "PROPN".equals(tags[t])
              || (t + 1 < count
                  && capitalised(text.token(t + 1))
                  && !functional(tags[t + 1])
                  && text.sentenceOfToken(t + 1) == text.sentenceOfToken(t))
              || capitalisedMidSentence.contains(nameForm(token))
              || organisationBeforeOf(text, t);
    }
    return names;
  }

  /** "Group of Seven", "Department of Justice" at the start of a sentence. */
  private static boolean organisationBeforeOf(AnnotatedText text, int t) {
    return t + 2 < text.tokenCount()
        && text.token(t + 1).equals("of")
        && capitalised(text.token(t + 2))
        && OrganisationWords.WORDS.contains(nameForm(text.token(t)).toLowerCase(Locale.ROOT));
  }

  /**
   * A capitalised word inside a sentence that the tagger put in a closed class it does not belong
   * to ("Government Accountability_ADP Office"): a name.
   */
  private static boolean mistaggedName(String token, String tag) {
    return switch (tag) {
      case "ADP", "DET", "CCONJ", "SCONJ", "PRON", "AUX", "PART" ->
          !PhraseWords.FUNCTION_WORDS.contains(token.toLowerCase(Locale.ROOT));
      default -> false;
    };
  }

  /** Two to six capital letters ("WHO", "NATO"). */
  static boolean acronym(String token) {
    if (token.length() < 2 || token.length() > 6) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isUpperCase(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean capitalised(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
  }

  /** Closed-class tags: never part of a name, whatever the case. */
  static boolean functional(String tag) {
    return switch (tag) {
      case "DET",
          "PRON",
          "ADP",
          "CCONJ",
          "SCONJ",
          "AUX",
          "PART",
          "NUM",
          "PUNCT",
          "SYM",
          "ADV",
          "INTJ" ->
          true;
      default -> false;
    };
  }

  /**
   * The token without a possessive ending ("Putin's" is "Putin") or a sentence's full stop the
   * tokenizer left on it at the end of a text ("Peskov." is "Peskov"; "U.S." stays).
   */
  static String nameForm(String token) {
    if (hasGluedFullStop(token)) {
      token = token.substring(0, token.length() - 1);
    }
    if (token.length() > 2 && (token.endsWith("'s") || token.endsWith("’s"))) {
      return token.substring(0, token.length() - 2);
    }
    if (token.length() > 2 && (token.endsWith("s'") || token.endsWith("s’"))) {
      return token.substring(0, token.length() - 1);
    }
    return token;
  }

  /** "Peskov.": a word with one full stop, at its end, after a lower-case letter. */
  static boolean hasGluedFullStop(String token) {
    int n = token.length();
    return n > 3
        && token.charAt(n - 1) == '.'
        && Character.isLowerCase(token.charAt(n - 2))
        && token.indexOf('.') == n - 1;
  }
}
