package parallax.quotes;

/**
 * Names a group by its noun phrase: without determiner, quantifiers, numbers and words that only
 * date it ("the grid operator" is "grid operator", "many scientists" are "scientists", "a newly
 * released report" is "report", "Group of Seven (G-7) leaders" is "Group of Seven leaders"); names
 * keep their capitals, other words are lower-cased ("Police" is "police").
 *
 * <p>Per article; not thread-safe.
 */
final class GroupNames {

  private final TokenFacts facts;

  GroupNames(TokenFacts facts) {
    this.facts = facts;
  }

  /**
   * "the grid operator" is "grid operator", "Police" is "police": a group is named by its noun
   * phrase without what only counts or dates it ("many scientists" are "scientists", "a newly
   * released report" is "report").
   */
  String name(int first, int head) {
    int k = first;
    while (k < head) {
      String lower = facts.lower(k);
      boolean glued = facts.text().tokenEnd(k) == facts.text().tokenStart(k + 1);
      if (!facts.isWord(k)
          || PhraseWords.DROPPED_DETERMINERS.contains(lower)
          || (!facts.isName(k) && !glued && PhraseWords.DROPPED_QUANTIFIERS.contains(lower))
          || PhraseWords.NOVELTY.contains(lower)
          || ("NUM".equals(facts.tag(k)) && !facts.isName(k) && !glued)) {
        k++;
      } else if ("ADV".equals(facts.tag(k)) && !facts.isName(k) && !facts.isGluedHyphen(k + 1)) {
        k += 2; // "newly declassified", but "long-time" stays
      } else {
        break;
      }
    }
    StringBuilder name = new StringBuilder();
    int depth = 0;
    for (; k <= head; k++) {
      depth += facts.is(k, "(") ? 1 : facts.is(k, ")") ? -1 : 0;
      if (depth > 0 || (!facts.isWord(k) && !isGluedPart(k))) {
        continue; // "Group of Seven (G-7) leaders" is "Group of Seven leaders"
      }
      if (name.length() > 0 && !facts.isGluedHyphen(k - 1) && !isGluedPart(k)) {
        name.append(' ');
      }
      name.append(facts.isName(k) ? facts.token(k) : facts.lower(k));
    }
    return name.toString();
  }

  /** A hyphen or a hyphenated part written against the word before it ("three" "-judge"). */
  private boolean isGluedPart(int t) {
    return facts.isGluedHyphen(t)
        || (t > 0
            && facts.token(t).startsWith("-")
            && facts.token(t).length() > 1
            && facts.text().tokenEnd(t - 1) == facts.text().tokenStart(t));
  }
}
