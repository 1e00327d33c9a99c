package parallax.quotes;

import java.util.Set;

/**
 * Finds who is speaking: the subject of a verb of saying, the noun phrase after an inverted verb
 * ("said Peskov") or after "according to", and resolves what it finds to a {@link Speaker}:
 *
 * <ul>
 *   <li>a name: the person's fullest name in the article ("Putin" is "Vladimir Putin"), or the
 *       organisation or place as named ("the Kremlin" is "Kremlin");
 *   <li>a pronoun: "he"/"she" is the person most recently in subject position, "it"/"they" the most
 *       recent organisation or group ({@link Salience});
 *   <li>a role ("the Kremlin spokesman", "the Russian leader"): the person whose titles match it
 *       best, ties going to the one most recently in focus;
 *   <li>anything else is a group named by its noun phrase ("local authorities", "critics").
 * </ul>
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

  private static final Set<String> PREPOSITIONS_IN_NAMES =
      Set.of("of", "at", "from", "in", "for", "with");

  private static final Set<String> POSTMODIFIER_PREPOSITIONS = Set.of("with", "to", "of");

  /** Determiners of a phrase that refers back to something named before ("the report"). */
  private static final Set<String> DEFINITE = Set.of("the", "this", "that");

  /** Prepositions that open a phrase modifying a subject ("a report on...", "the head of..."). */
  private static final Set<String> SUBJECT_PREPOSITIONS =
      Set.of("of", "at", "from", "in", "for", "with", "on", "about", "over", "between");

  private final TokenFacts facts;
  private final Names names;
  private final Salience salience;
  private final References references;
  private final ShortNames shortNames;

  Speakers(TokenFacts facts, Names names, Salience salience) {
    this.facts = facts;
    this.names = names;
    this.salience = salience;
    this.references = new References(facts, names, salience);
    this.shortNames = new ShortNames(names, salience);
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
        int first = subjectStart(nounPhraseStart(j, sentenceFirst), sentenceFirst);
        found = interpret(first, j, verb, namesOnly);
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
      int first = nounPhraseStart(open - 1, sentenceFirst);
      // Only a subject can stand before the appositive: "was a good thing, not a bad one, noting"
      // has a predicate there.
      if (first <= sentenceFirst || inSubjectPosition(first - 1)) {
        return nounPhraseEndingAt(open - 1, sentenceFirst, at, namesOnly);
      }
    }
    return null;
  }

  private boolean inSubjectPosition(int previous) {
    String tag = facts.tag(previous);
    return facts.quoted(previous)
        || facts.is(previous, ",")
        || tag.equals("CCONJ")
        || tag.equals("SCONJ")
        || (tag.equals("ADV") && facts.sentenceInitial(previous))
        || (tag.equals("ADP") && Words.CLAUSE_ENDERS.contains(facts.lower(previous)));
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

  /**
   * Where a subject that ends in prepositional phrases starts: "A newly declassified report on the
   * origins of the virus reveals" has "report" as its head, not "virus". The chain is taken only
   * when it opens the clause, so that "...was praised in a report by NBC" is left alone.
   */
  private int subjectStart(int first, int sentenceFirst) {
    int chainFirst = first;
    for (int hops = 0; hops < 3; hops++) {
      int preposition = chainFirst - 1;
      int before = preposition - 1;
      if (before < sentenceFirst
          || facts.quoted(preposition)
          || facts.quoted(before)
          || !"ADP".equals(facts.tag(preposition))
          || !SUBJECT_PREPOSITIONS.contains(facts.lower(preposition))
          || "PRON".equals(facts.tag(before))
          || !(facts.isNominal(before)
              || facts.isTitle(before)
              || facts.isPluralTitle(before)
              || postmodifier(before))) {
        break;
      }
      chainFirst = nounPhraseStart(before, sentenceFirst);
    }
    return chainFirst != first && (chainFirst <= sentenceFirst || inSubjectPosition(chainFirst - 1))
        ? chainFirst
        : first;
  }

  private Attribution nounPhraseEndingAt(int head, int sentenceFirst, int at, boolean namesOnly) {
    return interpret(nounPhraseStart(head, sentenceFirst), head, at, namesOnly);
  }

  private int nounPhraseStart(int head, int sentenceFirst) {
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

  /** The name or title phrase covering token {@code t}, or null. */
  Names.Phrase phraseAt(int t) {
    return names.phraseAt(t);
  }

  /**
   * An adjective after a noun that takes a prepositional object: "familiar" in "people familiar
   * with the matter", "close" in "sources close to the president".
   */
  private boolean postmodifier(int t) {
    return "ADJ".equals(facts.tag(t))
        && t > 0
        && (facts.isNominal(t - 1) || facts.isPluralTitle(t - 1))
        && !"PRON".equals(facts.tag(t - 1))
        && t + 1 < facts.count()
        && POSTMODIFIER_PREPOSITIONS.contains(facts.lower(t + 1));
  }

  /** A word of quantity, which leaves the head of "QUANTITY of NOUNS" to the nouns. */
  private boolean isQuantity(int t) {
    return "NUM".equals(facts.tag(t))
        || (Words.QUANTITIES.contains(facts.lower(t)) && !facts.isName(t));
  }

  /** The noun phrase starting at {@code first} ("said Olena Marchenko", "according to X"). */
  Attribution nounPhraseFrom(int first, int at) {
    int count = facts.count();
    if (first >= count) {
      return Attribution.NONE;
    }
    int sentence = facts.sentenceOf(first);
    int end = first;
    while (end < count
        && end - first < 10
        && facts.sentenceOf(end) == sentence
        && !facts.quoted(end)
        && inNounPhrase(end)) {
      end++;
    }
    if (end - 1 > first && postmodifier(end - 1) && end + 1 < count && !facts.quoted(end)) {
      int object = end + 1; // "two people familiar with the matter"
      while (object < count
          && object - end < 6
          && facts.sentenceOf(object) == sentence
          && !facts.quoted(object)
          && inNounPhrase(object)) {
        object++;
      }
      end = object > end + 1 ? object : end;
    }
    return end == first ? Attribution.NONE : interpret(first, end - 1, at, false);
  }

  boolean inNounPhrase(int t) {
    return switch (facts.tag(t)) {
      case "NOUN", "PROPN", "ADJ", "DET", "NUM" -> true;
      case "PRON" -> Words.POSSESSIVE_PRONOUNS.contains(facts.lower(t));
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

  /** Resolves the noun phrase {@code first..last} (inclusive) found near token {@code at}. */
  Attribution interpret(int first, int last, int at, boolean namesOnly) {
    int head = last;
    for (int k = first + 1; k <= last; k++) {
      if (SUBJECT_PREPOSITIONS.contains(facts.lower(k))
          && "ADP".equals(facts.tag(k))
          && names.phraseAt(k) == null) { // not the "of" of "Group of Seven leaders"
        if (facts.lower(k).equals("of") && k < last && isQuantity(k - 1)) {
          first = k + 1; // "Fifty-nine percent of respondents", "many of the senators"
          continue;
        }
        head = k - 1; // "Hydrologist Sigrid Aas of the regional water authority"
        break;
      }
    }
    int groupEnd = head;
    if (head < last && postmodifier(head)) {
      groupEnd = last; // "people familiar with the matter": headed by "people"
      head--;
    }
    Names.Phrase phrase = names.phraseAt(head);
    if (phrase != null && phrase.hasName() && head >= phrase.nameFirst()) {
      Names.Phrase partner =
          phrase.first() - 2 >= first ? names.phraseAt(phrase.first() - 2) : null;
      if (partner != null
          && partner.hasName()
          && facts.lower(phrase.first() - 1).equals("and")
          && !partner.person()
          && !phrase.person()) {
        String joint = partner.name() + " and " + phrase.name(); // "Food and Drug Administration"
        return new Attribution(Speaker.other(joint), partner.nameFirst(), head + 1);
      }
      Speaker speaker = new Speaker(phrase.canonical(), phrase.person(), phrase.maybePerson());
      String full = mayBeShort(phrase) ? shortNames.expand(phrase.name(), phrase.first()) : null;
      return new Attribution(
          full == null ? speaker : Speaker.other(full), phrase.nameFirst(), head + 1);
    }
    if ("PRON".equals(facts.tag(head))) {
      return new Attribution(references.pronoun(facts.lower(head), at), head, head + 1);
    }
    if (facts.isTitle(head)) {
      Speaker role = references.role(phrase, first, head, at);
      if (role.known() || namesOnly) {
        return new Attribution(role, first, head + 1);
      }
    }
    boolean nominal = facts.isNominal(head) || facts.isTitle(head) || facts.isPluralTitle(head);
    if (namesOnly || "NUM".equals(facts.tag(head)) || !nominal) {
      return Attribution.NONE;
    }
    String group = references.groupName(first, groupEnd);
    if (group.isEmpty()) {
      return Attribution.NONE;
    }
    String full = DEFINITE.contains(facts.lower(first)) ? shortNames.expand(group, first) : null;
    return new Attribution(Speaker.other(full == null ? group : full), first, head + 1);
  }

  /** An acronym or a lone organisation word ("the Board"), which may stand for a longer name. */
  private boolean mayBeShort(Names.Phrase phrase) {
    String name = phrase.name();
    return !phrase.person()
        && name.indexOf(' ') < 0
        && (NameTokens.acronym(name)
            || OrganisationWords.WORDS.contains(name.toLowerCase(java.util.Locale.ROOT)));
  }
}
