package parallax.quotes;

import java.util.ArrayList;
import java.util.List;
import parallax.model.AnnotatedText;
import parallax.nlp.Lemmatizer;

/**
 * Finds the acts of saying of one article, sentence by sentence and left to right: every verb of
 * saying outside quotation marks with its speaker (subject; inverted subject after a quotation; the
 * sentence's subject for a participle; the agent of a passive) and, when it has one, its reported
 * clause; and every "according to X". Subjects of ordinary verbs are recorded in the {@link
 * Salience} too, so that a later "he" finds the right person.
 *
 * <p>Used once per article; not thread-safe.
 */
final class SpeechActs {

  private final TokenFacts facts;
  private final Speakers speakers;
  private final Salience salience;
  private final SpeechVerbTokens speechVerbs;
  private final ReportedClauses clauses;
  private final AccordingTo accordingTo;
  private final boolean[] inClause;
  private final List<SpeechAct> acts = new ArrayList<>();

  SpeechActs(
      TokenFacts facts,
      Speakers speakers,
      Salience salience,
      SpeechVerbs verbs,
      Lemmatizer lemmatizer) {
    this.facts = facts;
    this.speakers = speakers;
    this.salience = salience;
    this.speechVerbs = new SpeechVerbTokens(facts, verbs, lemmatizer);
    this.clauses = new ReportedClauses(facts, t -> speechVerbs.at(t) != null, speakers);
    this.accordingTo = new AccordingTo(facts, speakers, clauses);
    this.inClause = new boolean[facts.count()];
  }

  /** The acts of saying in text order; reported clauses never overlap. */
  List<SpeechAct> find() {
    AnnotatedText text = facts.text();
    for (int s = 0; s < text.sentenceCount(); s++) {
      scanSentence(text.sentenceFirstToken(s), text.sentenceEndToken(s));
    }
    return List.copyOf(acts);
  }

  private void scanSentence(int first, int end) {
    noteOpeningPerson(first, end);
    for (int t = first; t < end; t++) {
      if (facts.quoted(t) || inClause[t]) {
        continue;
      }
      if (facts.lower(t).equals("according") && t + 1 < end && facts.lower(t + 1).equals("to")) {
        SpeechAct act = accordingTo.act(t, inClause);
        if (act != null) {
          addSpeechAct(act);
        }
        continue;
      }
      SpeechVerbs.Entry entry = speechVerbs.at(t);
      if (entry != null) {
        act(t, entry);
      } else if (SpeechNouns.carriesClause(facts, t)) {
        nounAct(t);
      } else if (facts.isFiniteVerb(t) && startsVerbGroup(t)) {
        Speakers.Attribution subject = speakers.subjectOf(t, false, true);
        if (!inRelativeClause(subject, t)) {
          salience.note(t, subject.speaker());
        }
      }
    }
  }

  /**
   * A sentence that opens with a person's name is about that person, whatever verb follows (the
   * tagger misses some: "Café owner Liv Berg, 41, wept_NOUN as she...").
   */
  private void noteOpeningPerson(int first, int end) {
    int t = first;
    while (t < end && !facts.isWord(t) && !facts.quoted(t)) {
      t++;
    }
    Names.Phrase phrase = t < end && !facts.quoted(t) ? speakers.phraseAt(t) : null;
    if (phrase != null && phrase.first() == t && phrase.person() && !phrase.possessive()) {
      salience.note(phrase.end() - 1, Speaker.person(phrase.canonical()));
    }
  }

  private boolean startsVerbGroup(int t) {
    int k = t - 1;
    while (k >= 0 && ("ADV".equals(facts.tag(k)) || "PART".equals(facts.tag(k)))) {
      k--;
    }
    return k < 0 || facts.isName(k) || !("AUX".equals(facts.tag(k)) || "VERB".equals(facts.tag(k)));
  }

  private void act(int verb, SpeechVerbs.Entry entry) {
    if (verb > 0
        && facts.lower(verb - 1).equals("to")
        && !(verb > 1 && Words.CONTINUING_VERBS.contains(facts.lower(verb - 2)))) {
      return; // "refused to say", "declined to confirm": nothing reported
    }
    if (passive(verb)) {
      // "was told", "when asked": the subject is the hearer, not the speaker; "were labeled
      // “disturbing” by critics": the agent is.
      Speakers.Attribution agent = byAgent(verb);
      if (agent.known()) {
        addSpeechAct(
            new SpeechAct(verb, verb + 1, entry.lemma(), entry.verbClass(), agent, null, true));
      }
      return;
    }
    Speakers.Attribution who;
    int[] clause = null;
    boolean inverted = false;
    Speakers.Attribution after =
        followsQuotation(verb)
            ? speakers.nounPhraseFrom(verb + 1, verb)
            : Speakers.Attribution.NONE;
    if (after.known()) {
      who = after; // "“...,” said Peskov"
      inverted = true;
    } else if (Words.INVERTING_VERBS.contains(entry.lemma())
        && facts.sentenceInitial(verb)
        && speakers.nounPhraseFrom(verb + 1, verb).known()) {
      who = speakers.nounPhraseFrom(verb + 1, verb); // "Said Judge Lewis, “...”"
      inverted = true;
    } else if (verb > 1
        && facts.is(verb - 1, ",")
        && !facts.quoted(verb - 1)
        && !facts.lower(verb).endsWith("ing")
        && Words.INVERTING_VERBS.contains(entry.lemma())
        && invertedAtSentenceEnd(verb)) {
      who = speakers.nounPhraseFrom(verb + 1, verb); // "..., said the ministry."
      clause = clauses.before(verb - 1);
      inverted = true;
    } else {
      who = speakers.subjectOf(verb, true, false);
      clause = clauses.after(verb, entry.takesObject());
      int comma = who.first() - 1;
      while (comma > 0 && !facts.quoted(comma) && inSubjectBefore(comma)) {
        comma--; // "..., the Pentagon now says", "..., researcher Allan Liska at X said"
      }
      if (clause == null
          && who.first() > 1
          && facts.is(comma, ",")
          && !facts.quoted(comma)
          && onlyAdjunctsAfter(verb + 1)) {
        clause = clauses.before(comma); // "..., local authorities said on Saturday."
      }
    }
    if (!who.known()) {
      return;
    }
    addSpeechAct(
        new SpeechAct(verb, verb + 1, entry.lemma(), entry.verbClass(), who, clause, inverted));
  }

  /** "Wallace's contention that ...", "his claim that ...": the possessor said what follows. */
  private void nounAct(int noun) {
    Speakers.Attribution who = speakers.possessor(noun - 1, noun);
    int[] clause = clauses.after(noun, false);
    if (who.known() && clause != null) {
      addSpeechAct(new SpeechAct(noun, noun + 1, "", "", who, clause, false, true));
    }
  }

  private Speakers.Attribution byAgent(int verb) {
    int sentenceEnd = facts.clauseEnd(verb);
    for (int k = verb + 1; k < sentenceEnd && k < verb + 10; k++) {
      if (!facts.quoted(k) && facts.lower(k).equals("by")) {
        return speakers.nounPhraseFrom(k + 1, k);
      }
      if (!facts.quoted(k) && (facts.is(k, ",") || facts.is(k, "."))) {
        break;
      }
    }
    return Speakers.Attribution.NONE;
  }

  private boolean passive(int verb) {
    String lower = facts.lower(verb);
    if (verb == 0
        || !(lower.endsWith("ed")
            || lower.equals("told")
            || lower.equals("said")
            || lower.equals("written"))) {
      return false;
    }
    int k = verb - 1;
    while (k > 0 && "ADV".equals(facts.tag(k)) && !facts.quoted(k)) {
      k--; // "is generally dismissed"
    }
    String previous = facts.lower(k);
    return Words.BE.contains(previous) || Words.PASSIVE_INTRODUCERS.contains(previous);
  }

  private void addSpeechAct(SpeechAct act) {
    int[] clause = act.clause();
    if (clause != null) {
      for (int t = clause[0]; t < clause[1]; t++) {
        if (inClause[t]) {
          clause = null; // already reported by an earlier act
          break;
        }
      }
      if (clause != null) {
        for (int t = clause[0]; t < clause[1]; t++) {
          inClause[t] = true;
        }
      }
    }
    acts.add(act.withClause(clause));
    if (!inRelativeClause(act.who(), act.verb())) {
      salience.note(act.verb(), act.who().speaker());
    }
  }

  /**
   * True when the verb belongs to a relative clause ("Afghans who assisted U.S. forces", "the
   * speech, in which Scott praised..."): its subject is no subject of the story's main line, so
   * later "he" or "it" does not refer to it.
   */
  private boolean inRelativeClause(Speakers.Attribution who, int verb) {
    int k = verb - 1;
    while (k >= 0
        && !facts.quoted(k)
        && ("ADV".equals(facts.tag(k)) || "AUX".equals(facts.tag(k)))) {
      k--;
    }
    if (k >= 0 && !facts.quoted(k) && isRelativePronoun(k)) {
      return true;
    }
    int before = who.first() - 1;
    return before >= 0 && !facts.quoted(before) && isRelativePronoun(before);
  }

  private boolean isRelativePronoun(int t) {
    String lower = facts.lower(t);
    return (lower.equals("who") || lower.equals("which") || lower.equals("whom"))
        && !facts.isName(t);
  }

  /** True when the verb comes right after a closing quotation mark (and maybe a comma). */
  private boolean followsQuotation(int verb) {
    int k = verb - 1;
    if (k >= 0 && !facts.quoted(k) && (facts.is(k, ",") || facts.isDash(k))) {
      k--;
    }
    if (k < 0 || !facts.quoted(k)) {
      return false;
    }
    Quotation quotation = facts.quotations().get(facts.quotationOf(k));
    return facts.text().tokenEnd(k) > quotation.close();
  }

  private boolean invertedAtSentenceEnd(int verb) {
    Speakers.Attribution who = speakers.nounPhraseFrom(verb + 1, verb);
    // "..., said County Health Director Barbara Ferrer to the Board of Supervisors."
    return who.known() && who.first() > verb && onlyPhrasesToTheEnd(who.end());
  }

  /**
   * True when only prepositional phrases and adverbials follow {@code from} to the end of its
   * sentence ("to the Board of Supervisors."); "said the guilty plea by Mr. Flynn “is...”" has a
   * predicate after them, so "the guilty plea" is no inverted subject.
   */
  private boolean onlyPhrasesToTheEnd(int from) {
    int k = from;
    for (int phrases = 0; phrases < 3 && !nothingAfter(k); phrases++) {
      int sentenceEnd = facts.sentenceEnd(k - 1);
      k = clauses.skipAdverbials(k, sentenceEnd);
      if (k >= sentenceEnd || facts.quoted(k) || !"ADP".equals(facts.tag(k))) {
        return false;
      }
      k = phraseEnd(k + 1);
    }
    return nothingAfter(k);
  }

  private int phraseEnd(int first) {
    int k = first;
    while (k < facts.count() && !facts.quoted(k) && speakers.inNounPhrase(k)) {
      k++;
    }
    return k;
  }

  private boolean inSubjectBefore(int t) {
    return speakers.inNounPhrase(t) || "ADP".equals(facts.tag(t));
  }

  /**
   * True when what follows {@code from} is no object: the sentence ends, or a prepositional phrase
   * begins ("..., police said in a statement").
   */
  private boolean onlyAdjunctsAfter(int from) {
    if (nothingAfter(from)) {
      return true;
    }
    int sentenceEnd = facts.sentenceEnd(from - 1);
    int k = clauses.skipAdverbials(from, sentenceEnd);
    return k < sentenceEnd && "ADP".equals(facts.tag(k)) && !facts.quoted(k);
  }

  /** True when only adverbials and the final stop follow {@code from} in its sentence. */
  private boolean nothingAfter(int from) {
    if (from >= facts.count()) {
      return true;
    }
    int sentenceEnd = facts.sentenceEnd(from - 1);
    int k = clauses.skipAdverbials(from, sentenceEnd);
    return k >= sentenceEnd || (k == sentenceEnd - 1 && !facts.isWord(k) && !facts.quoted(k));
  }
}
