package parallax.nlp;

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
import parallax.model.AnnotatedText;

/**
 * The user's list of entities ({@code data/entities.tsv}): canonical name, {@code |}-separated
 * aliases and type, one entity a line. Finds listed names and aliases in annotated text as token
 * sequences, and looks names up.
 *
 * <p>Matching: tokens compare case-insensitively with straight apostrophes, except that a
 * capitalised word of an alias needs a capitalised token ("Trump" does not match "trump"); a
 * possessive ending ('s, ’s) of the text's last token is ignored. Immutable and thread-safe.
 */
public final class EntityList {

  private static final Set<String> TYPES =
      Set.of(EntityMention.PERSON, EntityMention.ORGANIZATION, EntityMention.PLACE);

  /** One listed entity. */
  public record Entry(String name, String type) {}

  /** A listed form found in a text: tokens {@code [firstToken, endToken)}. */
  public record Match(Entry entry, String form, int firstToken, int endToken) {}

  private record Form(String text, String[] words, boolean[] capitalised, Entry entry) {}

  private final Map<String, List<Form>> formsByFirstWord;
  private final Map<String, Entry> byName;

  private EntityList(List<Form> forms) {
    Map<String, List<Form>> byFirst = new HashMap<>();
    Map<String, Entry> names = new HashMap<>();
    for (Form form : forms) {
      byFirst.computeIfAbsent(form.words()[0], w -> new ArrayList<>()).add(form);
      names.putIfAbsent(String.join(" ", form.words()), form.entry());
    }
    byFirst.values().forEach(list -> list.sort((a, b) -> b.words().length - a.words().length));
    this.formsByFirstWord = byFirst;
    this.byName = names;
  }

  /** An empty list. */
  public static EntityList empty() {
    return new EntityList(List.of());
  }

  /** Reads the TSV at {@code file}. */
  public static EntityList load(Path file) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read entity list " + file, e);
    }
  }

  /**
   * Reads the TSV held in {@code text}; {@code where} names it in errors (a file name).
   *
   * @throws IllegalArgumentException naming {@code where} and the line of a malformed entry
   */
  public static EntityList parse(String text, String where) {
    try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
      return read(reader, where);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read entity list " + where, e);
    }
  }

  static EntityList read(BufferedReader reader, String where) throws IOException {
    List<Form> forms = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#") || line.startsWith("name\t")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 3 || fields[0].isBlank()) {
        throw new IllegalArgumentException(
            where + " line " + number + ": expected name TAB aliases TAB type, was: " + line);
      }
      String type = fields[2].strip().toLowerCase(Locale.ROOT);
      if (!TYPES.contains(type)) {
        throw new IllegalArgumentException(
            where
                + " line "
                + number
                + ": type must be person, organization or place, was: "
                + fields[2]);
      }
      Entry entry = new Entry(fields[0].strip(), type);
      forms.add(form(entry.name(), entry));
      for (String alias : fields[1].split("\\|")) {
        if (!alias.isBlank()) {
          forms.add(form(alias.strip(), entry));
        }
      }
    }
    return new EntityList(forms);
  }

  private static Form form(String text, Entry entry) {
    String[] raw = text.split("\\s+");
    String[] words = new String[raw.length];
    boolean[] capitalised = new boolean[raw.length];
    for (int i = 0; i < raw.length; i++) {
      words[i] = normalize(raw[i]);
      capitalised[i] = Character.isUpperCase(raw[i].charAt(0));
    }
    return new Form(text, words, capitalised, entry);
  }

  /** The entry whose name or alias is exactly {@code name} (case-insensitively), or null. */
  public Entry lookup(String name) {
    String[] raw = name.strip().split("\\s+");
    StringBuilder key = new StringBuilder();
    for (String word : raw) {
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(normalize(word));
    }
    return byName.get(key.toString());
  }

  /**
   * The longest listed form starting at token {@code token} and ending before token {@code end}, or
   * null.
   */
  public Match matchAt(AnnotatedText text, int token, int end) {
    String first = text.token(token);
    if (!Character.isLetter(first.charAt(0))) {
      return null;
    }
    List<Form> forms = formsByFirstWord.get(stripPossessive(normalize(first)));
    if (forms == null) {
      return null;
    }
    for (Form form : forms) {
      int length = form.words().length;
      if (token + length <= end && matches(form, text, token)) {
        return new Match(form.entry(), form.text(), token, token + length);
      }
    }
    return null;
  }

  private static boolean matches(Form form, AnnotatedText text, int token) {
    int last = form.words().length - 1;
    for (int k = 0; k <= last; k++) {
      String raw = text.token(token + k);
      String word = normalize(raw);
      if (k == last) {
        word = stripPossessive(word);
      } else if (word.endsWith("'s") && !form.words()[k].endsWith("'s")) {
        return false;
      }
      if (!word.equals(form.words()[k])
          || (form.capitalised()[k] && !Character.isUpperCase(raw.charAt(0)))) {
        return false;
      }
    }
    return true;
  }

  static String normalize(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.indexOf('’') >= 0 ? lower.replace('’', '\'') : lower;
  }

  static String stripPossessive(String word) {
    return word.length() > 2 && word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
  }
}
