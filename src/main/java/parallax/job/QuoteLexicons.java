package parallax.job;

import java.io.IOException;
import java.io.Serializable;
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
import parallax.nlp.EntityList;
import parallax.nlp.Lemmatizer;
import parallax.quotes.GivenNames;
import parallax.quotes.QuoteAnalyzer;
import parallax.quotes.SpeechVerbs;

/**
 * The word lists of the quote analysis, read on the driver from the {@code --lexicons} folders. The
 * verbs of saying it attributes quotes by: {@code quotes/speech-verbs.tsv} ({@link
 * SpeechVerbs#FILE}) of every folder that has one, folders in the order given. As with the framing
 * lexicons, later folders add to earlier ones; a verb that a later folder lists again replaces the
 * earlier line (its class and object), so an {@code --extra-lexicons} folder can add verbs or
 * reclassify one ({@code maintain<TAB>neutral}) without copying the list. Within one file a verb
 * listed twice is an error. At least one folder must have the file. The given names that tell "he"
 * from "she": {@code quotes/given-names.tsv} ({@link GivenNames#FILE}) of the last folder that has
 * one (none is allowed: pronouns then follow titles alone).
 *
 * <p>Files are opened through Hadoop's file systems, like the framing lexicons ({@link Lexicons}).
 * Executors get the lists by broadcast ({@link Inputs}) and compile them once per JVM.
 */
final class QuoteLexicons {

  /**
   * The merged verb entries, in reading order, the given-names file's lines (empty when no folder
   * has one) and where they came from, and the files read (for the manifest).
   */
  record Loaded(
      List<SpeechVerbs.Entry> entries,
      List<String> givenNames,
      String givenNamesFile,
      List<Lexicons.LexiconFile> files) {}

  /**
   * What executors need to build a {@link QuoteAnalyzer}: plain values, broadcast once.
   *
   * @param verbs the verb entries, already classed by the framing lexicon ({@link
   *     #classedByFraming})
   * @param givenNames the given-names file's lines, or empty
   * @param givenNamesFile where they were read, for messages
   */
  record Inputs(List<SpeechVerbs.Entry> verbs, List<String> givenNames, String givenNamesFile)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One analyser for one partition: the lemmatizer and the entity list are the partition's. */
    QuoteAnalyzer analyser(Lemmatizer lemmatizer, EntityList entities) {
      return new QuoteAnalyzer(
          SHARED_VERBS.computeIfAbsent(verbs, SpeechVerbs::of),
          SHARED_NAMES.computeIfAbsent(givenNames, lines -> GivenNames.read(lines, givenNamesFile)),
          lemmatizer,
          entities);
    }
  }

  // Caches, not state: the same compiled lists for equal contents, for the JVM's lifetime.
  private static final ConcurrentMap<List<SpeechVerbs.Entry>, SpeechVerbs> SHARED_VERBS =
      new ConcurrentHashMap<>();
  private static final ConcurrentMap<List<String>, GivenNames> SHARED_NAMES =
      new ConcurrentHashMap<>();

  private static final String ATTRIBUTION_VERB = "attribution_verb/";

  private QuoteLexicons() {}

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
    boolean noVerbFile = files.isEmpty();
    List<String> givenNames = List.of();
    String givenNamesFile = null;
    for (String folder : folders) {
      Path path = new Path(new Path(folder), GivenNames.FILE);
      if (isFile(path, conf)) {
        givenNamesFile = Lexicons.stripSlash(folder) + "/" + GivenNames.FILE;
        byte[] bytes = Lexicons.read(path, givenNamesFile, conf);
        givenNames = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        try {
          GivenNames.read(givenNames, givenNamesFile);
        } catch (IllegalArgumentException e) {
          throw new JobFailure("malformed lexicon: " + e.getMessage(), e);
        }
        files.add(
            new Lexicons.LexiconFile(
                givenNamesFile, Lexicons.sha256(bytes), false, givenNames.size()));
      }
    }
    if (noVerbFile) {
      throw new JobFailure(
          "no lexicon folder holds "
              + SpeechVerbs.FILE
              + " (the verbs of saying quotes are attributed by): "
              + String.join(", ", folders));
    }
    return new Loaded(
        List.copyOf(byLemma.values()), givenNames, givenNamesFile, List.copyOf(files));
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
