package parallax.framing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads lexicon files: every framing {@code *.tsv} directly inside each given directory, in
 * file-name order, merged into one list of entries. Later directories extend earlier ones.
 *
 * <p>Lexicon folders are shared by the analyses: the others keep their files in subfolders, which
 * are not read here, and a {@code *.tsv} is a framing lexicon when its header row names a {@code
 * category} or {@code canonical} column; other files are left to their own readers. A framing
 * header lacking a required column or naming an unknown one is an error, never a reason to skip the
 * file.
 *
 * <p>A file is UTF-8, tab-separated, with a header row naming its columns in any order: {@code
 * category}, {@code canonical}, {@code forms} and {@code match} are required; {@code referent},
 * {@code variant_group}, {@code pos} and {@code notes} are optional. Blank lines and lines starting
 * with {@code #} are skipped. {@code forms} and {@code pos} are {@code |}-separated; an empty
 * {@code forms} means the canonical term alone. Every error names the file and line.
 *
 * <p>Stateless and thread-safe.
 */
public final class LexiconLoader {

  static final List<String> REQUIRED = List.of("category", "canonical", "forms", "match");
  static final List<String> OPTIONAL = List.of("referent", "variant_group", "pos", "notes");

  private LexiconLoader() {}

  /**
   * Loads and merges the {@code *.tsv} files of {@code directories}.
   *
   * @throws LexiconException naming file and line for a malformed line, and naming the directory
   *     when it is missing or holds no framing {@code *.tsv} file
   */
  public static List<LexiconEntry> load(List<Path> directories) {
    List<LexiconEntry> entries = new ArrayList<>();
    for (Path directory : directories) {
      boolean found = false;
      for (Path file : tsvFiles(directory)) {
        Optional<List<LexiconEntry>> read = readFileIfFraming(file);
        read.ifPresent(entries::addAll);
        found |= read.isPresent();
      }
      if (!found) {
        throw noLexicon(directory.toString());
      }
    }
    return List.copyOf(entries);
  }

  /** The error for a folder without a framing lexicon file. */
  public static LexiconException noLexicon(String directory) {
    return new LexiconException(
        "lexicon directory "
            + directory
            + " holds no framing lexicon (*.tsv with a category and canonical header)");
  }

  private static List<Path> tsvFiles(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new LexiconException("lexicon directory " + directory + " does not exist");
    }
    try (Stream<Path> listing = Files.list(directory)) {
      return listing
          .filter(p -> p.getFileName().toString().endsWith(".tsv") && Files.isRegularFile(p))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list lexicon directory " + directory, e);
    }
  }

  /** Reads one lexicon file. */
  public static List<LexiconEntry> readFile(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon file " + file, e);
    }
  }

  private static Optional<List<LexiconEntry>> readFileIfFraming(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readIfFraming(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon file " + file, e);
    }
  }

  /**
   * Reads one lexicon file from a reader, for callers that open files themselves (the Spark job
   * reads them through Hadoop's file systems).
   *
   * @param fileName how messages and {@link LexiconEntry#location()} name the file
   * @throws LexiconException naming {@code fileName} and line for a malformed line
   */
  public static List<LexiconEntry> read(BufferedReader in, String fileName) throws IOException {
    return readIfFraming(in, fileName)
        .orElseThrow(
            () ->
                new LexiconException(
                    fileName + ": not a framing lexicon: the header names no category column"));
  }

  /**
   * Reads one file of a lexicon folder: its entries, or empty when its header names neither {@code
   * category} nor {@code canonical} (another analysis's file).
   *
   * @param fileName how messages and {@link LexiconEntry#location()} name the file
   * @throws LexiconException naming {@code fileName} and line for a malformed line
   */
  public static Optional<List<LexiconEntry>> readIfFraming(BufferedReader in, String fileName)
      throws IOException {
    List<LexiconEntry> entries = new ArrayList<>();
    Map<String, Integer> columns = null;
    int lineNumber = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String location = fileName + ":" + lineNumber;
      if (columns == null) {
        if (!isFramingHeader(line)) {
          return Optional.empty();
        }
        columns = header(line, location);
        continue;
      }
      entries.add(entry(line.split("\t", -1), columns, location));
    }
    if (columns == null) {
      throw new LexiconException(fileName + ": no header row");
    }
    return Optional.of(entries);
  }

  private static boolean isFramingHeader(String line) {
    for (String name : line.split("\t", -1)) {
      String column = name.trim().toLowerCase(Locale.ROOT);
      if (column.equals("category") || column.equals("canonical")) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Integer> header(String line, String location) {
    Map<String, Integer> columns = new HashMap<>();
    String[] names = line.split("\t", -1);
    for (int i = 0; i < names.length; i++) {
      String name = names[i].trim().toLowerCase(Locale.ROOT);
      if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
        throw new LexiconException(
            location + ": unknown column '" + names[i] + "'; known: " + REQUIRED + " " + OPTIONAL);
      }
      if (columns.put(name, i) != null) {
        throw new LexiconException(location + ": column '" + name + "' appears twice");
      }
    }
    for (String name : REQUIRED) {
      if (!columns.containsKey(name)) {
        throw new LexiconException(
            location
                + ": header lacks column '"
                + name
                + "'; found "
                + Arrays.toString(names)
                + ", required "
                + REQUIRED);
      }
    }
    return columns;
  }

  private static LexiconEntry entry(
      String[] fields, Map<String, Integer> columns, String location) {
    if (fields.length != columns.size()) {
      throw new LexiconException(
          location
              + ": expected "
              + columns.size()
              + " tab-separated fields as in the header, found "
              + fields.length);
    }
    String category = field(fields, columns, "category");
    String canonical = field(fields, columns, "canonical");
    if (category.isEmpty() || !category.matches("[A-Za-z0-9_]+(/[A-Za-z0-9_]+)*")) {
      throw new LexiconException(
          location + ": category must be words joined by '/', was '" + category + "'");
    }
    if (canonical.isEmpty()) {
      throw new LexiconException(location + ": canonical term is empty");
    }
    MatchMode match;
    try {
      match = MatchMode.parse(field(fields, columns, "match"));
    } catch (IllegalArgumentException e) {
      throw new LexiconException(location + ": " + e.getMessage());
    }
    List<String> forms = split(field(fields, columns, "forms"));
    if (forms.isEmpty()) {
      forms = List.of(canonical);
    }
    for (String form : forms) {
      checkForm(form, location);
    }
    return new LexiconEntry(
        category,
        canonical,
        forms,
        match,
        emptyToNull(field(fields, columns, "referent")),
        emptyToNull(field(fields, columns, "variant_group")),
        Set.copyOf(split(field(fields, columns, "pos").toUpperCase(Locale.ROOT))),
        field(fields, columns, "notes"),
        location);
  }

  private static void checkForm(String form, String location) {
    List<String> words;
    try {
      words = TermPieces.ofForm(form);
    } catch (LexiconException e) {
      throw new LexiconException(location + ": " + e.getMessage());
    }
    if (words.isEmpty()) {
      throw new LexiconException(location + ": form '" + form + "' holds no word");
    }
  }

  private static String field(String[] fields, Map<String, Integer> columns, String name) {
    Integer index = columns.get(name);
    return index == null ? "" : fields[index].trim();
  }

  private static List<String> split(String value) {
    Set<String> parts = new LinkedHashSet<>();
    for (String part : value.split("\\|")) {
      if (!part.isBlank()) {
        parts.add(part.trim());
      }
    }
    return List.copyOf(parts);
  }

  private static String emptyToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
