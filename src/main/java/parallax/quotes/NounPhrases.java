package parallax.quotes;

import java.util.Set;

/**
 * Where noun phrases begin and end around a verb of saying: a subject read leftwards from the verb
 * ("Hydrologist Sigrid Aas of the regional water authority", "a newly declassified report on the
 * origins of the virus", "Group of Seven (G-7) leaders", "a three-judge panel"), a phrase read
 * rightwards ("said Olena Marchenko", "according to two people familiar with the matter"). Only
 * boundaries: what a phrase refers to is {@link References}' business.
 *
 * <p>Every walk is bounded (about ten tokens a phrase, three prepositional phrases a subject). Per
 * article; not thread-safe.
 */
final class NounPhrases {

  /** Prepositions inside a name or after a title ("Sigrid Aas of the...", "Democrat from..."). */
  static final Set<String> PREPOSITIONS_IN_NAMES = Set.of("of", "at", "from", "in", "for", "with");

  /** Prepositions that open a phrase modifying a subject ("a report on...", "the head of..."). */
  static final Set<String> SUBJECT_PREPOSITIONS =
      Set.of("of", "at", "from", "in", "for", "with", "on", "about", "over", "between");

  private static final Set<String> POSTMODIFIER_PREPOSITIONS = Set.of("with", "to", "of");

  private final TokenFacts facts;
  private final Names names;

  NounPhrases(TokenFacts facts, Names names) {
    this.facts = facts;
    this.names = names;
  }

  /**
   * One past the last token of the noun phrase starting at {@code first}, over a postmodifier and
   * its object ("two people familiar with the matter"); {@code first} when there is none.
   */
  int endFrom(int first) {
    int count = facts.count();
    int sentence = facts.sentenceOf(first);
    int end = first;
    while (end < count && end - first < 10 && !facts.quoted(end)) {
      boolean samePhrase = end > first && inOnePhrase(end - 1, end); // "Rep. Jim Costa"
      if (!samePhrase && (facts.sentenceOf(end) != sentence || !inNounPhrase(end))) {
        break;
      }
      end++;
    }
    sentence = facts.sentenceOf(end - 1);
    if (end - 1 > first && postmodifier(end - 1) && end + 1 < count && !facts.quoted(end)) {
      int object = end + 1;
      while (object < count
          && object - end < 6
          && facts.sentenceOf(object) == sentence
          && !facts.quoted(object)
          && inNounPhrase(object)) {
        object++;
      }
      end = object > end + 1 ? object : end;
    }
    return end;
  }

  boolean inSubjectPosition(int previous) {
    String tag = facts.tag(previous);
    return facts.quoted(previous)
        || facts.is(previous, ",")
        || tag.equals("CCONJ")
        || tag.equals("SCONJ")
        || (tag.equals("ADV") && facts.sentenceInitial(previous))
        || (tag.equals("ADP") && Words.CLAUSE_ENDERS.contains(facts.lower(previous)));
  }

  /**
   * The subject whose last noun phrase is {@code first..head}, as {@code {first, head}}: the chain
   * is followed back over what modifies a noun — prepositional phrases ("A newly declassified
   * report on the origins of the virus reveals"), a relative clause ("lawyers who disagree with
   * that view say"), a participle ("A senior official briefing reporters on the speech said") — to
   * the noun that heads it ("report", "lawyers", "official"); "percent of respondents" keeps
   * "respondents". The chain is taken only when it opens the clause, so that "...was praised in a
   * report by NBC" is left alone.
   */
  int[] subject(int first, int head, int sentenceFirst) {
    int chainFirst = first;
    int chainHead = head;
    for (int hops = 0; hops < 4; hops++) {
      int k = chainFirst - 1;
      if (k - 1 < sentenceFirst || facts.quoted(k) || facts.quoted(k - 1)) {
        break;
      }
      int before;
      boolean partitive = false;
      if ("ADP".equals(facts.tag(k))
          && SUBJECT_PREPOSITIONS.contains(facts.lower(k))
          && modifiable(k - 1)) {
        before = k - 1;
        partitive = facts.lower(k).equals("of") && isQuantity(before);
      } else {
        before = nounModifiedFrom(k, sentenceFirst);
        if (before < 0) {
          break;
        }
      }
      chainFirst = start(before, sentenceFirst);
      chainHead = partitive ? chainHead : before;
    }
    boolean opensClause = chainFirst <= sentenceFirst || inSubjectPosition(chainFirst - 1);
    return chainFirst != first && opensClause
        ? new int[] {chainFirst, chainHead}
        : new int[] {first, head};
  }

  private boolean modifiable(int t) {
    return !"PRON".equals(facts.tag(t))
        && (facts.isNominal(t) || facts.isTitle(t) || facts.isPluralTitle(t) || postmodifier(t));
  }

  /**
   * The noun that a relative clause or a participle ending at {@code k} modifies ("lawyers" in
   * "lawyers who disagree with", "official" in "official briefing"), or -1.
   */
  private int nounModifiedFrom(int k, int sentenceFirst) {
    boolean verbSeen = false;
    for (int t = k; t > sentenceFirst && t > k - 8; t--) {
      if (facts.quoted(t) || facts.is(t, ",")) {
        return -1;
      }
      String lower = facts.lower(t);
      boolean relative =
          (lower.equals("who") || lower.equals("that") || lower.equals("which"))
              && !facts.isName(t);
      if (relative && t < k) { // "that" right before the phrase is its determiner
        return verbSeen && modifiable(t - 1) ? t - 1 : -1;
      }
      if ("VERB".equals(facts.tag(t))) {
        if ((lower.endsWith("ing") || lower.endsWith("ed")) && !verbSeen && modifiable(t - 1)) {
          return t - 1; // a participle right after its noun
        }
        verbSeen = true;
      }
    }
    return -1;
  }

  /** A word of quantity, which leaves the head of "QUANTITY of NOUNS" to the nouns. */
  boolean isQuantity(int t) {
    return "NUM".equals(facts.tag(t))
        || (PhraseWords.QUANTITIES.contains(facts.lower(t)) && !facts.isName(t));
  }

  /**
   * The first token of the noun phrase ending at {@code head}, walking left over its modifiers, a
   * name's "of" ("Sigrid Aas of the..."), a short parenthesis after a name and coordinated
   * adjectives or names ("Food and Drug Administration"); at most about ten tokens.
   */
  int start(int head, int sentenceFirst) {
    if ("PRON".equals(facts.tag(head))) {
      return head;
    }
    int first = head;
    while (first - 1 >= sentenceFirst && head - first < 10) {
      int k = first - 1;
      if (facts.quoted(k)) {
        break;
      }
      if (inNounPhrase(k) || participleBefore(k, first, sentenceFirst)) {
        first = k;
      } else if (facts.is(k, ")") && parenthesisInName(k, sentenceFirst) >= 0) {
        first = parenthesisInName(k, sentenceFirst) - 1; // "Group of Seven (G-7) leaders"
      } else if (PREPOSITIONS_IN_NAMES.contains(facts.lower(k))
          && k - 1 >= sentenceFirst
          && !facts.quoted(k - 1)
          && (facts.isName(k - 1) || facts.isTitle(k - 1))) {
        first = k - 1; // "Hydrologist Sigrid Aas of the...", "The Democrat from Minnesota"
      } else if (facts.lower(k).equals("and")
          && k - 1 >= sentenceFirst
          && (("ADJ".equals(facts.tag(k - 1)) && "ADJ".equals(facts.tag(first)))
              || (facts.isName(k - 1) && facts.isName(first)))) {
        first = k - 1; // "the medical and legal communities", "Food and Drug Administration"
      } else {
        break;
      }
    }
    return first;
  }

  /**
   * "declassified" and "newly" in "a newly declassified report": a participle that modifies the
   * noun phrase starting at {@code next}, and an adverb before it.
   */
  private boolean participleBefore(int k, int next, int sentenceFirst) {
    if ("ADV".equals(facts.tag(k))) {
      return "VERB".equals(facts.tag(next))
          && facts.lower(next).endsWith("ed")
          && k > sentenceFirst;
    }
    String lower = facts.lower(k);
    return "VERB".equals(facts.tag(k))
        && (lower.endsWith("ed") || lower.endsWith("ing"))
        && k > sentenceFirst
        && ("ADV".equals(facts.tag(k - 1))
            || "DET".equals(facts.tag(k - 1))
            || facts.isPossessive(k - 1)); // "the committee's ranking Republican"
  }

  /**
   * The opening bracket of a short parenthesis closed at {@code close} that follows a name inside a
   * noun phrase ("Group of Seven (G-7) leaders"), or -1.
   */
  private int parenthesisInName(int close, int sentenceFirst) {
    for (int open = close - 1; open > sentenceFirst && open > close - 6; open--) {
      if (facts.is(open, "(")) {
        return facts.isName(open - 1) && !facts.quoted(open - 1) ? open : -1;
      }
    }
    return -1;
  }

  /**
   * An adjective after a noun that takes a prepositional object: "familiar" in "people familiar
   * with the matter", "close" in "sources close to the president".
   */
  boolean postmodifier(int t) {
    return "ADJ".equals(facts.tag(t))
        && t > 0
        && (facts.isNominal(t - 1) || facts.isPluralTitle(t - 1))
        && !"PRON".equals(facts.tag(t - 1))
        && t + 1 < facts.count()
        && POSTMODIFIER_PREPOSITIONS.contains(facts.lower(t + 1));
  }

  private boolean inOnePhrase(int a, int b) {
    Names.Phrase phrase = names.phraseAt(a);
    return phrase != null && phrase == names.phraseAt(b);
  }

  /** True when token {@code t} can be part of a noun phrase. */
  boolean inNounPhrase(int t) {
    return switch (facts.tag(t)) {
      case "NOUN", "PROPN", "ADJ", "DET", "NUM" -> true;
      case "ADV" -> t + 1 < facts.count() && facts.isGluedHyphen(t + 1); // "a long-time aide"
      case "PRON" -> PhraseWords.POSSESSIVE_PRONOUNS.contains(facts.lower(t));
      default ->
          facts.isName(t)
              || facts.isTitle(t)
              || facts.isPluralTitle(t)
              || facts.isGluedHyphen(t)
              || facts.isPossessive(t)
              || isHyphenatedPart(t);
    };
  }

  /** "-judge" in "three-judge panel", which the tokenizer splits off as punctuation. */
  private boolean isHyphenatedPart(int t) {
    String token = facts.token(t);
    return t > 0
        && token.length() > 1
        && token.charAt(0) == '-'
        && Character.isLetter(token.charAt(1))
        && facts.text().tokenEnd(t - 1) == facts.text().tokenStart(t);
  }
}
