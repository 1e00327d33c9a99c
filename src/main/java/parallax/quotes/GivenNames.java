package parallax.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Given names that tell a person's sex, read from {@code quotes/given-names.tsv} in the lexicon
 * folder (one name a line with {@code f} or {@code m}), so that "she" is not resolved to "Jeb Bush"
 * nor "he" to "Hillary Clinton". Names borne by both sexes are left out of the file: an unknown
 * name blocks nothing.
 *
 * <p>Immutable and thread-safe: load once and share.
 */
public final class GivenNames {

  /** The file name inside the lexicon folder. */
  public static final String FILE = "quotes/given-names.tsv";

  /** Gender codes as in the file; {@link #UNKNOWN} for anything else. */
  public static final char FEMALE = 'f';

  public static final char MALE = 'm';
  public static final char UNKNOWN = '?';

  private static final GivenNames NONE = new GivenNames(Map.of());

  private final Map<String, Character> genders;

  private GivenNames(Map<String, Character> genders) {
    this.genders = Map.copyOf(genders);
  }

  /** No names: every gender unknown. */
  public static GivenNames none() {
    return NONE;
  }

  /**
   * Reads {@code lexiconDir/quotes/given-names.tsv}; {@code #} comments, blank lines and the header
   * line ({@code name\tgender}) are skipped.
   *
   * @throws IllegalArgumentException naming file and line when a line is malformed
   * @throws UncheckedIOException when the file cannot be read
   */
  public static GivenNames load(Path lexiconDir) {
    Path file = lexiconDir.resolve(FILE);
    try {
      return read(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read given names " + file, e);
    }
  }

  /**
   * Parses the lines of a given-names file.
   *
   * @param file where the lines came from, for messages
   * @throws IllegalArgumentException naming file and line when a line is malformed
   */
  public static GivenNames read(List<String> lines, String file) {
    Map<String, Character> genders = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#") || line.startsWith("name\t")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      String gender = fields.length == 2 ? fields[1].strip() : "";
      if (fields[0].isBlank() || !(gender.equals("f") || gender.equals("m"))) {
        throw new IllegalArgumentException(
            file + ":" + (i + 1) + ": expected name TAB f|m, was: " + line);
      }
      if (genders.put(fields[0].strip(), gender.charAt(0)) != null) {
        throw new IllegalArgumentException(
            file + ":" + (i + 1) + ": name '" + fields[0].strip() + "' is listed twice");
      }
    }
    return new GivenNames(genders);
  }

  /**
   * A person's sex as an article shows it: a title only one sex bears ("Mrs.", "spokesman", "wife")
   * or the given name of a full name; {@link #UNKNOWN} when nothing or both do.
   *
   * @param fullName the person's name as the article gives it in full ("Ann Romney")
   * @param titles the person's title words, lower case
   */
  char genderOf(String fullName, Collection<String> titles) {
    boolean male = false;
    boolean female = false;
    for (String title : titles) {
      male |= PersonWords.MALE_TITLES.contains(title);
      female |= PersonWords.FEMALE_TITLES.contains(title);
    }
    int space = fullName.indexOf(' ');
    if (space > 0) {
      char given = gender(fullName.substring(0, space));
      male |= given == MALE;
      female |= given == FEMALE;
    }
    return male == female ? UNKNOWN : male ? MALE : FEMALE;
  }

  /** {@link #FEMALE}, {@link #MALE} or {@link #UNKNOWN} for a given name as written. */
  public char gender(String givenName) {
    Character gender = genders.get(givenName);
    return gender == null ? UNKNOWN : gender;
  }
}
