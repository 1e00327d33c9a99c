package parallax.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a role ("the Kremlin spokesman", "the Russian leader", "the Ohio Republican") to a
 * person of the article: the one whose titles share the role's head and most of its modifiers, ties
 * going to the one most recently in focus; an institution the role names must be one of the
 * person's ("the FBI director" is not the White House communications director); a party member
 * without match is the politician in focus; a role nobody before fits is the person the lead names
 * next (delayed identification: "The No. 3 Republican in the House said... // Representative Liz
 * Cheney, ..."). Unknown otherwise: the caller then names a group.
 *
 * <p>Per article; not thread-safe.
 */
final class Roles {

  private final TokenFacts facts;
  private final Names names;
  private final Salience salience;

  Roles(TokenFacts facts, Names names, Salience salience) {
    this.facts = facts;
    this.names = names;
    this.salience = salience;
  }

  /** "the Kremlin spokesman": the person whose titles share the head and most modifiers. */
  Speaker resolve(Names.Phrase phrase, int first, int head, int at) {
    String headWord =
        phrase != null && !phrase.titles().isEmpty()
            ? phrase.titles().get(phrase.titles().size() - 1)
            : facts.titleForm(head);
    List<String> modifiers = new ArrayList<>();
    List<String> properModifiers = new ArrayList<>();
    for (int k = first; k < head; k++) {
      String lower = facts.titleForm(k);
      if (!PhraseWords.DROPPED_DETERMINERS.contains(lower) && facts.isWord(k)) {
        modifiers.add(lower);
        if (facts.isName(k) && !facts.isTitle(k)) {
          properModifiers.add(lower);
        }
      }
    }
    Names.Person best = null;
    long bestRank = Long.MIN_VALUE;
    for (Names.Person person : names.persons()) {
      int score =
          agrees(person, headWord, properModifiers) ? roleScore(person, headWord, modifiers) : 0;
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

  /**
   * "The FBI director" is not the White House communications director: an institution a role names
   * must be among those of the person's titles ("Kremlin spokesman Dmitry Peskov"); a role that
   * matches nobody so is a group ("FBI director"). Generic heads ("the Kremlin leader" for "Russian
   * President Vladimir Putin") are used too loosely for this test.
   */
  private static boolean agrees(Names.Person person, String head, List<String> properModifiers) {
    if (properModifiers.isEmpty()
        || PersonWords.GENERIC_HEADS.contains(head)
        || PersonWords.PARTY_MEMBERS.contains(
            head)) { // "the Ohio Republican": a state, not an office
      return true;
    }
    for (String modifier : properModifiers) {
      if (person.institutions.contains(modifier)) {
        return true;
      }
    }
    return false;
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
}
