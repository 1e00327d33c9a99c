package parallax.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The words that help read proper-noun runs as names: titles ("President", "spokesman"),
 * capitalised words that are not names ("Thursday", "October") and words that make a name an
 * organisation ("Institute"). Read from {@code sentiment/name-words.tsv} in the lexicon directory,
 * which documents the kinds.
 *
 * <p>Immutable and thread-safe.
 */
public final class NameWords {

  /**
   * The file inside the lexicon directory: in a subfolder, since the framing stage reads every
   * {@code *.tsv} directly inside the lexicon directory as a framing lexicon.
   */
  public static final String FILE = "sentiment/name-words.tsv";

  private final Set<String> titles;
  private final Set<String> notNames;
  private final Set<String> organizationWords;

  NameWords(Set<String> titles, Set<String> notNames, Set<String> organizationWords) {
    this.titles = Set.copyOf(titles);
    this.notNames = Set.copyOf(notNames);
    this.organizationWords = Set.copyOf(organizationWords);
  }

  /** Reads {@value #FILE} from {@code lexiconDirectory}. */
  public static NameWords load(Path lexiconDirectory) {
    Path file = lexiconDirectory.resolve(FILE);
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read name words " + file, e);
    }
  }

  /**
   * Reads name words held in {@code text} (the format of {@value #FILE}); {@code where} names it in
   * errors.
   *
   * @throws IllegalArgumentException naming {@code where} and the line of a malformed entry
   */
  public static NameWords parse(String text, String where) {
    try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
      return read(reader, where);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read name words " + where, e);
    }
  }

  private static NameWords read(BufferedReader reader, String where) throws IOException {
    Set<String> titles = new HashSet<>();
    Set<String> notNames = new HashSet<>();
    Set<String> organizations = new HashSet<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#") || line.startsWith("kind\t")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length < 2 || fields[1].isBlank()) {
        throw new IllegalArgumentException(
            where + " line " + number + ": expected kind TAB word, was: " + line);
      }
      String word = key(fields[1].strip());
      switch (fields[0].strip()) {
        case "title" -> titles.add(word);
        case "not_name" -> notNames.add(word);
        case "organization" -> organizations.add(word);
        default ->
            throw new IllegalArgumentException(
                where
                    + " line "
                    + number
                    + ": kind must be title, not_name or organization, was: "
                    + fields[0]);
      }
    }
    return new NameWords(titles, notNames, organizations);
  }

  public boolean isTitle(String token) {
    return titles.contains(key(token));
  }

  public boolean isNotName(String token) {
    return notNames.contains(key(token));
  }

  public boolean isOrganizationWord(String token) {
    return organizationWords.contains(key(token));
  }

  /** Lower case without a possessive or a final full stop: "Mr." and "mr" are one word. */
  static String key(String token) {
    String lower = EntityList.stripPossessive(EntityList.normalize(token));
    return lower.length() > 1 && lower.endsWith(".")
        ? lower.substring(0, lower.length() - 1)
        : lower;
  }
}
