package parallax.quotes;

import java.util.Set;

/**
 * Closed word classes found inside noun phrases and clauses' first words: pronouns, determiners,
 * quantifiers and the other function words. Part of the grammar of news English, kept in code like
 * {@link Words}.
 */
final class PhraseWords {

  private PhraseWords() {}

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

  /** Possessive pronouns, which the tagger calls PRON but which open noun phrases. */
  static final Set<String> POSSESSIVE_PRONOUNS =
      Set.of("its", "their", "his", "her", "our", "my", "your");

  /** Determiners and possessive pronouns dropped from the front of a group's name. */
  static final Set<String> DROPPED_DETERMINERS =
      Set.of(
          "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that",
          "these", "those", "some");

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
          """
          a an the this that these those some any no every each all both either neither another
          other such what which whose of in on at to for from by with about against between into
          through during before after above below over under since until till upon within without
          across along among around behind beyond despite near off onto out per than toward
          towards via like unlike amid amongst as but and or nor so yet if because although though
          while whereas unless whether once when where how why who whom i you he she it we they me
          him her us them my your his its our their mine yours hers ours theirs myself himself
          herself itself ourselves themselves yourself one none nothing everything something
          anything someone anyone everyone nobody somebody everybody be is am are was were been
          being have has had do does did will would shall should can could may might must not
          there here up down
          """
              .split("\\s+"));
}
