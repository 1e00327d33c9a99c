package parallax.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import parallax.framing.LexiconEntry;
import parallax.quotes.SpeechVerbs;

/**
 * The verbs of saying that the quote analysis attributes quotes by, read on the driver from the
 * {@code --lexicons} folders: {@code quotes/speech-verbs.tsv} ({@link SpeechVerbs#FILE}) of every
 * folder that has one, folders in the order given. As with the framing lexicons, later folders add
 * to earlier ones; a verb that a later folder lists again replaces the earlier line (its class and
 * object), so an {@code --extra-lexicons} folder can add verbs or reclassify one ({@code
 * maintain<TAB>neutral}) without copying the list. Within one file a verb listed twice is an error.
 * At least one folder must have the file.
 *
 * <p>Files are opened through Hadoop's file systems, like the framing lexicons ({@link Lexicons}).
 * Executors get the entries by broadcast and compile them once per JVM ({@link #shared}).
 */
final class SpeechVerbLexicon {

  /** The merged entries, in reading order, and the files they came from (for the manifest). */
  record Loaded(List<SpeechVerbs.Entry> entries, List<Lexicons.LexiconFile> files) {}

  // A cache, not state: the same compiled verbs for equal entries, for the JVM's lifetime.
  private static final ConcurrentMap<List<SpeechVerbs.Entry>, SpeechVerbs> SHARED =
      new ConcurrentHashMap<>();

  private static final String ATTRIBUTION_VERB = "attribution_verb/";

  private SpeechVerbLexicon() {}

  /**
   * Reads and merges the speech-verb files of the lexicon folders.
   *
   * @throws JobFailure naming file and line for a malformed line, and naming the folders when none
   *     has the file
   */
  static Loaded load(List<String> folders, Configuration conf) {
    Map<String, SpeechVerbs.Entry> byLemma = new LinkedHashMap<>();
    List<Lexicons.LexiconFile> files = new ArrayList<>();
    for (String folder : folders) {
      Path path = new Path(new Path(folder), SpeechVerbs.FILE);
      if (!isFile(path, conf)) {
        continue;
      }
      String display = Lexicons.stripSlash(folder) + "/" + SpeechVerbs.FILE;
      byte[] bytes = Lexicons.read(path, display, conf);
      List<SpeechVerbs.Entry> entries = parse(bytes, display);
      for (SpeechVerbs.Entry entry : entries) {
        byLemma.remove(entry.lemma());
        byLemma.put(entry.lemma(), entry);
      }
      files.add(new Lexicons.LexiconFile(display, Lexicons.sha256(bytes), false, entries.size()));
    }
    if (files.isEmpty()) {
      throw new JobFailure(
          "no lexicon folder holds "
              + SpeechVerbs.FILE
              + " (the verbs of saying quotes are attributed by): "
              + String.join(", ", folders));
    }
    return new Loaded(List.copyOf(byLemma.values()), List.copyOf(files));
  }

  /**
   * The entries with the class the framing lexicon gives their verb: a verb the framing lexicons
   * list as {@code attribution_verb/neutral} or {@code attribution_verb/loaded} (by canonical term
   * or written form) takes that class, so that quotes and framing call the same verb loaded; a verb
   * they do not list keeps the class of the speech-verb file. Which verbs attribute speech, and
   * whether they take an object, stays the speech-verb file's business.
   *
   * @param framing the framing lexicon's entries ({@link Lexicons.Loaded#entries()})
   */
  static List<SpeechVerbs.Entry> classedByFraming(
      List<SpeechVerbs.Entry> entries, List<LexiconEntry> framing) {
    Map<String, Boolean> loaded = new HashMap<>();
    for (LexiconEntry entry : framing) {
      if (entry.category().startsWith(ATTRIBUTION_VERB)) {
        boolean isLoaded = entry.category().equals(ATTRIBUTION_VERB + "loaded");
        loaded.putIfAbsent(entry.canonical().toLowerCase(Locale.ROOT), isLoaded);
        entry.forms().forEach(form -> loaded.putIfAbsent(form.toLowerCase(Locale.ROOT), isLoaded));
      }
    }
    List<SpeechVerbs.Entry> classed = new ArrayList<>(entries.size());
    for (SpeechVerbs.Entry entry : entries) {
      Boolean framingClass = loaded.get(entry.lemma());
      classed.add(
          framingClass == null
              ? entry
              : new SpeechVerbs.Entry(entry.lemma(), framingClass, entry.takesObject()));
    }
    return List.copyOf(classed);
  }

  /** The compiled verbs for {@code entries}, compiled once per JVM (executors share them). */
  static SpeechVerbs shared(List<SpeechVerbs.Entry> entries) {
    return SHARED.computeIfAbsent(List.copyOf(entries), SpeechVerbs::of);
  }

  private static boolean isFile(Path path, Configuration conf) {
    try {
      FileSystem fs = path.getFileSystem(conf);
      return fs.exists(path) && fs.getFileStatus(path).isFile();
    } catch (IOException e) {
      throw new JobFailure("cannot look for lexicon file " + path + ": " + e.getMessage(), e);
    }
  }

  private static List<SpeechVerbs.Entry> parse(byte[] bytes, String display) {
    try {
      List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
      return SpeechVerbs.read(lines, display);
    } catch (IllegalArgumentException e) {
      throw new JobFailure("malformed lexicon: " + e.getMessage(), e);
    }
  }
}
