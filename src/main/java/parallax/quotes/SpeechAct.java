package parallax.quotes;

/**
 * One act of saying found in an article: a verb of saying (or "according to") with its speaker and,
 * when it reports one, its clause.
 *
 * @param verb first token of the verb ("according" for "according to")
 * @param verbEnd one past its last token
 * @param lemma the verb's lemma, or "according to"
 * @param verbClass {@code neutral} or {@code loaded}
 * @param who the speaker and the tokens naming them
 * @param clause the reported clause as {@code {first, end}} tokens, or null
 * @param inverted true when the speaker comes after the verb ("said Peskov") or is the agent of a
 *     passive ("labelled “disturbing” by critics")
 * @param byNoun true when a noun of saying carries the act ("Wallace's contention that the speech
 *     was “...”"): its clause tells whose words the quotations inside it are, but is not itself
 *     reported as indirect speech, and there is no verb ({@code lemma} and {@code verbClass} are
 *     "")
 */
record SpeechAct(
    int verb,
    int verbEnd,
    String lemma,
    String verbClass,
    Speakers.Attribution who,
    int[] clause,
    boolean inverted,
    boolean byNoun) {

  /** An act carried by a verb of saying or "according to". */
  SpeechAct(
      int verb,
      int verbEnd,
      String lemma,
      String verbClass,
      Speakers.Attribution who,
      int[] clause,
      boolean inverted) {
    this(verb, verbEnd, lemma, verbClass, who, clause, inverted, false);
  }

  /** This act with {@code newClause} (null for none) as its clause. */
  SpeechAct withClause(int[] newClause) {
    return new SpeechAct(verb, verbEnd, lemma, verbClass, who, newClause, inverted, byNoun);
  }

  /** True when the act reports its clause as indirect speech. */
  boolean reportsClause() {
    return clause != null && !byNoun;
  }
}
