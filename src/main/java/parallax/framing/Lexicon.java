package parallax.framing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The framing lexicon, compiled for matching: every entry's forms (and, for lemma-aware entries,
 * their regular inflections) in one word trie.
 *
 * <p>Within a category family a surface form may belong to one entry only; a second entry claiming
 * it is an error naming both places. Immutable and thread-safe: load once per JVM and share between
 * partitions.
 */
public final class Lexicon {

  /** Where the project keeps its lexicons, relative to the working directory. */
  public static final Path DEFAULT_DIRECTORY = Path.of("data", "lexicons");

  // A cache, not state: the same compiled lexicon for equal entries, for the JVM's lifetime.
  private static final ConcurrentMap<List<LexiconEntry>, Lexicon> SHARED =
      new ConcurrentHashMap<>();

  private final List<LexiconEntry> entries;
  private final List<String> families;
  private final TermMatcher matcher;

  private Lexicon(List<LexiconEntry> entries, List<String> families, TermMatcher matcher) {
    this.entries = entries;
    this.families = families;
    this.matcher = matcher;
  }

  /**
   * Loads the {@code *.tsv} files of each directory and merges them (see {@link LexiconLoader}).
   *
   * @throws LexiconException naming file and line of a malformed or conflicting entry
   */
  public static Lexicon load(List<Path> directories) {
    return of(LexiconLoader.load(directories));
  }

  /**
   * The compiled lexicon for {@code entries}, compiled once per JVM: executors call this with the
   * entries the driver read (and broadcast), so every partition shares one trie.
   */
  public static Lexicon shared(List<LexiconEntry> entries) {
    return SHARED.computeIfAbsent(List.copyOf(entries), Lexicon::of);
  }

  /**
   * Compiles entries into a lexicon.
   *
   * @throws LexiconException when two entries of one family claim the same form
   */
  public static Lexicon of(List<LexiconEntry> entries) {
    Map<String, Integer> familyIndex = new LinkedHashMap<>();
    for (LexiconEntry entry : entries) {
      familyIndex.putIfAbsent(entry.family(), familyIndex.size());
    }
    TermMatcher.Node root = new TermMatcher.Node();
    Map<String, LexiconEntry> declared = new HashMap<>();
    for (LexiconEntry entry : entries) {
      int family = familyIndex.get(entry.family());
      for (String form : entry.forms()) {
        List<String> words = TermPieces.ofForm(form);
        String key = entry.family() + '\t' + String.join(" ", words);
        LexiconEntry previous = declared.putIfAbsent(key, entry);
        if (previous != null && previous != entry) {
          throw new LexiconException(
              entry.location()
                  + ": form '"
                  + form
                  + "' of '"
                  + entry.canonical()
                  + "' is already a form of '"
                  + previous.canonical()
                  + "' ("
                  + previous.location()
                  + ") in family "
                  + entry.family());
        }
        if (previous == null) {
          add(root, words, new TermMatcher.Output(entry, family, head(entry, words), null));
        }
      }
    }
    Set<String> generated = new TreeSet<>();
    for (LexiconEntry entry : entries) {
      if (entry.match() == MatchMode.LEMMA) {
        addInflections(root, entry, familyIndex.get(entry.family()), declared, generated);
      }
    }
    return new Lexicon(
        List.copyOf(entries),
        List.copyOf(familyIndex.keySet()),
        new TermMatcher(root, familyIndex.size()));
  }

  private static void addInflections(
      TermMatcher.Node root,
      LexiconEntry entry,
      int family,
      Map<String, LexiconEntry> declared,
      Set<String> generated) {
    for (String form : entry.forms()) {
      List<String> words = TermPieces.ofForm(form);
      int head = head(entry, words);
      String base = words.get(head);
      for (String inflected : Inflections.of(base)) {
        if (inflected.equals(base)) {
          continue;
        }
        List<String> variant = new ArrayList<>(words);
        variant.set(head, inflected);
        String key = entry.family() + '\t' + String.join(" ", variant);
        // Written forms win over generated ones; the first generated form wins over later ones.
        if (!declared.containsKey(key) && generated.add(key)) {
          add(root, variant, new TermMatcher.Output(entry, family, head, base));
        }
      }
    }
  }

  /** The word a lemma-aware entry inflects and a part-of-speech constraint applies to. */
  private static int head(LexiconEntry entry, List<String> words) {
    boolean verb = entry.pos().contains("VERB") || entry.pos().contains("AUX");
    return verb ? 0 : words.size() - 1;
  }

  private static void add(TermMatcher.Node root, List<String> words, TermMatcher.Output output) {
    TermMatcher.Node node = root;
    for (String word : words) {
      node = node.childOrNew(word);
    }
    node.addOutput(output);
  }

  public List<LexiconEntry> entries() {
    return entries;
  }

  /** The category families, in the order they first appear. */
  public List<String> families() {
    return families;
  }

  TermMatcher matcher() {
    return matcher;
  }
}
