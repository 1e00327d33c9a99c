package parallax.quotes;

import java.util.Set;

/**
 * Nouns of saying that attribute a clause to their possessor: "Wallace's contention that the speech
 * was “delivered from a planet where facts don't matter”", "his claim that...". The quotations
 * inside such a clause are the possessor's words. A closed class of news English kept in code, like
 * {@link Words}. Stateless.
 */
final class SpeechNouns {

  private SpeechNouns() {}

  static final Set<String> NOUNS =
      Set.of(
          "claim",
          "contention",
          "assertion",
          "argument",
          "insistence",
          "statement",
          "warning",
          "promise",
          "pledge",
          "suggestion",
          "allegation",
          "accusation",
          "denial",
          "admission",
          "remark",
          "comment",
          "vow",
          "boast",
          "complaint",
          "declaration",
          "announcement",
          "prediction",
          "assurance");

  /** A noun of saying at {@code t} after a possessive ("Wallace's", "his") and before "that". */
  static boolean carriesClause(TokenFacts facts, int t) {
    if (t == 0
        || t + 2 >= facts.count()
        || !"NOUN".equals(facts.tag(t))
        || !NOUNS.contains(facts.lower(t))
        || !facts.lower(t + 1).equals("that")
        || facts.quoted(t + 1)) {
      return false;
    }
    int before = t - 1;
    return !facts.quoted(before)
        && (facts.isPossessive(before)
            || PhraseWords.POSSESSIVE_PRONOUNS.contains(facts.lower(before)));
  }
}
