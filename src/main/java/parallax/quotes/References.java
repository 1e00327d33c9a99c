package parallax.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves what a speaker phrase refers to when it is not a name: a pronoun ("he" is the person
 * most recently in subject position, "it" the most recent organisation), a role ("the Kremlin
 * spokesman" is the person whose titles share the head and most modifiers, ties going to the one
 * most recently in focus), or a group named by its noun phrase ("the grid operator").
 *
 * <p>Per article; not thread-safe.
 */
final class References {

  private final TokenFacts facts;
  private final Names names;
  private final Salience salience;

  References(TokenFacts facts, Names names, Salience salience) {
    this.facts = facts;
    this.names = names;
    this.salience = salience;
  }

  Speaker pronoun(String pronoun, int at) {
    return switch (pronoun) {
      case "he", "she" -> {
        Speaker person = salience.lastPerson(at);
        yield person.known() ? person : lastNamedPerson(at);
      }
      case "it", "they" -> salience.lastOther(at);
      default -> Speaker.UNKNOWN;
    };
  }

  private Speaker lastNamedPerson(int at) {
    String best = null;
    int bestToken = -1;
    for (Names.Person person : names.persons()) {
      for (int mention : person.mentions) {
        if (mention < at && mention > bestToken) {
          bestToken = mention;
          best = person.canonical;
        }
      }
    }
    return best == null ? Speaker.UNKNOWN : Speaker.person(best);
  }

  /** "the Kremlin spokesman": the person whose titles share the head and most modifiers. */
  Speaker role(Names.Phrase phrase, int first, int head, int at) {
    String headWord =
        phrase != null && !phrase.titles().isEmpty()
            ? phrase.titles().get(phrase.titles().size() - 1)
            : facts.titleForm(head);
    List<String> modifiers = new ArrayList<>();
    for (int k = first; k < head; k++) {
      String lower = facts.titleForm(k);
      if (!Words.DROPPED_DETERMINERS.contains(lower) && facts.isWord(k)) {
        modifiers.add(lower);
      }
    }
    Names.Person best = null;
    long bestRank = Long.MIN_VALUE;
    for (Names.Person person : names.persons()) {
      int score = roleScore(person, headWord, modifiers);
      if (score > 0) {
        long rank = (long) score << 40 | recency(person, at);
        if (rank > bestRank) {
          bestRank = rank;
          best = person;
        }
      }
    }
    if (best != null) {
      return Speaker.person(best.canonical);
    }
    if (PersonWords.PARTY_MEMBERS.contains(headWord)) {
      Speaker focus = salience.lastPerson(at);
      if (focus.person()) {
        return focus; // "the Texas Republican": the politician in focus
      }
    }
    return namedNext(at);
  }

  /**
   * The delayed identification of a lead ("The No. 3 Republican in the House said... // U.S.
   * Representative Liz Cheney, daughter of..."): when nobody has been named before {@code at}, the
   * person who opens one of the next sentences of the same or the next paragraph; else unknown.
   */
  private Speaker namedNext(int at) {
    int sentence = facts.sentenceOf(at);
    int paragraph = facts.paragraphOf(at);
    String found = null;
    int foundAt = Integer.MAX_VALUE;
    for (Names.Person person : names.persons()) {
      for (int mention : person.mentions) {
        if (mention < at) {
          return Speaker.UNKNOWN;
        }
        if (mention < foundAt
            && facts.sentenceOf(mention) > sentence
            && facts.paragraphOf(mention) - paragraph <= 1
            && opensSentence(names.phraseAt(mention))) {
          found = person.canonical;
          foundAt = mention;
        }
      }
    }
    return found == null ? Speaker.UNKNOWN : Speaker.person(found);
  }

  private boolean opensSentence(Names.Phrase phrase) {
    for (int t = facts.sentenceFirst(phrase.first()); t < phrase.first(); t++) {
      if (facts.isWord(t)) {
        return false;
      }
    }
    return true;
  }

  private static int roleScore(Names.Person person, String head, List<String> modifiers) {
    int score;
    if (person.titles.contains(head)) {
      score = 2;
    } else if (PersonWords.GENERIC_HEADS.contains(head)
        && person.titles.stream().anyMatch(PersonWords.TOP_TITLES::contains)) {
      score = 1;
    } else {
      return 0;
    }
    for (String modifier : modifiers) {
      if (person.titles.contains(modifier)) {
        score++;
      }
    }
    return score;
  }

  /**
   * Larger for the person more recently in focus before {@code at}: last subject or speaker, else
   * last mention; a person only mentioned later (a lead that names them in the next paragraph)
   * ranks below both, nearer ones higher.
   */
  private long recency(Names.Person person, int at) {
    int event = salience.lastMention(person.canonical, at);
    if (event >= 0) {
      return (2L << 32) + event;
    }
    int before = -1;
    int after = Integer.MAX_VALUE;
    for (int mention : person.mentions) {
      if (mention < at) {
        before = Math.max(before, mention);
      } else {
        after = Math.min(after, mention);
      }
    }
    if (before >= 0) {
      return (1L << 32) + before;
    }
    return after == Integer.MAX_VALUE ? 0 : (1L << 32) - after;
  }

  /**
   * "the grid operator" is "grid operator", "Police" is "police": a group is named by its noun
   * phrase without what only counts or dates it ("many scientists" are "scientists", "a newly
   * released report" is "report").
   */
  String groupName(int first, int head) {
    int k = first;
    while (k < head) {
      String lower = facts.lower(k);
      boolean glued = facts.text().tokenEnd(k) == facts.text().tokenStart(k + 1);
      if (!facts.isWord(k)
          || Words.DROPPED_DETERMINERS.contains(lower)
          || (!facts.isName(k) && !glued && Words.DROPPED_QUANTIFIERS.contains(lower))
          || Words.NOVELTY.contains(lower)
          || ("NUM".equals(facts.tag(k)) && !facts.isName(k) && !glued)) {
        k++;
      } else if ("ADV".equals(facts.tag(k)) && !facts.isName(k)) {
        k += 2; // "newly declassified"
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
