package parallax.quotes;

/**
 * "according to X" as an act of saying: X is the speaker of the clause before it (", according to
 * the ministry") or, when the phrase opens the sentence, of the clause after its comma ("According
 * to the head of the agency, ...").
 *
 * <p>Per article; not thread-safe.
 */
final class AccordingTo {

  private final TokenFacts facts;
  private final Speakers speakers;
  private final ReportedClauses clauses;

  AccordingTo(TokenFacts facts, Speakers speakers, ReportedClauses clauses) {
    this.facts = facts;
    this.speakers = speakers;
    this.clauses = clauses;
  }

  /**
   * The act of "according to" at {@code t}, or null when it names nobody or reports no clause.
   *
   * @param inClause tokens already inside a reported clause
   */
  SpeechAct act(int t, boolean[] inClause) {
    Speakers.Attribution who = speakers.nounPhraseFrom(t + 2, t);
    if (!who.known()) {
      return null;
    }
    int[] clause = null;
    int sentenceEnd = facts.sentenceEnd(t);
    if (facts.sentenceInitial(t)) {
      int comma = who.end();
      while (comma < sentenceEnd
          && comma < who.end() + 8
          && !facts.is(comma, ",")
          && !facts.isFiniteVerb(comma)) {
        comma++; // over the rest of the noun phrase: "according to the head of the agency,"
      }
      if (comma < sentenceEnd && facts.is(comma, ",")) {
        clause = fromComma(comma, sentenceEnd);
      }
    } else if (t > 1 && commaBefore(t) && !inClause[t - 2]) {
      clause = clauses.before(facts.quoted(t - 1) ? t : t - 1);
    }
    return clause == null
        ? null
        : new SpeechAct(t, t + 2, "according to", "neutral", who, clause, false);
  }

  /** A comma before {@code t}, or a closing quotation mark with the comma inside (",”"). */
  private boolean commaBefore(int t) {
    int k = t - 1;
    if (!facts.quoted(k)) {
      return facts.is(k, ",");
    }
    Quotation quotation = facts.quotations().get(facts.quotationOf(k));
    return facts.text().tokenEnd(k) > quotation.close()
        && quotation.lastCharInside(facts.text().text()) == ',';
  }

  private int[] fromComma(int comma, int sentenceEnd) {
    int last = sentenceEnd - 1;
    while (last > comma && !facts.quoted(last) && !facts.isWord(last)) {
      last--;
    }
    return last > comma ? new int[] {comma + 1, last + 1} : null;
  }
}
