package parallax.quotes;

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
 *       {@link Roles} finds for it;
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
  private final Roles roles;

  References(TokenFacts facts, Names names, Salience salience, NounPhrases nounPhrases) {
    this.facts = facts;
    this.names = names;
    this.salience = salience;
    this.nounPhrases = nounPhrases;
    this.shortNames = new ShortNames(names, salience);
    this.groupNames = new GroupNames(facts);
    this.roles = new Roles(facts, names, salience);
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
      Speaker role = roles.resolve(phrase, first, head, at);
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
}
