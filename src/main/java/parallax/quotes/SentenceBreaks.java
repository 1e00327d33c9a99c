package parallax.quotes;

import java.util.Locale;
import parallax.model.AnnotatedText;

/**
 * Repairs sentence breaks the sentence detector puts in the middle of a sentence: after a title
 * abbreviation ("...activists who followed Sen." / "Kyrsten Sinema..."), inside a parenthesis
 * ("(D-Ariz." / "into a bathroom"), or before a sentence that starts with a lower-case word. The
 * attribution heuristics look for subjects and clauses over the repaired sentence; offsets are
 * untouched. Worked out once per article; immutable afterwards.
 */
final class SentenceBreaks {

  private final AnnotatedText text;
  private final boolean[] continues;

  SentenceBreaks(AnnotatedText text) {
    this.text = text;
    this.continues = new boolean[text.sentenceCount()];
    for (int s = 1; s < continues.length; s++) {
      continues[s] =
          text.sentenceParagraph(s - 1) == text.sentenceParagraph(s)
              && (startsLowerCase(s) || endsWithAbbreviation(s - 1));
    }
  }

  /**
   * The first token of the sentence holding {@code t}, reaching back over sentence breaks the
   * detector put after an abbreviation: a sentence that starts with a lower-case word ("Rep." /
   * "Marjorie Taylor Greene (R-Ga.)" / "on Monday apologized..."), or follows one ending in a title
   * abbreviation, continues the one before it in the same paragraph.
   */
  int clauseFirst(int t) {
    int sentence = text.sentenceOfToken(t);
    while (sentence > 0 && continues[sentence]) {
      sentence--;
    }
    return text.sentenceFirstToken(sentence);
  }

  private boolean startsLowerCase(int sentence) {
    for (int t = text.sentenceFirstToken(sentence); t < text.sentenceEndToken(sentence); t++) {
      if (AnnotatedText.isWord(text.token(t))) {
        return Character.isLowerCase(text.token(t).codePointAt(0));
      }
    }
    return false;
  }

  /**
   * One past the last token of the sentence holding {@code t}, reaching over sentence breaks the
   * detector put after a title abbreviation ("...activists who followed Sen." / "Kyrsten Sinema
   * (D-Ariz.) into a bathroom...").
   */
  int clauseEnd(int t) {
    int sentence = text.sentenceOfToken(t);
    while (sentence + 1 < text.sentenceCount() && continues[sentence + 1]) {
      sentence++;
    }
    return text.sentenceEndToken(sentence);
  }

  private boolean endsWithAbbreviation(int sentence) {
    int last = text.sentenceEndToken(sentence) - 1;
    if (last < text.sentenceFirstToken(sentence)) {
      return false;
    }
    String ending = text.token(last);
    if (ending.equals(".") && last > text.sentenceFirstToken(sentence)) {
      ending = text.token(last - 1) + ".";
    }
    int open = 0;
    for (int t = text.sentenceFirstToken(sentence); t <= last; t++) {
      String token = text.token(t);
      for (int i = 0; i < token.length(); i++) {
        open += token.charAt(i) == '(' ? 1 : token.charAt(i) == ')' ? -1 : 0;
      }
    }
    if (open > 0) {
      return true; // "(D-Ariz." split inside a parenthesis
    }
    if (!ending.endsWith(".") || ending.length() > 6) {
      return false;
    }
    String word = ending.substring(0, ending.length() - 1).toLowerCase(Locale.ROOT);
    return Words.ABBREVIATIONS.contains(word)
        || (word.length() == 1 && Character.isLetter(word.charAt(0)));
  }
}
