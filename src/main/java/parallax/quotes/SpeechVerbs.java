package parallax.quotes;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The verbs of saying that attribute quotes ("said", "insisted", "told"), read from {@code
 * quotes/speech-verbs.tsv} in the lexicon folder: one lemma a line with its class ({@code neutral}
 * or {@code loaded}) and whether it takes the hearer as an object ("told NBC News he...").
 *
 * <p>A word is looked up by lemma, so the file lists "say" and the analyser finds "said", "says"
 * and "saying" through {@link parallax.nlp.Lemmatizer}. To keep the lemmatizer off most tokens,
 * {@link #mayBeForm(String)} first checks the word's first two letters against those of the lemmas
 * (and of the few irregular forms that start differently, such as "told").
 *
 * <p>Immutable and thread-safe: load once and share.
 */
public final class SpeechVerbs {

  /** The file name inside the lexicon folder. */
  public static final String FILE = "quotes/speech-verbs.tsv";

  /** Irregular past forms whose first two letters differ from the lemma's. */
  private static final Map<String, List<String>> IRREGULAR =
      Map.of("tell", List.of("told"), "teach", List.of("taught"), "seek", List.of("sought"));

  /**
   * One verb of saying. Serializable, so a driver can read the file and ship the entries to
   * executors.
   *
   * @param lemma dictionary form, lower case
   * @param loaded true when the verb judges what it reports ("claimed", "insisted")
   * @param takesObject true when the hearer may stand between verb and clause ("told X that")
   */
  public record Entry(String lemma, boolean loaded, boolean takesObject) implements Serializable {

    /** {@code loaded} or {@code neutral}, as in the lexicon file. */
    public String verbClass() {
      return loaded ? "loaded" : "neutral";
    }
  }

  private final Map<String, Entry> byLemma;
  private final boolean[] prefixes = new boolean[26 * 26];
  private boolean nonAsciiPrefix;

  private SpeechVerbs(Collection<Entry> entries) {
    Map<String, Entry> map = new HashMap<>();
    for (Entry entry : entries) {
      map.put(entry.lemma(), entry);
      addPrefix(entry.lemma());
      for (String form : IRREGULAR.getOrDefault(entry.lemma(), List.of())) {
        addPrefix(form);
      }
    }
    this.byLemma = Map.copyOf(map);
  }

  /** A lexicon of the given entries (for tests and callers that build their own). */
  public static SpeechVerbs of(Collection<Entry> entries) {
    return new SpeechVerbs(entries);
  }

  /**
   * Reads {@code lexiconDir/quotes/speech-verbs.tsv} (see {@link #read}).
   *
   * @throws IllegalArgumentException naming file and line when a line is malformed
   * @throws UncheckedIOException when the file cannot be read
   */
  public static SpeechVerbs load(Path lexiconDir) {
    Path file = lexiconDir.resolve(FILE);
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the speech-verb lexicon " + file, e);
    }
    return of(read(lines, file.toString()));
  }

  /**
   * The entries of a speech-verb file's lines, for callers that open the file themselves (the Spark
   * job reads it through Hadoop's file systems). Lines starting with {@code #}, blank lines and the
   * header line ({@code lemma\tclass...}) are skipped.
   *
   * @param fileName how messages name the file
   * @throws IllegalArgumentException naming file and line when a line is malformed, a verb is
   *     listed twice or the file lists no verb
   */
  public static List<Entry> read(List<String> lines, String fileName) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("lemma\t")) {
        continue;
      }
      Entry entry = parse(line, fileName, i + 1);
      if (entries.put(entry.lemma(), entry) != null) {
        throw new IllegalArgumentException(
            fileName + ":" + (i + 1) + ": verb '" + entry.lemma() + "' is listed twice");
      }
    }
    if (entries.isEmpty()) {
      throw new IllegalArgumentException(fileName + " lists no verbs");
    }
    return List.copyOf(entries.values());
  }

  private static Entry parse(String line, String file, int lineNumber) {
    String[] fields = line.split("\t", -1);
    String where = file + ":" + lineNumber + ": ";
    if (fields.length < 2 || fields.length > 3) {
      throw new IllegalArgumentException(
          where + "expected lemma<TAB>class[<TAB>object], found: " + line);
    }
    String lemma = fields[0].strip().toLowerCase(Locale.ROOT);
    if (lemma.isEmpty() || lemma.indexOf(' ') >= 0) {
      throw new IllegalArgumentException(where + "lemma must be one word, was '" + fields[0] + "'");
    }
    String verbClass = fields[1].strip();
    if (!verbClass.equals("neutral") && !verbClass.equals("loaded")) {
      throw new IllegalArgumentException(
          where + "class must be 'neutral' or 'loaded', was '" + verbClass + "'");
    }
    String object = fields.length == 3 ? fields[2].strip() : "";
    if (!object.isEmpty() && !object.equals("yes")) {
      throw new IllegalArgumentException(
          where + "object must be 'yes' or empty, was '" + object + "'");
    }
    return new Entry(lemma, verbClass.equals("loaded"), object.equals("yes"));
  }

  /** The entry for a lemma, or null when it is not a verb of saying. */
  public Entry byLemma(String lemma) {
    return byLemma.get(lemma);
  }

  /**
   * The entry for an inflected form by regular English morphology, for forms the statistical
   * lemmatizer gets wrong ("alleged" stays "alleged", "conceded" becomes "conced"): tries the form
   * itself and the stems left by removing -s, -es, -ies, -ed, -d, -ied, -ing (with a final "e"
   * restored or a doubled consonant undone). Null when none is listed.
   */
  public Entry byRegularForm(String lower) {
    Entry entry = byLemma.get(lower);
    int n = lower.length();
    if (entry == null && lower.endsWith("ies")) {
      entry = byLemma.get(lower.substring(0, n - 3) + "y");
    }
    if (entry == null && lower.endsWith("ied")) {
      entry = byLemma.get(lower.substring(0, n - 3) + "y");
    }
    if (entry == null && lower.endsWith("es")) {
      entry = byLemma.get(lower.substring(0, n - 2));
    }
    if (entry == null && lower.endsWith("s")) {
      entry = byLemma.get(lower.substring(0, n - 1));
    }
    if (entry == null && lower.endsWith("ed")) {
      entry = stem(lower.substring(0, n - 2));
    }
    if (entry == null && lower.endsWith("ing")) {
      entry = stem(lower.substring(0, n - 3));
    }
    return entry;
  }

  /** "alleg" is "allege", "admitt" is "admit", "claim" is "claim". */
  private Entry stem(String stem) {
    Entry entry = byLemma.get(stem);
    if (entry == null) {
      entry = byLemma.get(stem + "e");
    }
    int n = stem.length();
    if (entry == null && n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
      entry = byLemma.get(stem.substring(0, n - 1));
    }
    return entry;
  }

  /** How many verbs the lexicon holds. */
  public int size() {
    return byLemma.size();
  }

  /**
   * False when {@code word} cannot be a form of any listed verb, judged by its first two letters
   * only; true means "ask the lemmatizer".
   */
  public boolean mayBeForm(String word) {
    if (word.length() < 2) {
      return false;
    }
    int index = prefixIndex(word);
    return index >= 0 ? prefixes[index] : nonAsciiPrefix;
  }

  private void addPrefix(String word) {
    if (word.length() < 2) {
      return;
    }
    int index = prefixIndex(word);
    if (index >= 0) {
      prefixes[index] = true;
    } else {
      nonAsciiPrefix = true;
    }
  }

  private static int prefixIndex(String word) {
    int a = Character.toLowerCase(word.charAt(0)) - 'a';
    int b = Character.toLowerCase(word.charAt(1)) - 'a';
    return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
  }
}
