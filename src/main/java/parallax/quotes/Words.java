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

  /** Subject pronouns that start a reported clause ("said he was ready"). */
  static final Set<String> SUBJECT_PRONOUNS =
      Set.of(
          "i",
          "you",
          "he",
          "she",
          "it",
          "we",
          "they",
          "there",
          "this",
          "nobody",
          "somebody",
          "someone",
          "everyone",
          "everybody",
          "nothing",
          "everything",
          "none",
          "all",
          "both",
          "many",
          "some",
          "few",
          "most",
          "several");

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

  /** Words of quantity before "of" ("percent of respondents", "a group of lawmakers"). */
  static final Set<String> QUANTITIES =
      Set.of(
          "percent",
          "%",
          "majority",
          "minority",
          "half",
          "third",
          "quarter",
          "dozen",
          "dozens",
          "handful",
          "number",
          "most",
          "many",
          "some",
          "several",
          "few",
          "all",
          "none",
          "each",
          "one",
          "both",
          "rest",
          "share",
          "group",
          "hundreds",
          "thousands",
          "millions");

  /** Quantifiers and numbers dropped from the front of a group's name ("many scientists"). */
  static final Set<String> DROPPED_QUANTIFIERS =
      Set.of(
          "many",
          "several",
          "most",
          "few",
          "all",
          "both",
          "numerous",
          "various",
          "other",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "dozens",
          "hundreds",
          "thousands");

  /** Adjectives that date a document rather than name it ("a new report"). */
  static final Set<String> NOVELTY = Set.of("new", "latest", "recent", "fresh");

  /**
   * Closed-class words (prepositions, determiners, pronouns, conjunctions, auxiliaries), to tell a
   * capitalised name the tagger took for one of them from the real thing.
   */
  static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a",
          "an",
          "the",
          "this",
          "that",
          "these",
          "those",
          "some",
          "any",
          "no",
          "every",
          "each",
          "all",
          "both",
          "either",
          "neither",
          "another",
          "other",
          "such",
          "what",
          "which",
          "whose",
          "of",
          "in",
          "on",
          "at",
          "to",
          "for",
          "from",
          "by",
          "with",
          "about",
          "against",
          "between",
          "into",
          "through",
          "during",
          "before",
          "after",
          "above",
          "below",
          "over",
          "under",
          "since",
          "until",
          "till",
          "upon",
          "within",
          "without",
          "across",
          "along",
          "among",
          "around",
          "behind",
          "beyond",
          "despite",
          "near",
          "off",
          "onto",
          "out",
          "per",
          "than",
          "toward",
          "towards",
          "via",
          "like",
          "unlike",
          "amid",
          "amongst",
          "as",
          "but",
          "and",
          "or",
          "nor",
          "so",
          "yet",
          "if",
          "because",
          "although",
          "though",
          "while",
          "whereas",
          "unless",
          "whether",
          "once",
          "when",
          "where",
          "how",
          "why",
          "who",
          "whom",
          "i",
          "you",
          "he",
          "she",
          "it",
          "we",
          "they",
          "me",
          "him",
          "her",
          "us",
          "them",
          "my",
          "your",
          "his",
          "its",
          "our",
          "their",
          "mine",
          "yours",
          "hers",
          "ours",
          "theirs",
          "myself",
          "himself",
          "herself",
          "itself",
          "ourselves",
          "themselves",
          "yourself",
          "one",
          "none",
          "nothing",
          "everything",
          "something",
          "anything",
          "someone",
          "anyone",
          "everyone",
          "nobody",
          "somebody",
          "everybody",
          "be",
          "is",
          "am",
          "are",
          "was",
          "were",
          "been",
          "being",
          "have",
          "has",
          "had",
          "do",
          "does",
          "did",
          "will",
          "would",
          "shall",
          "should",
          "can",
          "could",
          "may",
          "might",
          "must",
          "not",
          "there",
          "here",
          "up",
          "down");

  /** Possessive pronouns, which the tagger calls PRON but which open noun phrases. */
  static final Set<String> POSSESSIVE_PRONOUNS =
      Set.of("its", "their", "his", "her", "our", "my", "your");

  /** Determiners and possessive pronouns dropped from the front of a group's name. */
  static final Set<String> DROPPED_DETERMINERS =
      Set.of(
          "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that",
          "these", "those", "some");
}
