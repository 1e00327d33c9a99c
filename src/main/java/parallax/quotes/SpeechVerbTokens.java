package parallax.quotes;

import parallax.nlp.Lemmatizer;

/**
 * Which tokens of one article are verbs of saying: a verb (or a verb the tagger took for a noun:
 * "noting_NOUN", "officials stress_NOUN that") outside quotation marks whose lemma is in the
 * speech-verb lexicon, not after a determiner or a possessive ("the claim", "Russia's claim"). Each
 * token is looked up once; the lemmatizer is asked only about words whose first letters match a
 * listed verb.
 *
 * <p>Per article; not thread-safe (the lemmatizer is not).
 */
final class SpeechVerbTokens {

  private final TokenFacts facts;
  private final SpeechVerbs verbs;
  private final Lemmatizer lemmatizer;
  private final byte[] speechChecked;
  private final SpeechVerbs.Entry[] speechEntries;

  SpeechVerbTokens(TokenFacts facts, SpeechVerbs verbs, Lemmatizer lemmatizer) {
    this.facts = facts;
    this.verbs = verbs;
    this.lemmatizer = lemmatizer;
    this.speechChecked = new byte[facts.count()];
    this.speechEntries = new SpeechVerbs.Entry[facts.count()];
  }

  /** The verb of saying at {@code t}, or null. */
  SpeechVerbs.Entry at(int t) {
    if (speechChecked[t] == 0) {
      speechEntries[t] = lookUpSpeechVerb(t);
      speechChecked[t] = 1;
    }
    return speechEntries[t];
  }

  private SpeechVerbs.Entry lookUpSpeechVerb(int t) {
    if (facts.quoted(t) || facts.isName(t) || !facts.isWord(t)) {
      return null;
    }
    String tag = facts.tag(t);
    String lower = facts.lower(t);
    // The tagger calls some verbs nouns ("noting_NOUN"); -ing and -ed forms are let through.
    boolean verbLike =
        tag.equals("VERB")
            || ((tag.equals("NOUN") || tag.equals("ADJ"))
                && (lower.endsWith("ing") || lower.endsWith("ed")))
            || (tag.equals("NOUN") && thatClauseAfterSubject(t));
    if (!verbLike || !verbs.mayBeForm(lower)) {
      return null;
    }
    if (t > 0 && ("DET".equals(facts.tag(t - 1)) || facts.isPossessive(t - 1))) {
      return null; // "the claim", "Russia's claim"
    }
    if (!tag.equals("VERB")
        && t > 0
        && ("NUM".equals(facts.tag(t - 1)) || "ADJ".equals(facts.tag(t - 1)))) {
      return null; // "an 8-1 ruling that", "a stunning warning"
    }
    SpeechVerbs.Entry entry = verbs.byLemma(lemmatizer.lemma(lower, "VERB"));
    return entry != null ? entry : verbs.byRegularForm(lower);
  }

  /** "officials stress_NOUN that": a present-tense verb the tagger took for a noun. */
  /**
   * "the Office estimated in a June report that": the noun phrase ending at {@code t} is the object
   * of a preposition that follows a verb, so the noun is no verb of its own.
   */
  private boolean afterPreposition(int t) {
    int k = t;
    while (k > 0 && t - k < 6 && !facts.quoted(k - 1) && nounPhraseWord(k - 1)) {
      k--;
    }
    int preposition = k - 1;
    if (preposition < 1 || facts.quoted(preposition) || !"ADP".equals(facts.tag(preposition))) {
      return false;
    }
    int verb = preposition - 1;
    while (verb > 0 && "ADV".equals(facts.tag(verb))) {
      verb--;
    }
    return facts.isFiniteVerb(verb) && (verb == 0 || !"DET".equals(facts.tag(verb - 1)));
  }

  private boolean nounPhraseWord(int t) {
    return switch (facts.tag(t)) {
      case "NOUN", "PROPN", "ADJ", "DET", "NUM" -> true;
      default -> facts.isName(t);
    };
  }

  private boolean thatClauseAfterSubject(int t) {
    if (t == 0 || t + 1 >= facts.count()) {
      return false;
    }
    boolean subjectBefore =
        ((facts.isNominal(t - 1) && !"NUM".equals(facts.tag(t - 1))) || facts.is(t - 1, ")"))
            && !afterPreposition(t - 1);
    boolean clauseAfter =
        facts.lower(t + 1).equals("that")
            || ((facts.is(t + 1, ",") || facts.is(t + 1, ":"))
                && t + 2 < facts.count()
                && facts.isOpeningMark(t + 2));
    return subjectBefore && clauseAfter; // "The executive order (pdf) states_NOUN, “..."
  }
}
