package parallax.framing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import parallax.model.AnnotatedText;
import parallax.nlp.Lemmatizer;

/**
 * Finds lexicon terms in an annotated text in one pass over its words, with a trie keyed on whole
 * (lower-cased) words.
 *
 * <p>At each word the trie is walked as far as the following words allow; of the terms ending along
 * the way, the longest that passes its checks (part of speech, lemma) is kept, separately for each
 * category family, and the next term of that family may only start after it (leftmost-longest
 * matching). So {@code special military operation} hides {@code military operation} in the
 * conflict-naming family, while the place name {@code Kiev} inside the loaded phrase {@code Kiev
 * regime} still counts in the place-name family.
 *
 * <p>A word-level trie rather than character-level Aho-Corasick: terms must start and end on word
 * boundaries anyway, a word lookup is one hash probe, and part-of-speech and lemma checks need the
 * token a word came from, which a character automaton over the raw body does not know.
 *
 * <p>Immutable once compiled and thread-safe; the {@link Lemmatizer} passed to {@link #match} is
 * not, so each thread passes its own.
 */
final class TermMatcher {

  /** A trie node: children by next word, and the terms that end here. */
  static final class Node {
    private Map<String, Node> children;
    private final List<Output> outputs = new ArrayList<>(1);

    Node child(String key) {
      return children == null ? null : children.get(key);
    }

    void addOutput(Output output) {
      outputs.add(output);
    }

    Node childOrNew(String key) {
      if (children == null) {
        children = new HashMap<>(4);
      }
      return children.computeIfAbsent(key, k -> new Node());
    }
  }

  /**
   * A term ending at a node.
   *
   * @param head offset of the word whose part of speech the entry constrains, within the match
   * @param confirmLemma for a generated inflection, the base word the lemmatizer must agree with;
   *     null for forms written in the lexicon
   */
  record Output(LexiconEntry entry, int family, int head, String confirmLemma) {}

  private final Node root;
  private final int families;

  TermMatcher(Node root, int families) {
    this.root = root;
    this.families = families;
  }

  /** The hits in {@code text}, in order of their start within each family. */
  List<FramingHit> match(AnnotatedText text, Lemmatizer lemmatizer) {
    TermPieces pieces = TermPieces.of(text);
    int[] nextFree = new int[families];
    List<FramingHit> hits = new ArrayList<>();
    int[] endsFound = new int[8];
    Node[] nodesFound = new Node[8];
    int size = pieces.size();
    for (int i = 0; i < size; i++) {
      String key = pieces.key(i);
      Node node = key == null ? null : root.child(key);
      int found = 0;
      for (int j = i; node != null; ) {
        if (!node.outputs.isEmpty()) {
          if (found == endsFound.length) {
            endsFound = Arrays.copyOf(endsFound, found * 2);
            nodesFound = Arrays.copyOf(nodesFound, found * 2);
          }
          endsFound[found] = j;
          nodesFound[found++] = node;
        }
        j++;
        node = j < size && pieces.key(j) != null ? node.child(pieces.key(j)) : null;
      }
      for (int f = found - 1; f >= 0; f--) {
        for (Output output : nodesFound[f].outputs) {
          if (nextFree[output.family()] <= i && accepts(output, pieces, i, text, lemmatizer)) {
            LexiconEntry entry = output.entry();
            hits.add(
                new FramingHit(
                    entry.category(),
                    entry.canonical(),
                    entry.referent(),
                    entry.variantGroup(),
                    pieces.start(i),
                    pieces.end(endsFound[f])));
            nextFree[output.family()] = endsFound[f] + 1;
          }
        }
      }
    }
    return hits;
  }

  private static boolean accepts(
      Output output, TermPieces pieces, int first, AnnotatedText text, Lemmatizer lemmatizer) {
    int head = first + output.head();
    String tag = text.tag(pieces.token(head));
    LexiconEntry entry = output.entry();
    if (entry.constrainsPos() && !entry.pos().contains(firstTag(tag))) {
      return false;
    }
    if (output.confirmLemma() == null) {
      return true;
    }
    String word = pieces.key(head);
    String lemma = lemmatizer.lemma(word, tag);
    // The lemmatizer echoes words it has no lemma for ("alleging"): then the inflection stands.
    return lemma.equals(output.confirmLemma()) || lemma.equals(word);
  }

  /** {@code PRON} for a contraction's {@code PRON+AUX}. */
  private static String firstTag(String tag) {
    int plus = tag.indexOf('+');
    return plus < 0 ? tag : tag.substring(0, plus);
  }
}
