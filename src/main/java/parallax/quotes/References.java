package parallax.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves a speaker phrase to a {@link Speaker}:
 *
 * <ul>
 *   <li>a name: the person's fullest name in the article ("Putin" is "Vladimir Putin"), or the
 *       organisation or place as named ("the Kremlin" is "Kremlin"); a short name or an acronym of
 *       one named before is that name ({@link ShortNames}: "the Board", "AP");
 *   <li>a pronoun: "he"/"she" is the person most recently in subject position, "it"/"they" the most
 *       recent organisation or group ({@link Salience});
 *   <li>a role ("the Kremlin spokesman", "the Russian leader", "the Texas Republican"): the person
 *       whose titles share the head and most modifiers, ties going to the one most recently in
 *       focus; a party member without match is the politician in focus, and a role nobody before
 *       fits is the person a lead names next (delayed identification);
 *   <li>anything else is a group named by its noun phrase ({@link GroupNames}: "local authorities",
 *       "critics"), or the fuller name of one named before ("The report").
 * </ul>
 *
 * <p>Per article; not thread-safe.
 */
final class References {

  /** Determiners of a phrase that refers back to something named before ("the report"). */
  private static final Set<String> DEFINITE = Set.of("the", "this", "that");

  private final TokenFacts facts;
  private final Names names;
  private final Salience salience;
  private final NounPhrases nounPhrases;
  private final ShortNames shortNames;
  private final GroupNames groupNames;

  References(TokenFacts facts, Names names, Salience salience, NounPhrases nounPhrases) {
    this.facts = facts;
    this.names = names;
    this.salience = salience;
    this.nounPhrases = nounPhrases;
    this.shortNames = new ShortNames(names, salience);
    this.groupNames = new GroupNames(facts);
  }

  /**
   * What the noun phrase {@code first..last} (inclusive) found near token {@code at} refers to: a
   * name, a pronoun, a role, a short name or a group (see the class comment).
   *
   * @param namesOnly when true, groups are not built (for bookkeeping of ordinary verbs)
   */
  Speakers.Attribution resolve(int first, int last, int at, boolean namesOnly) {
    int head = last;
    int groupEnd = -1;
    for (int k = first + 1; k <= last; k++) {
      if (k < last && nounPhrases.postmodifier(k)) {
        head = k - 1; // "people familiar with the matter", "people close to the president"
        groupEnd = last;
        break;
      }
      if (NounPhrases.SUBJECT_PREPOSITIONS.contains(facts.lower(k))
          && "ADP".equals(facts.tag(k))
          && names.phraseAt(k) == null) { // not the "of" of "Group of Seven leaders"
        if (facts.lower(k).equals("of") && k < last && nounPhrases.isQuantity(k - 1)) {
          first = k + 1; // "Fifty-nine percent of respondents", "many of the senators"
          continue;
        }
        head = k - 1; // "Hydrologist Sigrid Aas of the regional water authority"
        break;
      }
    }
    if (groupEnd < 0) {
      groupEnd = head;
    }
    if (Words.TIME_WORDS.contains(facts.lowerNameForm(head)) && !facts.isTitle(head)) {
      return Speakers.Attribution.NONE; // "..., said Friday."
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
        return new Speakers.Attribution(Speaker.other(joint), partner.nameFirst(), head + 1);
      }
      if (describedName(phrase, first)) {
        // "state TV", "Egyptian state media": the name needs its modifiers
        return new Speakers.Attribution(
            Speaker.other(groupNames.name(first, head)), first, head + 1);
      }
      Speaker speaker = new Speaker(phrase.canonical(), phrase.person(), phrase.maybePerson());
      String full = mayBeShort(phrase) ? shortNames.expand(phrase.name(), phrase.first()) : null;
      return new Speakers.Attribution(
          full == null ? speaker : Speaker.other(full), phrase.nameFirst(), head + 1);
    }
    if ("PRON".equals(facts.tag(head))) {
      return new Speakers.Attribution(pronoun(facts.lower(head), at), head, head + 1);
    }
    if (facts.isTitle(head)) {
      Speaker role = role(phrase, first, head, at);
      if (role.known() || namesOnly) {
        return new Speakers.Attribution(role, first, head + 1);
      }
    }
    boolean nominal = facts.isNominal(head) || facts.isTitle(head) || facts.isPluralTitle(head);
    if (namesOnly || "NUM".equals(facts.tag(head)) || !nominal) {
      return Speakers.Attribution.NONE;
    }
    String group = groupNames.name(first, groupEnd);
    if (group.isEmpty()) {
      return Speakers.Attribution.NONE;
    }
    String full = DEFINITE.contains(facts.lower(first)) ? shortNames.expand(group, first) : null;
    return new Speakers.Attribution(Speaker.other(full == null ? group : full), first, head + 1);
  }

  /** A one-word name of no person after lower-case modifiers of its own noun phrase. */
  private boolean describedName(Names.Phrase phrase, int first) {
    if (phrase.maybePerson() || phrase.name().indexOf(' ') >= 0 || phrase.first() <= first) {
      return false;
    }
    for (int k = first; k < phrase.first(); k++) {
      if (facts.isWord(k) && !"DET".equals(facts.tag(k)) && !facts.isName(k)) {
        return true;
      }
    }
    return false;
  }

  /** An acronym or a lone organisation word ("the Board"), which may stand for a longer name. */
  private boolean mayBeShort(Names.Phrase phrase) {
    String name = phrase.name();
    return !phrase.person()
        && name.indexOf(' ') < 0
        && (NameTokens.acronym(name)
            || OrganisationWords.WORDS.contains(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * "he" and "she": the person most recently in subject position whose sex, where the article shows
   * it, agrees; else the person named last who agrees. "it" and "they": the organisation or group
   * most recently in subject position.
   */
  Speaker pronoun(String pronoun, int at) {
    return switch (pronoun) {
      case "he", "she" -> {
        char opposite = pronoun.equals("he") ? GivenNames.FEMALE : GivenNames.MALE;
        Speaker person = salience.lastPerson(at, s -> names.gender(s.name()) != opposite);
        yield person.known() ? person : lastNamedPerson(at, opposite);
      }
      case "it", "they" -> salience.lastOther(at);
      default -> Speaker.UNKNOWN;
    };
  }

  private Speaker lastNamedPerson(int at, char opposite) {
    String best = null;
    int bestToken = -1;
    for (Names.Person person : names.persons()) {
      if (person.gender == opposite) {
        continue;
      }
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
    List<String> properModifiers = new ArrayList<>();
    for (int k = first; k < head; k++) {
      String lower = facts.titleForm(k);
      if (!Words.DROPPED_DETERMINERS.contains(lower) && facts.isWord(k)) {
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
