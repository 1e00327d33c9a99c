package parallax.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules the sentence scorer applies on top of word valences: negators, boosters (intensifiers
 * and downtoners), contrast words, fixed phrases and part-of-speech exceptions. Read from {@code
 * sentiment/sentiment-modifiers.tsv} in the lexicon directory, a file researchers may edit (its
 * header comment documents the kinds).
 *
 * <p>Immutable and thread-safe once built; build it once per JVM or partition.
 */
public final class SentimentModifiers {

  /**
   * The file inside the lexicon directory: in a subfolder, since the framing stage reads every
   * {@code *.tsv} directly inside the lexicon directory as a framing lexicon.
   */
  public static final String FILE = "sentiment/sentiment-modifiers.tsv";

  /** What a word or phrase does to the valences around it. */
  public enum Kind {
    NEGATOR,
    BOOSTER,
    CONTRAST,
    PHRASE
  }

  /**
   * One rule: a word sequence (lower case) with its kind and value.
   *
   * @param words the lower-case words of the term, at least one
   * @param kind what it does
   * @param value booster scalar, contrast weight after, or phrase valence; 0 for negators
   */
  public record Rule(List<String> words, Kind kind, float value) {}

  // Rules keyed by their first word; several rules may share one (e.g. "at least", "at the very").
  private final Map<String, List<Rule>> rulesByFirstWord;
  private final Map<String, Set<String>> neutralTags;

  SentimentModifiers(List<Rule> rules, Map<String, Set<String>> neutralTags) {
    Map<String, List<Rule>> byFirst = new HashMap<>();
    for (Rule rule : rules) {
      byFirst.computeIfAbsent(rule.words().get(0), w -> new ArrayList<>()).add(rule);
    }
    // Longest rules first, so the scorer takes the longest match ("at the very least" > "at
    // least").
    byFirst.values().forEach(list -> list.sort((a, b) -> b.words().size() - a.words().size()));
    Map<String, List<Rule>> frozen = new HashMap<>();
    byFirst.forEach((word, list) -> frozen.put(word, List.copyOf(list)));
    this.rulesByFirstWord = Map.copyOf(frozen);
    this.neutralTags = Map.copyOf(neutralTags);
  }

  /** Reads {@value #FILE} from {@code lexiconDirectory}. */
  public static SentimentModifiers load(Path lexiconDirectory) {
    Path file = lexiconDirectory.resolve(FILE);
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sentiment modifiers " + file, e);
    }
  }

  /**
   * Reads rules held in {@code text} (the format of {@value #FILE}); {@code where} names it in
   * errors.
   *
   * @throws IllegalArgumentException naming {@code where} and the line of a malformed rule
   */
  public static SentimentModifiers parse(String text, String where) {
    try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
      return read(reader, where);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sentiment modifiers " + where, e);
    }
  }

  static SentimentModifiers read(BufferedReader reader, String where) throws IOException {
    List<Rule> rules = new ArrayList<>();
    Map<String, Set<String>> neutralTags = new HashMap<>();
    String line;
    int number = 0;
    boolean header = false;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (!header) {
        header = true;
        if (fields[0].strip().equals("kind")) {
          continue;
        }
      }
      if (fields.length < 2 || fields[1].isBlank()) {
        throw new IllegalArgumentException(
            where + " line " + number + ": expected kind TAB term TAB value, was: " + line);
      }
      String kind = fields[0].strip().toLowerCase(Locale.ROOT);
      String term = fields[1].strip().toLowerCase(Locale.ROOT);
      String value = fields.length > 2 ? fields[2].strip() : "";
      if (kind.equals("pos_neutral")) {
        neutralTags.put(term, Set.of(value.split("\\|")));
      } else {
        rules.add(rule(kind, term, value, where, number));
      }
    }
    return new SentimentModifiers(rules, neutralTags);
  }

  private static Rule rule(String kind, String term, String value, String where, int number) {
    Kind parsed;
    try {
      parsed = Kind.valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where
              + " line "
              + number
              + ": kind must be negator, booster, contrast, phrase or pos_neutral, was: "
              + kind,
          e);
    }
    float number1 = 0f;
    if (parsed != Kind.NEGATOR) {
      try {
        number1 = Float.parseFloat(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            where
                + " line "
                + number
                + ": "
                + kind
                + " '"
                + term
                + "' needs a number, was: "
                + value,
            e);
      }
    }
    return new Rule(List.of(term.split("\\s+")), parsed, number1);
  }

  /** The rules whose first word is {@code lowerCaseWord}, longest first; empty when none. */
  public List<Rule> rulesStartingWith(String lowerCaseWord) {
    return rulesByFirstWord.getOrDefault(lowerCaseWord, List.of());
  }

  /**
   * True when the lexicon valence of the word does not apply under the tag ("like" as a
   * preposition, "kind" as a noun). Compound tags such as {@code AUX+PART} are matched by their
   * first part.
   */
  public boolean isNeutralAs(String lowerCaseWord, String tag) {
    Set<String> tags = neutralTags.get(lowerCaseWord);
    if (tags == null) {
      return false;
    }
    int plus = tag.indexOf('+');
    return tags.contains(plus < 0 ? tag : tag.substring(0, plus));
  }
}
