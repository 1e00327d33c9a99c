package parallax.reuse;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Resolves the ways a text names an outlet ("RT.com", "Meridian", "abnnews.example", "The Kyiv
 * Ledger") to the outlet's canonical name, from each outlet's name, aliases and web domain (the
 * {@code name}, {@code aliases} and {@code domain} columns of {@code sources.csv}).
 *
 * <p>Matching ignores case, a leading "the", a scheme and "www." before a domain, a path after it,
 * and punctuation at either end. A phrase that names more than the outlet ("Meridian Wire
 * correspondents in Moscow") resolves through its longest leading words that are a known form.
 *
 * <p>Immutable and thread-safe.
 */
public final class OutletDirectory {

  /** How many leading words of a phrase are tried at most. */
  private static final int MAX_PHRASE_WORDS = 6;

  /**
   * One outlet as listed in {@code sources.csv}.
   *
   * @param name canonical name, never blank
   * @param aliases other names, file stems, domains; may be empty
   * @param domain web domain, or null
   */
  public record Outlet(String name, List<String> aliases, String domain) {
    public Outlet {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("outlet name must not be blank, was: " + name);
      }
      aliases = List.copyOf(aliases);
    }
  }

  private final Map<String, String> canonicalByForm;

  private OutletDirectory(Map<String, String> canonicalByForm) {
    this.canonicalByForm = Map.copyOf(canonicalByForm);
  }

  /** A directory of the given outlets; a form claimed by two outlets resolves to the first. */
  public static OutletDirectory of(List<Outlet> outlets) {
    Map<String, String> forms = new HashMap<>();
    for (Outlet outlet : outlets) {
      forms.putIfAbsent(normalise(outlet.name()), outlet.name());
    }
    for (Outlet outlet : outlets) {
      for (String alias : outlet.aliases()) {
        putForm(forms, alias, outlet.name());
      }
      if (outlet.domain() != null) {
        putForm(forms, outlet.domain(), outlet.name());
      }
    }
    return new OutletDirectory(forms);
  }

  /** A directory that knows only the given canonical names. */
  public static OutletDirectory ofNames(Iterable<String> names) {
    List<Outlet> outlets = new ArrayList<>();
    for (String name : names) {
      outlets.add(new Outlet(name, List.of(), null));
    }
    return of(outlets);
  }

  /** An empty directory: resolves nothing. */
  public static OutletDirectory empty() {
    return new OutletDirectory(Map.of());
  }

  private static void putForm(Map<String, String> forms, String form, String name) {
    String key = normalise(form);
    if (!key.isEmpty()) {
      forms.putIfAbsent(key, name);
    }
  }

  /**
   * Reads {@code sources.csv}: a header row naming at least {@code name}; {@code aliases} ({@code
   * |}-separated) and {@code domain} are used when present.
   *
   * @throws IllegalArgumentException naming the file and line of a row without a name, or the
   *     columns present when {@code name} is missing
   */
  public static OutletDirectory fromCsv(Path file) {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      if (!parser.getHeaderMap().containsKey("name")) {
        throw new IllegalArgumentException(
            file + ": no 'name' column; columns present: " + parser.getHeaderNames());
      }
      List<Outlet> outlets = new ArrayList<>();
      for (CSVRecord row : parser) {
        outlets.add(outlet(file, row));
      }
      return of(outlets);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read outlet list " + file, e);
    }
  }

  private static Outlet outlet(Path file, CSVRecord row) {
    String name = row.get("name").strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException(
          file + ":" + (row.getRecordNumber() + 1) + ": outlet name is blank");
    }
    List<String> aliases = new ArrayList<>();
    if (row.isMapped("aliases")) {
      for (String alias : row.get("aliases").split("\\|")) {
        if (!alias.isBlank()) {
          aliases.add(alias.strip());
        }
      }
    }
    String domain =
        row.isMapped("domain") && !row.get("domain").isBlank() ? row.get("domain") : null;
    return new Outlet(name, aliases, domain);
  }

  /**
   * The canonical name of the outlet {@code phrase} names, or null when it names none known. Tries
   * the whole phrase, then ever fewer of its leading words, then each word that looks like a web
   * domain.
   */
  public String resolve(String phrase) {
    if (phrase == null || canonicalByForm.isEmpty()) {
      return null;
    }
    String[] words = normalise(phrase).split(" ");
    for (int n = Math.min(words.length, MAX_PHRASE_WORDS); n >= 1; n--) {
      String name = canonicalByForm.get(String.join(" ", List.of(words).subList(0, n)));
      if (name != null) {
        return name;
      }
    }
    for (String word : words) {
      if (word.indexOf('.') > 0) {
        String name = canonicalByForm.get(normalise(word));
        if (name != null) {
          return name;
        }
      }
    }
    return null;
  }

  /**
   * The form names are compared in: lower case, single spaces, without a leading "the ", a URL
   * scheme, "www.", a path after a domain, or punctuation at either end.
   */
  static String normalise(String form) {
    String s = form.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    s = s.replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
    int slash = s.indexOf('/');
    if (slash > 0 && s.substring(0, slash).indexOf('.') > 0 && s.indexOf(' ') < 0) {
      s = s.substring(0, slash);
    }
    s = s.replaceAll("\\s+", " ");
    int start = 0;
    int end = s.length();
    while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1))) {
      end--;
    }
    s = s.substring(start, end);
    return s.startsWith("the ") ? s.substring(4) : s;
  }
}
