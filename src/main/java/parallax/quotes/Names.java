package parallax.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import parallax.nlp.EntityList;
import parallax.nlp.EntityMention;

/**
 * The names and titles of one article: every run of capitalised and title words ("Kremlin spokesman
 * Dmitry Peskov", "US President-elect Donald Trump", "the Russian leader"), split into its titles
 * and its name, and the people among those names with every title seen for them.
 *
 * <p>A person is known by the fullest form of the name the article uses: "Putin" after (or before)
 * "Russian President Vladimir Putin" is "Vladimir Putin". Titles come from the words before the
 * name and from appositives ("Olena Marchenko, an analyst at...", "Brekkestad's mayor, Kari
 * Lunde,"), so that "the Kremlin spokesman" or "the analyst" can later be matched to a person.
 *
 * <p>Built per article in a few linear passes; not thread-safe.
 */
final class Names {

  /**
   * A run of title and name tokens.
   *
   * @param first first token
   * @param end one past the last token
   * @param nameFirst first token of the name part; {@code end} when the run is titles only
   * @param name the name part as written, possessive ending removed; "" for titles only
   * @param titles lower-cased title words before the name, hyphenated ones joined
   * @param possessive true when the run ends in a possessive ("Brekkestad's")
   * @param person true when the name looks like a person's
   * @param maybePerson true for a person and for a lone name nothing marks as a place or an
   *     organisation (never after "the" or "in", no organisation word)
   * @param canonical the person's fullest name, or the name itself for anything else
   * @param listedType the entity list's type for the name ({@code person}, {@code organization},
   *     {@code place}), or "" when not listed
   */
  record Phrase(
      int first,
      int end,
      int nameFirst,
      String name,
      List<String> titles,
      boolean possessive,
      boolean person,
      boolean maybePerson,
      String canonical,
      String listedType) {

    boolean hasName() {
      return nameFirst < end;
    }

    /** This phrase with what resolution found out about its name. */
    Phrase resolved(boolean isPerson, boolean isMaybePerson, String canonicalName) {
      return new Phrase(
          first,
          end,
          nameFirst,
          name,
          titles,
          possessive,
          isPerson,
          isMaybePerson,
          canonicalName,
          listedType);
    }
  }

  /**
   * A person of the article: canonical name, all titles seen (lower case), the names among them
   * ("kremlin", "fbi": the institutions the titles belong to), token positions of mentions.
   */
  static final class Person {
    final String canonical;
    final Set<String> titles = new LinkedHashSet<>();
    final Set<String> institutions = new LinkedHashSet<>();
    final List<Integer> mentions = new ArrayList<>();
    char gender = GivenNames.UNKNOWN;

    Person(String canonical) {
      this.canonical = canonical;
    }
  }

  /** Prepositions that put something inside a place, never a person ("in North Korea"). */
  private static final Set<String> INSIDE =
      Set.of("in", "into", "inside", "outside", "across", "throughout", "near");

  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "from", "near", "into", "across", "outside", "inside", "throughout");

  private final TokenFacts facts;
  private final Appositives appositives;
  private final int[] phraseOf;
  private final List<Phrase> phrases = new ArrayList<>();
  private final Map<String, Person> persons = new LinkedHashMap<>();

  Names(TokenFacts facts, EntityList entities, GivenNames givenNames) {
    this.facts = facts;
    this.appositives = new Appositives(facts);
    this.phraseOf = new int[facts.count()];
    Arrays.fill(phraseOf, -1);
    List<Phrase> shaped = new NameRuns(facts, entities, givenNames).find();
    Map<String, List<Phrase>> fullNamesBySurname = fullNamesBySurname(shaped);
    Set<String> placeLike = placeLikeNames(shaped);
    for (Phrase raw : shaped) {
      Phrase phrase = resolve(raw, fullNamesBySurname, placeLike);
      for (int t = phrase.first(); t < phrase.end(); t++) {
        phraseOf[t] = phrases.size();
      }
      phrases.add(phrase);
      if (phrase.person()) {
        Person person = persons.computeIfAbsent(phrase.canonical(), Person::new);
        person.titles.addAll(phrase.titles());
        for (int t = phrase.first(); t < phrase.nameFirst(); t++) {
          if (facts.isName(t) && !facts.isTitle(t)) {
            person.institutions.add(facts.titleForm(t)); // "kremlin" of "Kremlin spokesman"
          }
        }
        person.mentions.add(phrase.nameFirst());
      }
    }
    addAppositiveTitles();
    for (Person person : persons.values()) {
      person.gender = givenNames.genderOf(person.canonical, person.titles);
    }
  }

  /** The sex of the person named {@code canonical}; unknown for anyone else. */
  char gender(String canonical) {
    Person person = persons.get(canonical);
    return person == null ? GivenNames.UNKNOWN : person.gender;
  }

  /** The phrase covering token {@code t}, or null. */
  Phrase phraseAt(int t) {
    return t >= 0 && t < phraseOf.length && phraseOf[t] >= 0 ? phrases.get(phraseOf[t]) : null;
  }

  /** Up to {@code limit} phrases with a name ending before token {@code token}, newest first. */
  List<Names.Phrase> phrasesBefore(int token, int limit) {
    int low = 0;
    int high = phrases.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (phrases.get(mid).end() <= token) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    List<Names.Phrase> found = new ArrayList<>();
    for (int i = low - 1; i >= 0 && found.size() < limit; i--) {
      if (phrases.get(i).hasName()) {
        found.add(phrases.get(i));
      }
    }
    return found;
  }

  Collection<Person> persons() {
    return persons.values();
  }

  Person person(String canonical) {
    return persons.get(canonical);
  }

  private static Map<String, List<Phrase>> fullNamesBySurname(List<Phrase> shaped) {
    Map<String, List<Phrase>> bySurname = new HashMap<>();
    for (Phrase phrase : shaped) {
      if (phrase.person() && phrase.name().indexOf(' ') > 0) {
        bySurname.computeIfAbsent(surname(phrase.name()), k -> new ArrayList<>()).add(phrase);
      }
    }
    return bySurname;
  }

  private static String surname(String name) {
    return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
  }

  /** Lone names the article also uses after "the" or a preposition of place ("in Sochi"). */
  private Set<String> placeLikeNames(List<Phrase> shaped) {
    Set<String> placeLike = new HashSet<>();
    for (Phrase phrase : shaped) {
      if (phrase.hasName() && phrase.first() > 0) {
        String before = facts.lower(phrase.first() - 1);
        boolean lone = phrase.name().indexOf(' ') < 0;
        if ((lone
                && (before.equals("the")
                    || before.equals("#")
                    || before.equals("@")
                    || PLACE_PREPOSITIONS.contains(before)))
            || (!phrase.possessive() && phrase.titles().isEmpty() && INSIDE.contains(before))) {
          placeLike.add(phrase.name().toLowerCase(Locale.ROOT));
        }
      }
    }
    return placeLike;
  }

  /**
   * A name of several words that is not a person's: a place the article puts something in ("in
   * North Korea"), which "he" never refers to.
   */
  private Phrase withoutPlace(Phrase phrase, Set<String> placeLike) {
    boolean listedPerson = phrase.listedType().equals(EntityMention.PERSON);
    return phrase.person()
            && !listedPerson
            && phrase.titles().isEmpty()
            && placeLike.contains(phrase.name().toLowerCase(Locale.ROOT))
        ? phrase.resolved(false, false, phrase.canonical())
        : phrase;
  }

  /**
   * Gives a phrase its canonical name: a lone surname takes the full name introduced first; a lone
   * name with no full name may still be a person unless something marks it as a place or an
   * organisation (the entity list, "the" or "in" before it, an organisation word), and is one when
   * an appositive gives it a title ("Ferrer, the county's health director,", "his wife, Ann,").
   */
  private Phrase resolve(
      Phrase phrase, Map<String, List<Phrase>> fullNamesBySurname, Set<String> placeLike) {
    if (!phrase.hasName()) {
      return phrase;
    }
    if (phrase.name().indexOf(' ') > 0) {
      return withoutPlace(phrase, placeLike);
    }
    boolean listedOther = !phrase.listedType().isEmpty() && !phrase.person();
    List<Phrase> candidates = fullNamesBySurname.get(surname(phrase.name()));
    if (listedOther || candidates == null || !facts.isName(phrase.end() - 1)) {
      String lower = phrase.name().toLowerCase(Locale.ROOT);
      boolean maybePerson =
          phrase.person()
              || (!listedOther
                  && NameRuns.nameShaped(phrase.name())
                  && !placeLike.contains(lower)
                  && !OrganisationWords.WORDS.contains(lower)
                  && !Words.TIME_WORDS.contains(lower));
      boolean person =
          phrase.person()
              || (maybePerson
                  && !phrase.possessive()
                  && (isTitle(appositives.headAfter(phrase.end()))
                      || appositives.titleBefore(phrase.first())));
      return phrase.resolved(person, maybePerson, phrase.canonical());
    }
    // With several full names ("Mitt Romney", "Ann Romney"), news style gives the surname alone to
    // the person the article introduced first; the others keep a first name or a title.
    return phrase.resolved(true, true, candidates.get(0).name());
  }

  private static boolean isTitle(String word) {
    return word != null && PersonWords.TITLES.contains(word);
  }

  /**
   * Titles from "NAME, a TITLE of..." after a name and "TITLE, NAME," before it, and the party of a
   * politician from the tag after the name ("Ilhan Omar (D-Minn.)", "Michael McCaul, R-Texas,"), so
   * that "the Minnesota Democrat" finds her.
   */
  private void addAppositiveTitles() {
    for (Phrase phrase : phrases) {
      if (!phrase.person()) {
        continue;
      }
      Person person = persons.get(phrase.canonical());
      String party = appositives.partyAfter(phrase.end());
      if (party != null) {
        person.titles.add(party);
      }
      if (phrase.possessive()) {
        continue;
      }
      String after = appositives.headAfter(phrase.end());
      if (after != null) {
        person.titles.add(after);
      }
      int comma = phrase.first() - 1;
      if (comma > 0 && facts.is(comma, ",") && facts.isTitle(comma - 1)) {
        person.titles.add(facts.titleForm(comma - 1));
      }
    }
  }
}
