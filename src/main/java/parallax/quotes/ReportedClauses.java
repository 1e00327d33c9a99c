package parallax.quotes;

import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Finds the clause a verb of saying reports, as a token range {@code {first, end}}.
 *
 * <p>After the verb ({@link #after}): "said (on Thursday) that CLAUSE", "said CLAUSE" when what
 * follows is a subject and a finite verb, "told NBC News (in an interview) that CLAUSE". Before it
 * ({@link #before}): "CLAUSE, local authorities said." and "CLAUSE, according to X."
 *
 * <p>A clause runs to the end of the sentence unless the narrator takes over first ({@link
 * ClauseEnds}). Quotations inside a clause stay inside it; a clause that is nothing but a quotation
 * ("noting, “...”") is no clause.
 *
 * <p>Bounded look-ahead (a few tokens) at each step, so the work is linear in the sentence. Per
 * article; not thread-safe.
 */
final class ReportedClauses {

  private static final Set<String> PREPOSITIONS_IN_SUBJECTS =
      Set.of(
          "of", "in", "at", "on", "from", "for", "with", "between", "about", "over", "near", "than",
          "by", "against", "among", "under", "within", "across", "to", "toward");
  private static final Set<String> APPROXIMATORS =
      Set.of("around", "about", "nearly", "almost", "over", "some", "roughly", "more", "fewer");

  private final TokenFacts facts;
  private final IntPredicate speechVerb;
  private final Speakers speakers;
  private final ClauseEnds ends;

  ReportedClauses(TokenFacts facts, IntPredicate speechVerb, Speakers speakers) {
    this.facts = facts;
    this.speechVerb = speechVerb;
    this.speakers = speakers;
    this.ends = new ClauseEnds(facts, speechVerb, this::startsClause);
  }

  /** The clause reported after the verb at {@code verb}, or null. */
  int[] after(int verb, boolean takesObject) {
    int sentenceEnd = facts.clauseEnd(verb);
    int p = skipAdverbials(verb + 1, sentenceEnd);
    if (p >= sentenceEnd || facts.quoted(p)) {
      return null;
    }
    if (isThat(p, sentenceEnd)) {
      return extend(p + 1, sentenceEnd);
    }
    if (takesObject) {
      int q = skipAdverbials(skipObject(p, sentenceEnd), sentenceEnd);
      if (q > p && q < sentenceEnd && startsClause(q, sentenceEnd)) {
        return extend(q, sentenceEnd); // "told Newsweek these documents show..."
      }
    }
    if (startsClause(p, sentenceEnd)) {
      return extend(p, sentenceEnd);
    }
    for (int q = p; q < sentenceEnd && q < p + 15; q++) {
      if (facts.quoted(q)) {
        continue;
      }
      if (isThat(q, sentenceEnd) && !relativeThat(q)) {
        return extend(q + 1, sentenceEnd);
      }
      String token = facts.token(q);
      if (token.equals(".")
          || token.equals(";")
          || token.equals(":")
          || token.equals("?")
          || speechVerb.test(q)
          || (facts.isFiniteVerb(q) && !facts.is(q - 1, ","))) {
        break;
      }
    }
    return null;
  }

  /**
   * The clause a trailing attribution reports: from the sentence start (after a dateline such as
   * "BREKKESTAD, Norway (Meridian Wire) -", and after the last ", and"/", but"/";") up to {@code
   * comma}; null when that is no clause.
   */
  int[] before(int comma) {
    int sentenceFirst = facts.clauseFirst(comma);
    int start = sentenceFirst;
    for (int q = sentenceFirst + 1; q < comma && q < sentenceFirst + 16; q++) {
      if (facts.isDash(q) && (facts.is(q - 1, ")") || allCapitals(q - 1))) {
        start = q + 1;
        break;
      }
    }
    for (int q = start; q < comma - 1; q++) {
      if (facts.quoted(q)) {
        continue;
      }
      if (facts.is(q, ";")) {
        start = q + 1;
      } else if (facts.is(q, ",")
          && (facts.lower(q + 1).equals("and") || facts.lower(q + 1).equals("but"))
          && startsClause(q + 2, comma)) {
        start = q + 2; // a second main clause, not the last item of a list ("Rams, and Dodgers")
      }
    }
    boolean finite = false;
    for (int q = start; q < comma; q++) {
      finite |= facts.isFiniteVerb(q); // never true inside a quotation
    }
    return finite ? trim(start, comma) : null;
  }

  private boolean allCapitals(int t) {
    String token = facts.token(t);
    boolean letters = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters && token.length() > 1;
  }

  /** Skips adverbs and time phrases ("earlier", "on Thursday", "last month", "on Nov. 7"). */
  int skipAdverbials(int p, int sentenceEnd) {
    for (int steps = 0; p < sentenceEnd && steps < 6 && !facts.quoted(p); steps++) {
      if ("ADV".equals(facts.tag(p)) && !facts.isName(p)) {
        p++;
      } else if (isTimeWord(p)) {
        p++;
        while (p < sentenceEnd && ("NUM".equals(facts.tag(p)) || isTimeWord(p))) {
          p++;
        }
      } else if (p + 1 < sentenceEnd
          && ("ADP".equals(facts.tag(p)) || "ADJ".equals(facts.tag(p)))
          && isTimeWord(p + 1)) {
        p++;
      } else if (p + 2 < sentenceEnd
          && "ADP".equals(facts.tag(p))
          && "DET".equals(facts.tag(p + 1))
          && isTimeWord(p + 2)) {
        p += 2;
      } else {
        break;
      }
    }
    return p;
  }

  private boolean isTimeWord(int t) {
    return Words.TIME_WORDS.contains(facts.lowerNameForm(t));
  }

  private boolean isThat(int t, int sentenceEnd) {
    return facts.lower(t).equals("that") && !facts.quoted(t) && t + 1 < sentenceEnd;
  }

  /**
   * The hearer after "told": a name phrase, an object pronoun, or a noun phrase up to where the
   * next one starts ("told the court the evidence was...").
   */
  private int skipObject(int p, int sentenceEnd) {
    Names.Phrase phrase = speakers.phraseAt(p);
    if (phrase != null && phrase.first() == p) {
      return phrase.end();
    }
    if ("PRON".equals(facts.tag(p))) {
      return p + 1;
    }
    int q = p;
    boolean noun = false;
    while (q < sentenceEnd && !facts.quoted(q) && speakers.inNounPhrase(q) && q - p < 6) {
      String tag = facts.tag(q);
      if (noun && (tag.equals("DET") || tag.equals("PRON"))) {
        break;
      }
      noun |= facts.isNominal(q);
      q++;
    }
    return q;
  }

  /** "a ruling that could have...": "that" right before a verb is a relative pronoun. */
  private boolean relativeThat(int q) {
    int next = q + 1;
    return next < facts.count()
        && (facts.isFiniteVerb(next) || Words.AUXILIARIES.contains(facts.lower(next)));
  }

  /** A subject noun phrase (or pronoun) at {@code p} followed by a finite verb. */
  boolean startsClause(int p, int sentenceEnd) {
    if (facts.quoted(p) || isTimeWord(p)) {
      return false;
    }
    String tag = facts.tag(p);
    if ("PRON".equals(tag) && !facts.isName(p)) {
      return PhraseWords.SUBJECT_PRONOUNS.contains(facts.lower(p))
          && finiteAfterAdverbs(p + 1, sentenceEnd);
    }
    boolean approximate =
        APPROXIMATORS.contains(facts.lower(p))
            && p + 1 < sentenceEnd
            && "NUM".equals(facts.tag(p + 1));
    if (!approximate && !speakers.inNounPhrase(p)) {
      return false;
    }
    int q = approximate ? p + 1 : p;
    boolean nominal = false;
    while (q < sentenceEnd && q - p < 30) {
      if (speakers.inNounPhrase(q) || participleInNounPhrase(q, sentenceEnd)) {
        nominal |= facts.isNominal(q) && !"DET".equals(facts.tag(q));
        q++;
      } else if (q + 1 < sentenceEnd
          && (PREPOSITIONS_IN_SUBJECTS.contains(facts.lower(q)) || facts.lower(q).equals("and"))
          && (speakers.inNounPhrase(q + 1) || participleInNounPhrase(q + 1, sentenceEnd))
          && !"PRON".equals(facts.tag(q + 1))) {
        q++;
      } else {
        break;
      }
    }
    return nominal && finiteAfterAdverbs(q, sentenceEnd);
  }

  private boolean participleInNounPhrase(int t, int sentenceEnd) {
    if ("ADV".equals(facts.tag(t))
        && t + 2 < sentenceEnd
        && ("ADJ".equals(facts.tag(t + 1)) || "VERB".equals(facts.tag(t + 1)))
        && facts.isNominal(t + 2)) {
      return true; // "from federally licensed gun dealers"
    }
    if (!"VERB".equals(facts.tag(t)) || t == 0 || t + 1 >= sentenceEnd) {
      return false;
    }
    String previous = facts.tag(t - 1);
    String next = facts.tag(t + 1);
    return (previous.equals("DET") || previous.equals("ADJ"))
        && (next.equals("NOUN") || next.equals("ADJ"));
  }

  private boolean finiteAfterAdverbs(int q, int sentenceEnd) {
    while (q < sentenceEnd
        && ("ADV".equals(facts.tag(q)) || "PART".equals(facts.tag(q)))
        && !facts.quoted(q)) {
      q++;
    }
    if (q + 1 < sentenceEnd && facts.isOpeningMark(q)) {
      // "the guilty plea “is about more than...”": the predicate opens a quotation
      String tag = facts.tag(q + 1);
      return ("AUX".equals(tag) || "VERB".equals(tag))
          && !facts.lower(q + 1).endsWith("ing")
          && !Words.NON_FINITE_AUXILIARIES.contains(facts.lower(q + 1));
    }
    return q < sentenceEnd && facts.isFiniteVerb(q);
  }

  private int[] extend(int first, int sentenceEnd) {
    while (first < sentenceEnd && !facts.quoted(first) && !facts.isWord(first)) {
      first++;
    }
    return trim(first, ends.end(first, sentenceEnd));
  }

  /** Drops trailing punctuation outside quotations; null when no word outside one is left. */
  private int[] trim(int first, int end) {
    while (first < end && !facts.quoted(first) && !facts.isWord(first)) {
      first++;
    }
    int last = end - 1;
    while (last >= first && !facts.quoted(last) && !facts.isWord(last)) {
      last--;
    }
    for (int t = first; t <= last; t++) {
      if (!facts.quoted(t) && facts.isWord(t)) {
        return new int[] {first, last + 1};
      }
    }
    return null;
  }
}
