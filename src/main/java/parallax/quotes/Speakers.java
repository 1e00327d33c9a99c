package parallax.quotes;

/**
 * Finds who is speaking: the subject of a verb of saying (over adverbs, time phrases, appositives
 * and relative pronouns), the noun phrase after an inverted verb ("said Peskov") or after
 * "according to", the possessor of a noun of saying ("Wallace's contention"); {@link NounPhrases}
 * marks where the phrase begins and ends, {@link References} says whom it refers to.
 *
 * <p>Per article; not thread-safe.
 */
final class Speakers {

  /** A speaker and the tokens naming them ({@code first} is -1 when inferred from context). */
  record Attribution(Speaker speaker, int first, int end) {
    static final Attribution NONE = new Attribution(Speaker.UNKNOWN, -1, -1);

    boolean known() {
      return speaker.known();
    }
  }

  private final TokenFacts facts;
  private final Names names;
  private final Salience salience;
  private final References references;
  private final NounPhrases nounPhrases;

  Speakers(TokenFacts facts, Names names, Salience salience) {
    this.facts = facts;
    this.names = names;
    this.salience = salience;
    this.nounPhrases = new NounPhrases(facts, names);
    this.references = new References(facts, names, salience, nounPhrases);
  }

  /**
   * The subject of the verb at {@code verb}, looking left: the noun phrase before it (over
   * auxiliaries and adverbs, and over an appositive between commas). When there is none — a
   * participle after a comma ("..., stating"), a second verb after "and" — and {@code fallBack} is
   * set, the most recent subject of the same sentence.
   *
   * @param namesOnly when true, groups are not built (for bookkeeping of ordinary verbs)
   */
  Attribution subjectOf(int verb, boolean fallBack, boolean namesOnly) {
    int sentenceFirst = facts.clauseFirst(verb);
    int j = verb - 1;
    j = skipBackOverAdjuncts(j, sentenceFirst);
    Attribution found = null;
    if (j > sentenceFirst && isStrayMark(j) && facts.is(j - 1, ",")) {
      j--; // the comma inside the marks of a title: 'on "America's Newsroom," laid out'
    }
    if (j >= sentenceFirst && !facts.quoted(j)) {
      if (facts.is(j, ",")) {
        found = appositive(j, sentenceFirst, verb, namesOnly);
      } else if (isRelativePronoun(j)) {
        int k = j - 1 >= sentenceFirst && facts.is(j - 1, ",") ? j - 2 : j - 1;
        Names.Phrase antecedent = names.phraseAt(k);
        if (antecedent != null
            && antecedent.person()
            && antecedent.end() == k + 1
            && facts.lower(j).equals("who")) {
          // "an interview at Vox with James Carville, who accused": "who" is the person named last
          found =
              new Attribution(
                  Speaker.person(antecedent.canonical()), antecedent.nameFirst(), k + 1);
        } else {
          found = k >= sentenceFirst ? nounPhraseEndingAt(k, sentenceFirst, verb, namesOnly) : null;
        }
      } else if (!"CCONJ".equals(facts.tag(j))
          && (facts.isNominal(j) || facts.isTitle(j) || facts.isPluralTitle(j))) {
        int first = nounPhrases.start(j, sentenceFirst);
        // A participle right after a noun has that noun for subject ("lawsuits claiming that")
        int[] subject =
            facts.lower(verb).endsWith("ing")
                ? new int[] {first, j}
                : nounPhrases.subject(first, j, sentenceFirst);
        found = interpret(subject[0], subject[1], verb, namesOnly);
      }
    }
    if (found != null && found.known()) {
      return found;
    }
    if (fallBack) {
      Speaker recent = salience.lastSince(sentenceFirst, verb);
      return recent.known() ? new Attribution(recent, -1, -1) : Attribution.NONE;
    }
    return Attribution.NONE;
  }

  /** A quotation mark that opens or closes no quotation (the marks of a title are such). */
  private boolean isStrayMark(int t) {
    String token = facts.token(t);
    return !facts.quoted(t) && token.length() == 1 && "\"“”".indexOf(token.charAt(0)) >= 0;
  }

  /**
   * Steps left over what may stand between a subject and its verb: auxiliaries, adverbs, a time
   * phrase ("Janet Yellen on Tuesday again warned") and a parenthesis ("Greene (R-Ga.) said").
   */
  private int skipBackOverAdjuncts(int j, int sentenceFirst) {
    while (j >= sentenceFirst && !facts.quoted(j)) {
      if (skippableBeforeVerb(j)) {
        j--;
      } else if (isTimeWord(j)) {
        while (j >= sentenceFirst && (isTimeWord(j) || "NUM".equals(facts.tag(j)))) {
          j--;
        }
        if (j >= sentenceFirst && "ADP".equals(facts.tag(j)) && !facts.quoted(j)) {
          j--;
        }
      } else if ("NUM".equals(facts.tag(j)) && j > sentenceFirst && isTimeWord(j - 1)) {
        j--; // "on Oct. 11"
      } else if (facts.is(j, ")")) {
        int open = j - 1;
        while (open > sentenceFirst && open > j - 8 && !facts.is(open, "(")) {
          open--;
        }
        if (!facts.is(open, "(")) {
          break;
        }
        j = open - 1;
      } else {
        break;
      }
    }
    return j;
  }

  private boolean isTimeWord(int t) {
    return Words.TIME_WORDS.contains(facts.lowerNameForm(t)) && !facts.isTitle(t);
  }

  private boolean skippableBeforeVerb(int t) {
    String tag = facts.tag(t);
    return tag.equals("AUX")
        || tag.equals("ADV")
        || tag.equals("PART")
        || (Words.AUXILIARIES.contains(facts.lower(t)) && !facts.isName(t));
  }

  private boolean isRelativePronoun(int t) {
    String lower = facts.lower(t);
    return (lower.equals("who") || lower.equals("which")) && !facts.isName(t); // not "WHO"
  }

  /** "NAME, an analyst at X, said" or "the mayor, Kari Lunde, said": {@code comma} closes it. */
  private Attribution appositive(int comma, int sentenceFirst, int at, boolean namesOnly) {
    int open = comma - 1;
    while (open > sentenceFirst && !(facts.is(open, ",") && !facts.quoted(open))) {
      open--;
    }
    if (open <= sentenceFirst || open + 1 >= comma) {
      return null;
    }
    while (open - 2 > sentenceFirst
        && "NUM".equals(facts.tag(open - 1))
        && facts.is(open - 2, ",")) {
      open -= 2; // "Anders Moe, 67, a retired ferry mechanic, said"
    }
    int tag = partyTagBefore(open, sentenceFirst);
    if (tag > sentenceFirst) {
      open = tag; // "Rep. Jim Himes, D-Conn., a member of the committee, said"
    }
    Names.Phrase inside = names.phraseAt(comma - 1);
    if (inside != null
        && inside.person()
        && inside.end() == comma
        && inside.hasName()
        && onlyTitlesBetween(open + 1, inside.first())) {
      return new Attribution(Speaker.person(inside.canonical()), inside.nameFirst(), inside.end());
    }
    boolean relative = isRelativePronoun(open + 1) || facts.lower(open + 1).equals("whose");
    boolean finite = false;
    for (int t = open + 1; t < comma && !relative; t++) {
      finite |= facts.isFiniteVerb(t);
    }
    if ((relative || !finite) && facts.isNominal(open - 1)) {
      int first = nounPhrases.start(open - 1, sentenceFirst);
      // Only a subject can stand before the appositive: "was a good thing, not a bad one, noting"
      // has a predicate there.
      if (first <= sentenceFirst || nounPhrases.inSubjectPosition(first - 1)) {
        return nounPhraseEndingAt(open - 1, sentenceFirst, at, namesOnly);
      }
    }
    return null;
  }

  /** The comma before a party tag that ends at comma {@code comma} (", D-Conn.,"), or -1. */
  private int partyTagBefore(int comma, int sentenceFirst) {
    for (int k = comma - 1; k > sentenceFirst && k > comma - 4; k--) {
      if (facts.is(k, ",") && !facts.quoted(k)) {
        String tag = facts.token(k + 1);
        boolean party =
            tag.length() >= 2 && tag.charAt(1) == '-' && "RDI".indexOf(tag.charAt(0)) >= 0;
        return party ? k : -1;
      }
    }
    return -1;
  }

  /** "Gen." before "Mark Milley", split off by the sentence detector, is still his title. */
  private boolean onlyTitlesBetween(int from, int to) {
    for (int t = from; t < to; t++) {
      if (!(facts.isTitle(t) || facts.is(t, ".") || facts.isName(t))) {
        return false;
      }
    }
    return true;
  }

  private Attribution nounPhraseEndingAt(int head, int sentenceFirst, int at, boolean namesOnly) {
    return interpret(nounPhrases.start(head, sentenceFirst), head, at, namesOnly);
  }

  /** The name or title phrase covering token {@code t}, or null. */
  Names.Phrase phraseAt(int t) {
    return names.phraseAt(t);
  }

  /**
   * Whoever the possessive at {@code t} names ("Nicolle Wallace's", "the president's", "his"), for
   * a noun of saying at {@code at}.
   */
  Attribution possessor(int t, int at) {
    String pronoun =
        switch (facts.lower(t)) {
          case "his" -> "he";
          case "her" -> "she";
          case "its" -> "it";
          case "their" -> "they";
          default -> null;
        };
    if (pronoun != null) {
      return new Attribution(references.pronoun(pronoun, at), t, t + 1);
    }
    int sentenceFirst = facts.clauseFirst(t);
    return interpret(nounPhrases.start(t, sentenceFirst), t, at, false);
  }

  /** The noun phrase starting at {@code first} ("said Olena Marchenko", "according to X"). */
  Attribution nounPhraseFrom(int first, int at) {
    if (first >= facts.count()) {
      return Attribution.NONE;
    }
    int end = nounPhrases.endFrom(first);
    return end == first ? Attribution.NONE : references.resolve(first, end - 1, at, false);
  }

  boolean inNounPhrase(int t) {
    return nounPhrases.inNounPhrase(t);
  }

  /** "Hydrologist Sigrid Aas of the...": see {@link References#resolve}. */
  Attribution interpret(int first, int last, int at, boolean namesOnly) {
    return references.resolve(first, last, at, namesOnly);
  }
}
