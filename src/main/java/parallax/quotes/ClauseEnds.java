package parallax.quotes;

import java.util.function.IntPredicate;

/**
 * Where a reported clause ends: at the end of its sentence unless the narrator takes over first — a
 * semicolon or a colon; a comma followed by a subordinator of circumstance (", as the Kremlin
 * signals..."), by "according to", by a summing-up appositive (", a line that..."), by another verb
 * of saying (", adding that...") or by "and" with a clause of its own; "and"/"but" followed by
 * another verb of saying ("insisted ... and claimed ..."); a dash that opens a gloss (one not
 * closed later in the sentence and not followed by "that"); right after a quotation whose comma is
 * inside its marks, as after a comma, or that a circumstance clause follows ("“going in the wrong
 * direction” as cases surge").
 *
 * <p>Bounded look-ahead at each token. Per article; not thread-safe.
 */
final class ClauseEnds {

  /** A clause start test: a subject and a finite verb at the token, before the sentence end. */
  @FunctionalInterface
  interface ClauseStart {
    boolean at(int token, int sentenceEnd);
  }

  private final TokenFacts facts;
  private final IntPredicate speechVerb;
  private final ClauseStart startsClause;

  ClauseEnds(TokenFacts facts, IntPredicate speechVerb, ClauseStart startsClause) {
    this.facts = facts;
    this.speechVerb = speechVerb;
    this.startsClause = startsClause;
  }

  /** One past the last token of the clause starting at {@code first}. */
  int end(int first, int sentenceEnd) {
    int q = first;
    while (q < sentenceEnd) {
      if (facts.quoted(q)) {
        q++;
        if (q > first + 1 && closesQuotation(q - 1) && endsAfterQuotation(q - 1, sentenceEnd)) {
          break;
        }
      } else if (endsClause(q, first, sentenceEnd)) {
        break;
      } else {
        q++;
      }
    }
    return q;
  }

  /** True when token {@code t} holds the closing mark of its quotation. */
  private boolean closesQuotation(int t) {
    Quotation quotation = facts.quotations().get(facts.quotationOf(t));
    return facts.text().tokenEnd(t) > quotation.close();
  }

  /**
   * The narrator takes over right after a quotation: its comma inside the marks ("...public
   * health,” as officials grow...") works as a comma outside would, and a subordinator of
   * circumstance with a clause of its own needs no comma ("“going in the wrong direction” as cases
   * surge").
   */
  private boolean endsAfterQuotation(int close, int sentenceEnd) {
    int next = close + 1;
    if (next >= sentenceEnd || facts.quoted(next)) {
      return false;
    }
    Quotation quotation = facts.quotations().get(facts.quotationOf(close));
    if (quotation.lastCharInside(facts.text().text()) == ',') {
      return breaksAfterComma(next, sentenceEnd);
    }
    return Words.CLAUSE_ENDERS.contains(facts.lower(next))
        && next + 1 < sentenceEnd
        && opensSubject(next + 1);
  }

  /** A word that can begin a subject ("cases", "the", "he"), unlike "well" in "as well". */
  private boolean opensSubject(int t) {
    return switch (facts.tag(t)) {
      case "NOUN", "PROPN", "PRON", "DET", "NUM" -> !facts.quoted(t);
      default -> facts.isName(t) && !facts.quoted(t);
    };
  }

  private boolean endsClause(int q, int first, int sentenceEnd) {
    String token = facts.token(q);
    if (token.equals(";") || token.equals(":")) {
      return true; // a colon introduces a quotation or a list of the narrator's
    }
    if (facts.isDash(q) && q > first) {
      boolean closesPair = dashCount(first, q) % 2 == 1;
      return !closesPair
          && !(q + 1 < sentenceEnd && facts.lower(q + 1).equals("that"))
          && dashCount(q + 1, sentenceEnd) == 0;
    }
    if (token.equals(",") && q + 1 < sentenceEnd) {
      return breaksAfterComma(q + 1, sentenceEnd);
    }
    return "CCONJ".equals(facts.tag(q)) && q > first && coordinatedSpeech(q + 1, sentenceEnd);
  }

  /** What after a comma ends a reported clause: see the class comment. */
  private boolean breaksAfterComma(int after, int sentenceEnd) {
    String next = facts.lower(after);
    return Words.CLAUSE_ENDERS.contains(next)
        || next.equals("according")
        || next.equals("a")
        || next.equals("an")
        || speechVerbAfterAdverbs(after, sentenceEnd)
        || ("CCONJ".equals(facts.tag(after)) && coordinatedSpeech(after + 1, sentenceEnd))
        // ", and they blame officials": a second main clause, the narrator's again
        || (next.equals("and")
            && after + 1 < sentenceEnd
            && startsClause.at(after + 1, sentenceEnd));
  }

  /** Dashes outside quotations in {@code [from, end)}, standalone or inside a token. */
  private int dashCount(int from, int end) {
    int dashes = 0;
    for (int t = from; t < end; t++) {
      if (!facts.quoted(t)
          && (facts.isDash(t)
              || facts.token(t).indexOf('—') >= 0
              || facts.token(t).indexOf('–') >= 0)) {
        dashes++;
      }
    }
    return dashes;
  }

  private boolean speechVerbAfterAdverbs(int q, int sentenceEnd) {
    while (q < sentenceEnd && "ADV".equals(facts.tag(q))) {
      q++;
    }
    return q < sentenceEnd && !facts.quoted(q) && speechVerb.test(q);
  }

  /** "and claimed ...", "but he has never explained ...": a new act of saying. */
  private boolean coordinatedSpeech(int q, int sentenceEnd) {
    int limit = Math.min(sentenceEnd, q + 6);
    for (int k = q; k < limit && !facts.quoted(k); k++) {
      if (speechVerb.test(k)) {
        return true;
      }
      String tag = facts.tag(k);
      boolean subjectOrAuxiliary =
          tag.equals("AUX")
              || tag.equals("ADV")
              || tag.equals("PART")
              || tag.equals("PRON")
              || tag.equals("DET")
              || facts.isName(k)
              || tag.equals("NOUN")
              || Words.AUXILIARIES.contains(facts.lower(k));
      if (!subjectOrAuxiliary) {
        return false;
      }
    }
    return false;
  }
}
