package parallax.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves the short names news writing gives an organisation, a group or a document it has already
 * named in full: "the Board" after "the Board of Elections", "the oversight panel" after "the House
 * Oversight Committee", "The report" after "a newly declassified U.S. intel report", "The leaders"
 * after "Group of Seven leaders", "the AP" after "the Associated Press".
 *
 * <p>A short name matches an earlier, longer name when every word of it is in the longer one and
 * both end in the same word; when it is one word of an organisation's name ("the Board"); when both
 * are headed by a word for a deliberating body and share the rest ("oversight panel", "House
 * Oversight Committee"); or when it is the initials of the longer name ("AP"). The most recent
 * match wins: earlier speakers and subjects first, then any name the article used. A generic word
 * for a business ("the company", "the network") is the organisation last in subject position
 * ("Amazon"). Only a bounded number of earlier names is looked at.
 *
 * <p>Per article; not thread-safe.
 */
final class ShortNames {

  /** Heads of a phrase naming a deliberating or governing body, which stand for one another. */
  private static final Set<String> BODIES =
      Set.of("panel", "committee", "commission", "board", "body", "council", "subcommittee");

  /** Generic words for a business or an outlet, which stand for the one named last. */
  private static final Set<String> GENERIC_ORGANISATIONS =
      Set.of(
          "company",
          "firm",
          "corporation",
          "retailer",
          "automaker",
          "carmaker",
          "airline",
          "carrier",
          "lender",
          "insurer",
          "manufacturer",
          "startup",
          "network",
          "broadcaster",
          "newspaper",
          "publisher",
          "outlet",
          "platform",
          "chain",
          "brand",
          "conglomerate");

  private static final Set<String> SKIPPED_IN_INITIALS = Set.of("of", "and", "for", "the", "&");

  /** How many earlier names of the article are looked at. */
  private static final int LOOK_BACK = 40;

  private final Names names;
  private final Salience salience;

  ShortNames(Names names, Salience salience) {
    this.names = names;
    this.salience = salience;
  }

  /** The earlier full name {@code name} (found at token {@code at}) is short for, or null. */
  String expand(String name, int at) {
    if (GENERIC_ORGANISATIONS.contains(name)) {
      return lastOrganisation(at); // "the company" after "Amazon"
    }
    String[] words = words(name);
    boolean acronym = name.length() >= 2 && NameTokens.acronym(name);
    Speaker earlier = salience.lastOther(at, other -> matches(words, acronym, name, other.name()));
    if (earlier.known()) {
      return earlier.name();
    }
    List<Names.Phrase> phrases = names.phrasesBefore(at, LOOK_BACK);
    for (Names.Phrase phrase : phrases) {
      if (!phrase.person() && matches(words, acronym, name, phrase.name())) {
        return phrase.name();
      }
    }
    return null;
  }

  /**
   * The organisation most recently in subject position or speaking: a name that is no person and
   * nothing marks as a place (a lone name that may be a person's is let through: "Amazon").
   */
  private String lastOrganisation(int at) {
    Speaker earlier =
        salience.lastOther(
            at,
            other ->
                Character.isUpperCase(other.name().charAt(0))
                    && (other.maybePerson() || hasOrganisationWord(other.name())));
    return earlier.known() ? earlier.name() : null;
  }

  private static boolean hasOrganisationWord(String name) {
    for (String word : words(name)) {
      if (OrganisationWords.WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(String[] shortWords, boolean acronym, String name, String full) {
    if (full.length() <= name.length()) {
      return false;
    }
    if (acronym) {
      return name.equals(initials(full));
    }
    String[] fullWords = words(full);
    if (fullWords.length <= shortWords.length) {
      return false;
    }
    List<String> fullList = Arrays.asList(fullWords);
    String head = shortWords[shortWords.length - 1];
    String fullHead = fullWords[fullWords.length - 1];
    boolean rest =
        fullList.containsAll(Arrays.asList(shortWords).subList(0, shortWords.length - 1));
    if (head.equals(fullHead) && rest) {
      return true; // "report", "U.S. intel report"
    }
    if (shortWords.length == 1 && OrganisationWords.WORDS.contains(head)) {
      return fullList.contains(head); // "Board", "Board of Elections"
    }
    return BODIES.contains(head) && BODIES.contains(fullHead) && shortWords.length > 1 && rest;
  }

  private static String initials(String full) {
    StringBuilder initials = new StringBuilder();
    for (String word : full.split(" ")) {
      if (!word.isEmpty() && !SKIPPED_IN_INITIALS.contains(word.toLowerCase(Locale.ROOT))) {
        initials.append(Character.toUpperCase(word.charAt(0)));
      }
    }
    return initials.toString();
  }

  private static String[] words(String name) {
    List<String> words = new ArrayList<>();
    for (String word : name.toLowerCase(Locale.ROOT).split("[ -]")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words.toArray(new String[0]);
  }
}
