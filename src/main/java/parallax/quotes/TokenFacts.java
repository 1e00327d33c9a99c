package parallax.quotes;

import java.util.List;
import java.util.Locale;
import parallax.model.AnnotatedText;

/**
 * What the attribution heuristics need to know about each token of one article, worked out once in
 * a few linear passes: its base part-of-speech tag, whether it lies inside a quotation, whether it
 * looks like part of a name ({@link NameTokens}) or is a title word, whether it is possessive.
 *
 * <p>Built per article; not thread-safe, not meant to be shared.
 */
final class TokenFacts {

  private final AnnotatedText text;
  private final List<Quotation> quotations;
  private final String[] tags;
  private final int[] quotationOf;
  private final boolean[] sentenceInitial;
  private final boolean[] names;
  private final boolean[] possessive;
  private final boolean[] words;
  private final String[] lowerNameForms;
  private final String[] lowers;
  private final SentenceBreaks breaks;

  TokenFacts(AnnotatedText text, List<Quotation> quotations) {
    this.text = text;
    this.quotations = quotations;
    int count = text.tokenCount();
    this.tags = new String[count];
    this.quotationOf = new int[count];
    this.sentenceInitial = new boolean[count];
    this.possessive = new boolean[count];
    for (int t = 0; t < count; t++) {
      String tag = text.tag(t);
      int plus = tag.indexOf('+');
      tags[t] = plus < 0 ? tag : tag.substring(0, plus);
    }
    this.words = new boolean[count];
    this.lowerNameForms = new String[count];
    this.lowers = new String[count];
    for (int t = 0; t < count; t++) {
      words[t] = AnnotatedText.isWord(text.token(t));
    }
    markQuotations();
    markSentenceStarts();
    markPossessives();
    this.names = NameTokens.mark(text, tags, sentenceInitial);
    this.breaks = new SentenceBreaks(text);
  }

  private void markQuotations() {
    int q = 0;
    for (int t = 0; t < tags.length; t++) {
      while (q < quotations.size() && quotations.get(q).close() < text.tokenStart(t)) {
        q++;
      }
      boolean inside =
          q < quotations.size()
              && text.tokenEnd(t) > quotations.get(q).open()
              && text.tokenStart(t) <= quotations.get(q).close();
      quotationOf[t] = inside ? q : -1;
    }
  }

  private void markSentenceStarts() {
    for (int s = 0; s < text.sentenceCount(); s++) {
      boolean expectStart = true;
      for (int t = text.sentenceFirstToken(s); t < text.sentenceEndToken(s); t++) {
        if (text.isWord(text.token(t))) {
          sentenceInitial[t] = expectStart;
          expectStart = false;
        } else if (isOpeningMark(t) || is(t, ":")) {
          expectStart = true;
        }
      }
    }
  }

  private void markPossessives() {
    for (int t = 0; t < tags.length; t++) {
      String token = text.token(t);
      boolean glued = endsWithPossessive(token) && token.length() > 2;
      boolean split =
          t + 1 < tags.length
              && text.tokenStart(t + 1) == text.tokenEnd(t)
              && isPossessiveMarker(text.token(t + 1));
      possessive[t] = glued || split;
    }
  }

  private static boolean endsWithPossessive(String token) {
    return token.endsWith("'s")
        || token.endsWith("’s")
        || token.endsWith("s'")
        || token.endsWith("s’");
  }

  private static boolean isPossessiveMarker(String token) {
    return token.equals("'s") || token.equals("’s") || token.equals("'") || token.equals("’");
  }

  AnnotatedText text() {
    return text;
  }

  List<Quotation> quotations() {
    return quotations;
  }

  int count() {
    return tags.length;
  }

  String token(int t) {
    return text.token(t);
  }

  /** The token in lower case, worked out once per token. */
  String lower(int t) {
    String lower = lowers[t];
    if (lower == null) {
      lower = text.token(t).toLowerCase(Locale.ROOT);
      lowers[t] = lower;
    }
    return lower;
  }

  /** See {@link NameTokens#nameForm}. */
  String nameForm(int t) {
    return NameTokens.nameForm(text.token(t));
  }

  /** End offset of the token without a full stop glued to it ("Peskov." ends before the dot). */
  int wordEnd(int t) {
    return text.tokenEnd(t) - (NameTokens.hasGluedFullStop(text.token(t)) ? 1 : 0);
  }

  /** The Universal Dependencies tag without the second half of a compound ("PROPN+PART"). */
  String tag(int t) {
    return tags[t];
  }

  boolean is(int t, String token) {
    return text.token(t).equals(token);
  }

  boolean isWord(int t) {
    return words[t];
  }

  /** True when the token lies inside a quotation, its marks included. */
  boolean quoted(int t) {
    return quotationOf[t] >= 0;
  }

  boolean sentenceInitial(int t) {
    return sentenceInitial[t];
  }

  /** True when the token looks like (part of) a proper name. */
  boolean isName(int t) {
    return names[t];
  }

  boolean isPossessive(int t) {
    return possessive[t];
  }

  /** A title word in the singular ("spokesman", "President"). */
  boolean isTitle(int t) {
    return PersonWords.TITLES.contains(titleForm(t));
  }

  /** {@link #lowerNameForm} without an abbreviation's full stop ("Dr." is "dr"). */
  String titleForm(int t) {
    String lower = lowerNameForm(t);
    return lower.length() > 2 && lower.endsWith(".") && lower.indexOf('.') == lower.length() - 1
        ? lower.substring(0, lower.length() - 1)
        : lower;
  }

  /** A title word in the plural ("officials"): a group, never one person. */
  boolean isPluralTitle(int t) {
    String lower = lowerNameForm(t);
    return lower.length() > 3
        && lower.endsWith("s")
        && !PersonWords.TITLES.contains(lower)
        && PersonWords.TITLES.contains(lower.substring(0, lower.length() - 1));
  }

  /** {@link #nameForm} in lower case, worked out once per token. */
  String lowerNameForm(int t) {
    String lower = lowerNameForms[t];
    if (lower == null) {
      lower = nameForm(t).toLowerCase(Locale.ROOT);
      lowerNameForms[t] = lower;
    }
    return lower;
  }

  /** A noun, proper noun, pronoun, number or name token. */
  boolean isNominal(int t) {
    return switch (tags[t]) {
      case "NOUN", "PROPN", "PRON", "NUM" -> true;
      default -> names[t];
    };
  }

  /**
   * A verb that can carry a clause's tense: an auxiliary, or a verb not in -ing form and not after
   * "to". The UD tags do not mark finiteness, so this is the best guess the tags allow.
   */
  boolean isFiniteVerb(int t) {
    if (names[t] || quoted(t) || (t > 0 && isGluedHyphen(t - 1))) {
      return false; // "Trump-appointed" is one adjective
    }
    boolean afterTo = t > 0 && lower(t - 1).equals("to");
    if ("AUX".equals(tags[t])) {
      return !afterTo && !Words.NON_FINITE_AUXILIARIES.contains(lower(t));
    }
    return "VERB".equals(tags[t]) && !afterTo && !lower(t).endsWith("ing");
  }

  /** A hyphen token written without spaces between two words ("president-elect"). */
  boolean isGluedHyphen(int t) {
    return text.token(t).equals("-")
        && t > 0
        && t + 1 < tags.length
        && text.tokenEnd(t - 1) == text.tokenStart(t)
        && text.tokenEnd(t) == text.tokenStart(t + 1);
  }

  /** A dash standing alone between spaces: "—", "–", or " - ". */
  boolean isDash(int t) {
    String token = text.token(t);
    return token.equals("—")
        || token.equals("–")
        || token.equals("--")
        || (token.equals("-") && !isGluedHyphen(t));
  }

  /** A token that is only an opening quotation mark. */
  boolean isOpeningMark(int t) {
    for (Quotation q : quotationsNear(t)) {
      if (text.tokenStart(t) <= q.open() && q.open() < text.tokenEnd(t)) {
        return text.tokenEnd(t) - text.tokenStart(t) == 1;
      }
    }
    return false;
  }

  private List<Quotation> quotationsNear(int t) {
    int q = quotationOf[t];
    return q < 0 ? List.of() : List.of(quotations.get(q));
  }

  /** The quotation the token lies in, or -1. */
  int quotationOf(int t) {
    return quotationOf[t];
  }

  /** The first token ending after {@code offset}: the token at or after the offset. */
  int tokenAt(int offset) {
    int low = 0;
    int high = tags.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (text.tokenEnd(mid) <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  int sentenceOf(int t) {
    return text.sentenceOfToken(t);
  }

  int sentenceFirst(int t) {
    return text.sentenceFirstToken(text.sentenceOfToken(t));
  }

  /** See {@link SentenceBreaks#clauseFirst}. */
  int clauseFirst(int t) {
    return breaks.clauseFirst(t);
  }

  /** See {@link SentenceBreaks#clauseEnd}. */
  int clauseEnd(int t) {
    return breaks.clauseEnd(t);
  }

  int sentenceEnd(int t) {
    return text.sentenceEndToken(text.sentenceOfToken(t));
  }

  int paragraphOf(int t) {
    return text.sentenceParagraph(text.sentenceOfToken(t));
  }
}
