package parallax.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import parallax.model.AnnotatedText;
import parallax.nlp.Lemmatizer;

/**
 * The quote analysis of one article, in two passes.
 *
 * <p>First, sentence by sentence and left to right, every verb of saying outside quotation marks
 * becomes an act of saying: its speaker (subject, inverted subject after a quotation, or the
 * sentence's subject for a participle) and, when it has one, its reported clause. Subjects of
 * ordinary verbs are recorded too, so that a later "he" finds the right person. An "according to X"
 * is an act of saying as well.
 *
 * <p>Then every quotation is attributed, in this order: the act whose reported clause contains it
 * ("Moscow insists that ... the “territorial reality” ..."); the act right after its closing mark
 * ("“...,” Putin said", "“...,” said Peskov"); the nearest act before it in its sentence ("he
 * remarked, “...”"); for a quotation opening a sentence, the speaker of the quotation or act just
 * before it in the same or the previous paragraph ("“...,” Putin said. “...”"). Acts with a clause
 * become indirect quotes.
 *
 * <p>Used once; not thread-safe.
 */
final class ArticleQuoting {

  /** One act of saying: verb token (or "according"), speaker, reported clause or null. */
  private record Act(
      int verb,
      int verbEnd,
      String lemma,
      String verbClass,
      Speakers.Attribution who,
      int[] clause,
      boolean inverted) {}

  private final AnnotatedText text;
  private final SpeechVerbs verbs;
  private final Lemmatizer lemmatizer;
  private final TokenFacts facts;
  private final Salience salience = new Salience();
  private final Speakers speakers;
  private final ReportedClauses clauses;
  private final byte[] speechChecked;
  private final SpeechVerbs.Entry[] speechEntries;
  private final boolean[] inClause;
  private final List<Act> acts = new ArrayList<>();
  private final List<Act> clauseActs = new ArrayList<>();

  ArticleQuoting(AnnotatedText text, SpeechVerbs verbs, Lemmatizer lemmatizer) {
    this.text = text;
    this.verbs = verbs;
    this.lemmatizer = lemmatizer;
    this.facts = new TokenFacts(text, QuotationScanner.scan(text.text()));
    this.speakers = new Speakers(facts, new Names(facts), salience);
    this.clauses = new ReportedClauses(facts, t -> speechVerb(t) != null, speakers);
    this.speechChecked = new byte[facts.count()];
    this.speechEntries = new SpeechVerbs.Entry[facts.count()];
    this.inClause = new boolean[facts.count()];
  }

  List<Quote> run() {
    for (int s = 0; s < text.sentenceCount(); s++) {
      scanSentence(text.sentenceFirstToken(s), text.sentenceEndToken(s));
    }
    List<Quote> quotes = new ArrayList<>();
    attributeQuotations(quotes);
    for (Act act : acts) {
      if (act.clause() != null) {
        quotes.add(indirect(act));
      }
    }
    quotes.sort(Comparator.comparingInt(Quote::start).thenComparing(q -> q.isDirect() ? 0 : 1));
    return quotes;
  }

  private void scanSentence(int first, int end) {
    noteOpeningPerson(first, end);
    for (int t = first; t < end; t++) {
      if (facts.quoted(t) || inClause[t]) {
        continue;
      }
      if (facts.lower(t).equals("according") && t + 1 < end && facts.lower(t + 1).equals("to")) {
        according(t);
        continue;
      }
      SpeechVerbs.Entry entry = speechVerb(t);
      if (entry != null) {
        act(t, entry);
      } else if (facts.isFiniteVerb(t) && startsVerbGroup(t)) {
        Speakers.Attribution subject = speakers.subjectOf(t, false, true);
        salience.note(t, subject.speaker());
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

  /** The verb of saying at {@code t}, or null; each token is looked up once. */
  private SpeechVerbs.Entry speechVerb(int t) {
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
    SpeechVerbs.Entry entry = verbs.byLemma(lemmatizer.lemma(lower, "VERB"));
    return entry != null ? entry : verbs.byRegularForm(lower);
  }

  /** "officials stress_NOUN that": a present-tense verb the tagger took for a noun. */
  private boolean thatClauseAfterSubject(int t) {
    if (t == 0 || t + 1 >= facts.count()) {
      return false;
    }
    boolean subjectBefore =
        (facts.isNominal(t - 1) && !"NUM".equals(facts.tag(t - 1))) || facts.is(t - 1, ")");
    boolean clauseAfter =
        facts.lower(t + 1).equals("that")
            || ((facts.is(t + 1, ",") || facts.is(t + 1, ":"))
                && t + 2 < facts.count()
                && facts.isOpeningMark(t + 2));
    return subjectBefore && clauseAfter; // "The executive order (pdf) states_NOUN, “..."
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
        addAct(new Act(verb, verb + 1, entry.lemma(), entry.verbClass(), agent, null, true));
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
    } else if (verb > 1
        && facts.is(verb - 1, ",")
        && !facts.quoted(verb - 1)
        && !facts.lower(verb).endsWith("ing")
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
    addAct(new Act(verb, verb + 1, entry.lemma(), entry.verbClass(), who, clause, inverted));
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
    if (verb == 0 || !(lower.endsWith("ed") || lower.equals("told") || lower.equals("asked"))) {
      return false;
    }
    String previous = facts.lower(verb - 1);
    return Words.BE.contains(previous) || Words.PASSIVE_INTRODUCERS.contains(previous);
  }

  private void according(int t) {
    Speakers.Attribution who = speakers.nounPhraseFrom(t + 2, t);
    if (!who.known()) {
      return;
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
    if (clause != null) {
      addAct(new Act(t, t + 2, "according to", "neutral", who, clause, false));
    }
  }

  /** A comma before {@code t}, or a closing quotation mark with the comma inside (",”"). */
  private boolean commaBefore(int t) {
    int k = t - 1;
    if (!facts.quoted(k)) {
      return facts.is(k, ",");
    }
    Quotation quotation = facts.quotations().get(facts.quotationOf(k));
    return text.tokenEnd(k) > quotation.close() && lastCharInside(quotation) == ',';
  }

  private int[] fromComma(int comma, int sentenceEnd) {
    int last = sentenceEnd - 1;
    while (last > comma && !facts.quoted(last) && !facts.isWord(last)) {
      last--;
    }
    return last > comma ? new int[] {comma + 1, last + 1} : null;
  }

  private void addAct(Act act) {
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
    acts.add(
        new Act(
            act.verb(),
            act.verbEnd(),
            act.lemma(),
            act.verbClass(),
            act.who(),
            clause,
            act.inverted()));
    salience.note(act.verb(), act.who().speaker());
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
    return text.tokenEnd(k) > quotation.close();
  }

  private boolean invertedAtSentenceEnd(int verb) {
    Speakers.Attribution who = speakers.nounPhraseFrom(verb + 1, verb);
    return who.known() && who.first() == verb + 1 && nothingAfter(who.end());
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

  private void attributeQuotations(List<Quote> out) {
    Map<Integer, Act> byVerb = new HashMap<>();
    Map<Integer, Act> bySubject = new HashMap<>();
    for (Act act : acts) {
      byVerb.put(act.verb(), act);
      if (act.who().first() >= 0) {
        bySubject.putIfAbsent(act.who().first(), act);
      }
    }
    for (Act act : acts) {
      if (act.clause() != null) {
        clauseActs.add(act);
      }
    }
    clauseActs.sort(Comparator.comparingInt(act -> act.clause()[0]));
    Quote previous = null;
    int previousEnd = -1;
    for (Quotation quotation : facts.quotations()) {
      int open = facts.tokenAt(quotation.open());
      int close = facts.tokenAt(quotation.close());
      Act act = containing(open, close);
      if (act == null) {
        act = rightAfter(quotation, close, byVerb, bySubject);
      }
      if (act == null) {
        act = before(open);
      }
      if (act == null) {
        act = laterInSentence(close);
      }
      Quote quote;
      if (act != null) {
        quote = direct(quotation, act.who(), act);
      } else {
        quote = continued(quotation, open, previous, previousEnd);
      }
      out.add(quote);
      previous = quote;
      previousEnd = close;
    }
  }

  /** The act whose clause holds tokens {@code open..close}; clauses never overlap. */
  private Act containing(int open, int close) {
    int low = 0;
    int high = clauseActs.size() - 1;
    Act found = null;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Act act = clauseActs.get(mid);
      if (act.clause()[0] <= open) {
        found = act;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found != null && close < found.clause()[1] ? found : null;
  }

  /** Index in {@code acts} (in text order) of the last act before {@code token}, or -1. */
  private int lastActBefore(int token) {
    int low = 0;
    int high = acts.size() - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (acts.get(mid).verb() < token) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  private Act rightAfter(
      Quotation quotation, int close, Map<Integer, Act> byVerb, Map<Integer, Act> bySubject) {
    int k = close + 1;
    while (k < facts.count() && !facts.quoted(k) && (facts.is(k, ",") || facts.isDash(k))) {
      k++;
    }
    if (k >= facts.count() || facts.paragraphOf(k) != facts.paragraphOf(close)) {
      return null;
    }
    if (endsWithFullStop(quotation) && Character.isUpperCase(facts.token(k).codePointAt(0))) {
      return null; // “... thing.” He added...: a new sentence, not an attribution
    }
    if (k == close + 1 && !endsWithPunctuation(quotation)) {
      return null; // the so-called “militia” organizations claimed: part of the sentence
    }
    Act act = byVerb.get(k);
    return act != null && act.inverted() ? act : bySubject.get(k);
  }

  private boolean endsWithFullStop(Quotation quotation) {
    return lastCharInside(quotation) == '.';
  }

  private boolean endsWithPunctuation(Quotation quotation) {
    return ".,?!…—–-".indexOf(lastCharInside(quotation)) >= 0;
  }

  private char lastCharInside(Quotation quotation) {
    int k = quotation.close() - 1;
    while (k > quotation.open() && Character.isWhitespace(text.text().charAt(k))) {
      k--;
    }
    return text.text().charAt(k);
  }

  private Act before(int open) {
    int last = lastActBefore(open);
    return last >= 0 && facts.sentenceOf(acts.get(last).verb()) == facts.sentenceOf(open)
        ? acts.get(last)
        : null;
  }

  /**
   * "After praising the fence as “clean and orderly”, he told his viewers: ...": a quotation in an
   * opening phrase belongs to the sentence's speaker, when that act of saying reports no clause of
   * its own (one that does is about something else).
   */
  private Act laterInSentence(int close) {
    int next = lastActBefore(close + 1) + 1;
    if (next >= acts.size() || facts.sentenceOf(acts.get(next).verb()) != facts.sentenceOf(close)) {
      return null;
    }
    Act act = acts.get(next);
    return act.clause() == null ? act : null;
  }

  /**
   * A quotation with no attribution of its own: when it opens its sentence, it continues the
   * speaker of the latest quotation or act of saying in the same or the previous paragraph.
   */
  private Quote continued(Quotation quotation, int open, Quote previous, int previousEnd) {
    boolean opensSentence = true;
    for (int t = facts.sentenceFirst(open); t < open && opensSentence; t++) {
      opensSentence = !facts.isWord(t);
    }
    int paragraph = facts.paragraphOf(open);
    int last = lastActBefore(open);
    Act lastAct = last >= 0 ? acts.get(last) : null;
    boolean actIsLater = lastAct != null && lastAct.verb() > previousEnd;
    if (opensSentence && actIsLater && paragraph - facts.paragraphOf(lastAct.verb()) <= 1) {
      return direct(quotation, lastAct.who(), lastAct);
    }
    if (opensSentence
        && previous != null
        && previous.speaker().length() > 0
        && paragraph - facts.paragraphOf(previousEnd) <= 1) {
      return new Quote(
          Quote.DIRECT,
          previous.speaker(),
          previous.speakerIsPerson(),
          previous.speakerText(),
          previous.speakerStart(),
          previous.speakerEnd(),
          previous.verb(),
          previous.verbClass(),
          previous.verbStart(),
          previous.verbEnd(),
          quotation.start(),
          quotation.end(),
          directWords(quotation),
          text.text().substring(quotation.start(), quotation.end()));
    }
    return direct(quotation, Speakers.Attribution.NONE, null);
  }

  private Quote direct(Quotation quotation, Speakers.Attribution who, Act act) {
    return quote(
        Quote.DIRECT, who, act, quotation.start(), quotation.end(), directWords(quotation));
  }

  private int directWords(Quotation quotation) {
    int words = 0;
    for (int t = facts.tokenAt(quotation.start());
        t < facts.count() && text.tokenStart(t) < quotation.end();
        t++) {
      if (facts.isWord(t)) {
        words++;
      }
    }
    return words;
  }

  private Quote indirect(Act act) {
    int[] clause = act.clause();
    int words = 0;
    for (int t = clause[0]; t < clause[1]; t++) {
      if (facts.isWord(t) && !facts.quoted(t)) {
        words++;
      }
    }
    return quote(
        Quote.INDIRECT,
        act.who(),
        act,
        text.tokenStart(clause[0]),
        text.tokenEnd(clause[1] - 1),
        words);
  }

  private Quote quote(
      String kind, Speakers.Attribution who, Act act, int start, int end, int words) {
    boolean named = who.first() >= 0;
    int speakerStart = named ? text.tokenStart(who.first()) : -1;
    int speakerEnd = named ? facts.wordEnd(who.end() - 1) : -1;
    return new Quote(
        kind,
        who.speaker().name(),
        who.speaker().person(),
        named ? text.text().substring(speakerStart, speakerEnd) : "",
        speakerStart,
        speakerEnd,
        act == null ? "" : act.lemma(),
        act == null ? "" : act.verbClass(),
        act == null ? -1 : text.tokenStart(act.verb()),
        act == null ? -1 : text.tokenEnd(act.verbEnd() - 1),
        start,
        end,
        words,
        text.text().substring(start, end));
  }
}
