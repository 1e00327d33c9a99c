package parallax.quotes;

import java.util.Set;

/**
 * Closed word classes the attribution heuristics rely on. They are part of the grammar of news
 * English, not a lexicon researchers tune, so they live here rather than in {@code data/lexicons}
 * (the verbs of saying, which researchers do edit, are in {@code quotes/speech-verbs.tsv}).
 */
final class Words {

  private Words() {}

  /** Day, month and relative time words: never a name, skipped after a verb of saying. */
  static final Set<String> TIME_WORDS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "jan.",
          "feb",
          "feb.",
          "mar",
          "mar.",
          "apr",
          "apr.",
          "jun",
          "jun.",
          "jul",
          "jul.",
          "aug",
          "aug.",
          "sep",
          "sep.",
          "sept",
          "sept.",
          "oct",
          "oct.",
          "nov",
          "nov.",
          "dec",
          "dec.",
          "today",
          "tonight",
          "yesterday",
          "tomorrow",
          "morning",
          "afternoon",
          "evening",
          "night",
          "week",
          "weekend",
          "month",
          "year",
          "day",
          "earlier",
          "later",
          "recently",
          "last",
          "next",
          "this",
          "ago",
          "overnight",
          "previously",
          "weeks",
          "months",
          "years",
          "days");

  /**
   * Subordinators that, after a comma, begin the narrator's own clause ("..., as the Kremlin
   * signals"), ending a reported clause. Concessive "though" and "although" do not: they usually
   * belong to what was said.
   */
  static final Set<String> CLAUSE_ENDERS =
      Set.of(
          "as", "after", "before", "while", "whereas", "when", "because", "since", "unless",
          "until");

  /** Auxiliary verbs by form, for when the tagger calls them VERB ("has_VERB repeatedly said"). */
  static final Set<String> AUXILIARIES =
      Set.of(
          "has", "have", "had", "is", "was", "were", "are", "am", "be", "been", "being", "will",
          "would", "could", "should", "can", "may", "might", "must", "shall", "did", "does", "do");

  /** Auxiliaries that carry no tense ("being dropped", "having said", "will be"). */
  static final Set<String> NON_FINITE_AUXILIARIES = Set.of("be", "been", "being", "having");

  /**
   * Verbs of saying that put their subject after them at the end of a sentence ("..., said the
   * ministry.", "..., added Rep. Jim Costa."): with any other verb the phrase after it is an object
   * ("..., acknowledges the problem.").
   */
  static final Set<String> INVERTING_VERBS =
      Set.of(
          "say",
          "add",
          "write",
          "ask",
          "explain",
          "note",
          "recall",
          "reply",
          "respond",
          "answer",
          "insist",
          "declare",
          "argue",
          "admit",
          "agree",
          "observe",
          "remark",
          "concede",
          "complain",
          "continue",
          "joke",
          "quip",
          "exclaim",
          "warn",
          "tweet",
          "report",
          "state",
          "comment",
          "counter",
          "retort",
          "predict",
          "suggest");

  /** Forms of "be": before a participle of saying they make it passive ("was told"). */
  static final Set<String> BE = Set.of("is", "was", "were", "are", "am", "be", "been", "being");

  /** Conjunctions before a bare participle of saying that make it passive ("when asked"). */
  static final Set<String> PASSIVE_INTRODUCERS =
      Set.of("when", "if", "once", "as", "unless", "though", "although", "where", "until");

  /**
   * Verbs after which "to" + verb of saying still reports: going on with it ("continues to insist")
   * or setting out to do it ("sought to assure the public that..."), unlike refusing or planning
   * ("declined to say", "is expected to announce").
   */
  static final Set<String> CONTINUING_VERBS =
      Set.of(
          "continue",
          "continues",
          "continued",
          "continuing",
          "begin",
          "begins",
          "began",
          "beginning",
          "start",
          "starts",
          "started",
          "starting",
          "keep",
          "keeps",
          "kept",
          "seek",
          "seeks",
          "sought",
          "seeking",
          "try",
          "tries",
          "tried",
          "trying",
          "attempt",
          "attempts",
          "attempted",
          "attempting",
          "moved",
          "hastened",
          "rushed");

  /** Abbreviations after which the sentence detector may wrongly end a sentence ("Sen."). */
  static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "rev", "pres",
          "prof", "jr", "sr", "st", "capt", "cmdr", "adm", "maj", "supt", "insp", "atty", "sec",
          "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec", "no", "vs");
}
