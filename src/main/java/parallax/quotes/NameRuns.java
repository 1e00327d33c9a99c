package parallax.quotes;

import java.util.ArrayList;
import java.util.List;
import parallax.nlp.EntityList;
import parallax.nlp.EntityMention;

/**
 * Finds the runs of capitalised and title words of one article ("Kremlin spokesman Dmitry Peskov",
 * "US President-elect Donald Trump", "the Board of Elections", "Secretary of State Antony Blinken")
 * and splits each into its titles and its name, with what the run shows about the kind of name it
 * is.
 *
 * <p>Evidence that a name is a person's: a title before it; the user's entity list calling it a
 * person; a known given name first ("Ellen Park", {@link GivenNames}); two or more name-shaped
 * words with no word of an organisation, place or event among them ("Operation Warp Speed" is
 * none). The entity list's type overrides the rest.
 *
 * <p>One linear pass; stateless apart from the article it reads.
 */
final class NameRuns {

  private final TokenFacts facts;
  private final EntityList entities;
  private final GivenNames givenNames;

  NameRuns(TokenFacts facts, EntityList entities, GivenNames givenNames) {
    this.facts = facts;
    this.entities = entities;
    this.givenNames = givenNames;
  }

  /** Every run of the article in text order, shaped into a phrase. */
  List<Names.Phrase> find() {
    List<Names.Phrase> phrases = new ArrayList<>();
    int count = facts.count();
    int t = 0;
    while (t < count) {
      if (!eligible(t)) {
        t++;
        continue;
      }
      int first = t;
      int end = t + 1;
      while (end < count) {
        if (continues(end - 1, end)) {
          end++;
        } else if (joinsOverOf(end - 1, end) || abbreviationDot(end - 1, end)) {
          end += 2;
        } else {
          break;
        }
      }
      if (facts.isGluedHyphen(end - 1)) {
        end--;
      }
      phrases.add(shape(first, end));
      t = end;
    }
    return phrases;
  }

  private boolean eligible(int t) {
    return facts.isName(t) || facts.isTitle(t) || facts.isPluralTitle(t);
  }

  private boolean continues(int previous, int t) {
    if (facts.isPossessive(previous)
        || facts.sentenceOf(previous) != facts.sentenceOf(t)
        || facts.quotationOf(previous) != facts.quotationOf(t)) {
      return false;
    }
    return eligible(t) || (facts.isGluedHyphen(t) && t + 1 < facts.count() && eligible(t + 1));
  }

  /**
   * "Rep. Jim Costa" tokenized as "Rep", ".", "Jim", "Costa" (and maybe split into two sentences):
   * the full stop of a title abbreviation belongs to the run.
   */
  private boolean abbreviationDot(int previous, int dot) {
    return dot + 1 < facts.count()
        && facts.is(dot, ".")
        && facts.text().tokenEnd(previous) == facts.text().tokenStart(dot)
        && facts.isTitle(previous)
        && Words.ABBREVIATIONS.contains(facts.titleForm(previous))
        && facts.isName(dot + 1)
        && facts.quotationOf(previous) == facts.quotationOf(dot + 1);
  }

  /**
   * "Board of Elections", "Department of Justice", "Secretary of State Antony Blinken": "of"
   * between an organisation word or a title and a capitalised word belongs to the name or the
   * office.
   */
  private boolean joinsOverOf(int previous, int of) {
    if (of + 1 >= facts.count()
        || !facts.lower(of).equals("of")
        || facts.isPossessive(previous)
        || facts.quoted(of)
        || facts.sentenceOf(previous) != facts.sentenceOf(of + 1)
        || !facts.isName(of + 1)
        || facts.quoted(of + 1)) {
      return false;
    }
    boolean organisation =
        facts.isName(previous) && OrganisationWords.WORDS.contains(facts.lowerNameForm(previous));
    return organisation || facts.isTitle(previous);
  }

  private Names.Phrase shape(int first, int end) {
    int nameFirst = first;
    for (int t = first; t < end; t++) {
      if (facts.isTitle(t) || facts.isPluralTitle(t) || (facts.is(t, ".") && t > first)) {
        nameFirst = t + 1;
      } else if (facts.lower(t).equals("of") && t > first && facts.isTitle(t - 1)) {
        nameFirst = officeEnd(t + 1, end);
        t = nameFirst - 1;
      }
    }
    while (nameFirst < end && facts.isGluedHyphen(nameFirst)) {
      nameFirst += 2; // "President-elect": the part after the hyphen belongs to the title
    }
    nameFirst = Math.min(nameFirst, end);
    if (nameFirst > first
        && nameFirst < end
        && !givenName(nameFirst)
        && hasOrganisationWord(nameFirst, end)) {
      nameFirst = first; // "Justice Department", "Republican Party": the title word is the name's
    }
    boolean possessive = facts.isPossessive(end - 1);
    String name = nameFirst < end ? nameText(nameFirst, end) : "";
    List<String> titles = titleWords(first, nameFirst);
    String listed = listedType(name);
    boolean person =
        listed.isEmpty()
            ? nameFirst < end && looksLikePerson(first, nameFirst, end)
            : listed.equals(EntityMention.PERSON);
    return new Names.Phrase(
        first, end, nameFirst, name, titles, possessive, person, person, name, listed);
  }

  /**
   * Where the office after "TITLE of" ends: the last two words of the run are the holder's name
   * ("Secretary of State Antony Blinken"), three with a middle initial; a run no longer than that
   * is all office ("the Secretary of State said").
   */
  private int officeEnd(int from, int end) {
    int nameLength = end - 2 > from && facts.token(end - 2).endsWith(".") ? 3 : 2;
    return end - from > nameLength ? end - nameLength : end;
  }

  private boolean hasOrganisationWord(int from, int end) {
    for (int t = from; t < end; t++) {
      if (OrganisationWords.WORDS.contains(facts.lowerNameForm(t))) {
        return true;
      }
    }
    return false;
  }

  /** The entity list's type for {@code name} ("" when not listed or no name). */
  private String listedType(String name) {
    if (name.isEmpty()) {
      return "";
    }
    EntityList.Entry entry = entities.lookup(name);
    return entry == null ? "" : entry.type();
  }

  private String nameText(int from, int end) {
    StringBuilder name = new StringBuilder();
    for (int t = from; t < end; t++) {
      if (t > from && !facts.isGluedHyphen(t) && !facts.isGluedHyphen(t - 1)) {
        name.append(' ');
      }
      name.append(t == end - 1 ? facts.nameForm(t) : facts.token(t));
    }
    return name.toString();
  }

  private List<String> titleWords(int from, int end) {
    List<String> words = new ArrayList<>();
    for (int t = from; t < end; t++) {
      if (facts.isGluedHyphen(t) && !words.isEmpty() && t + 1 < end) {
        int last = words.size() - 1;
        words.set(last, words.get(last) + "-" + facts.titleForm(t + 1));
        t++;
      } else if (!facts.isGluedHyphen(t) && facts.isWord(t)) {
        words.add(facts.titleForm(t));
      }
    }
    return List.copyOf(words);
  }

  /** A given name the lexicon knows ("Ellen" of "Ellen Park"), with a surname after it. */
  private boolean givenName(int t) {
    return t + 1 < facts.count()
        && facts.isName(t + 1)
        && givenNames.gender(facts.token(t)) != GivenNames.UNKNOWN;
  }

  private boolean looksLikePerson(int first, int nameFirst, int end) {
    boolean given = end - nameFirst >= 2 && givenName(nameFirst);
    int nameTokens = 0;
    for (int t = nameFirst; t < end; t++) {
      if (facts.isGluedHyphen(t)) {
        continue;
      }
      if (!facts.isName(t) || !nameShaped(facts.nameForm(t))) {
        return false;
      }
      String lower = facts.lowerNameForm(t);
      if ((OrganisationWords.WORDS.contains(lower) && !given) || Words.TIME_WORDS.contains(lower)) {
        return false; // "Operation Warp Speed", but "Ellen Park"
      }
      nameTokens++;
    }
    boolean titled = false;
    for (int t = first; t < nameFirst; t++) {
      titled |= facts.isTitle(t) && !facts.lowerNameForm(t).equals("elect");
    }
    boolean afterThe = first > 0 && facts.lower(first - 1).equals("the");
    return titled || (nameTokens >= 2 && !afterThe);
  }

  /**
   * A capital followed by at least one lower-case letter, letters, hyphens and apostrophes only.
   */
  static boolean nameShaped(String word) {
    boolean lowerSeen = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (i == 0 ? !Character.isUpperCase(c) : !(Character.isLetter(c) || c == '-' || c == '\'')) {
        return false;
      }
      lowerSeen |= Character.isLowerCase(c);
    }
    return lowerSeen;
  }
}
