package parallax.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;

/**
 * The features of OpenNLP's default POS feature descriptor ({@code pos-default-features.xml}, the
 * one the UD English model ships), the same strings in the same order as OpenNLP's generators give
 * them, with each word's strings built once per JVM.
 *
 * <p>Not thread-safe (its memory of tag features is not): one per tagger.
 *
 * <p>Building some twenty strings per token and hashing them for the model's lookup is most of the
 * tagger's time. A remembered string keeps its hash, so a word seen before costs lookups only. The
 * word's own strings come from OpenNLP's generators (suffixes, prefixes, word, word class); only
 * the descriptor's arrangement of them (a window of two words each side, sentence begin, the two
 * previous tags) is written out here. {@code OpenNlpEquivalenceTest} compares the contexts.
 *
 * <p>{@link #contexts} gives the same features already looked up in the model ({@link Context}, a
 * feature's parameters per tag): each word's once per model, each tag's once per tagger. Looking up
 * twenty strings per token in the model's map of some 33,000 features (cache misses on the table,
 * the key and its characters) took an eighth of the analysis's time.
 */
final class DefaultPosFeatures implements POSContextGenerator {

  private static final String DESCRIPTOR_ENTRY = "generator.featuregen";
  private static final String MAXENT_ENTRY = "pos.model";
  private static final byte[] DEFAULT_DESCRIPTOR =
      resource("/opennlp/tools/postag/pos-default-features.xml");

  /**
   * Words remembered at most, shared by every tagger of the JVM: about 1 KB each (fifteen strings),
   * so at most about 50 MB of an executor's heap. News repeats its most common words often enough
   * that when the memory starts over past it, they are back within a few articles.
   */
  static final int MAX_WORDS = 50_000;

  private static final WordMemory<WordStrings> WORDS = new WordMemory<>(MAX_WORDS);

  /**
   * Each word's features looked up in one model, per model (a JVM loads each model once), bounded
   * as {@link #WORDS}.
   */
  private static final Map<Map<String, Context>, WordMemory<WordContexts>> CONTEXTS =
      Collections.synchronizedMap(new IdentityHashMap<>());

  private final String outcomePrior;
  private final AdaptiveFeatureGenerator suffixes;
  private final AdaptiveFeatureGenerator prefixes;
  private final AdaptiveFeatureGenerator word;
  private final AdaptiveFeatureGenerator sentenceBegin;
  private final AdaptiveFeatureGenerator wordClass;
  private final Function<String, WordStrings> buildStrings = this::build;
  private final Map<String, String> previousTag = new HashMap<>();
  private final Map<String, String> previousTwoTags = new HashMap<>();
  private final Map<String, Context> features;
  private final WordMemory<WordContexts> wordContexts;
  private final Function<String, WordContexts> lookUpWord = this::contextsOfWord;
  private final Context outcomePriorContext;
  private final Map<String, Context[]> previousTagContext = new HashMap<>();
  private final Map<String, Context[]> previousTwoTagsContext = new HashMap<>();
  private Context[] contextBuffer = new Context[32];

  /** The strings of one word, in each place of the window. */
  private record WordStrings(
      String[] suffixes,
      String[] prefixes,
      String current,
      String previous1,
      String previous2,
      String next1,
      String next2,
      String[] classes) {}

  /**
   * The same features looked up in the model, null where the model has no such feature: the word's
   * own (suffixes, prefixes, the word) in that order, the word in each place of the window, and its
   * classes.
   */
  private record WordContexts(
      Context[] own,
      Context previous1,
      Context previous2,
      Context next1,
      Context next2,
      Context[] classes) {}

  private DefaultPosFeatures(
      List<AdaptiveFeatureGenerator> generators, Map<String, Context> features) {
    this.features = features;
    this.wordContexts = CONTEXTS.computeIfAbsent(features, f -> new WordMemory<>(MAX_WORDS));
    this.outcomePrior = only(features(generators.get(0), "x"));
    this.outcomePriorContext = features.get(outcomePrior);
    this.suffixes = generators.get(1);
    this.prefixes = generators.get(2);
    this.word = generators.get(3);
    this.sentenceBegin = generators.get(4);
    this.wordClass = generators.get(5);
  }

  /** The features of {@code model}, when its descriptor is OpenNLP's default; else null. */
  static DefaultPosFeatures of(POSModel model) {
    Object descriptor = model.getArtifact(DESCRIPTOR_ENTRY);
    if (!(descriptor instanceof byte[] bytes)
        || !Arrays.equals(bytes, DEFAULT_DESCRIPTOR)
        || !(model.getFactory().createFeatureGenerators() instanceof CachedFeatureGenerator cached)
        || !(cached.getCachedFeatureGenerator() instanceof AggregatedFeatureGenerator all)
        || !(model.getArtifact(MAXENT_ENTRY) instanceof AbstractModel maxent)
        || !(maxent.getDataStructures()[1] instanceof Map<?, ?> lookup)) {
      return null;
    }
    @SuppressWarnings("unchecked") // AbstractModel's map of features, as getDataStructures gives it
    Map<String, Context> features = (Map<String, Context>) lookup;
    return new DefaultPosFeatures(new ArrayList<>(all.getGenerators()), features);
  }

  /** OpenNLP's default descriptor, read once; empty if a release no longer ships it. */
  private static byte[] resource(String name) {
    try (InputStream in = DefaultPosFeatures.class.getResourceAsStream(name)) {
      return in == null ? new byte[0] : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP's " + name, e);
    }
  }

  /** The features for tagging {@code tokens[index]}, given the tags before it. */
  @Override
  public String[] getContext(int index, String[] tokens, String[] tags, Object[] unused) {
    WordStrings current = strings(tokens[index]);
    List<String> features = new ArrayList<>(32);
    features.add(outcomePrior);
    Collections.addAll(features, current.suffixes());
    Collections.addAll(features, current.prefixes());
    // WindowFeatureGenerator: the word itself, then the previous words, then the next ones.
    features.add(current.current());
    if (index >= 1) {
      features.add(strings(tokens[index - 1]).previous1());
      if (index >= 2) {
        features.add(strings(tokens[index - 2]).previous2());
      }
    }
    if (index + 1 < tokens.length) {
      features.add(strings(tokens[index + 1]).next1());
      if (index + 2 < tokens.length) {
        features.add(strings(tokens[index + 2]).next2());
      }
    }
    if (index <= 2) {
      // Sentence begin, in the same window: only the first three words have any.
      sentenceBegin.createFeatures(features, tokens, index, tags);
    }
    Collections.addAll(features, current.classes());
    // PosTaggerFeatureGenerator: the previous tag, and the two previous tags.
    if (index >= 1) {
      String tag = tags[index - 1];
      features.add(previousTag.computeIfAbsent(tag, t -> "t=" + t));
      if (index >= 2) {
        String two = tags[index - 2] + "," + tag;
        features.add(previousTwoTags.computeIfAbsent(two, t -> "t2=" + t));
      }
    }
    return features.toArray(new String[0]);
  }

  /** One sentence's words, each looked up once ({@link #lookUp(String[])}). */
  static final class Sentence {
    private final String[] tokens;
    private final WordContexts[] words;

    private Sentence(String[] tokens, WordContexts[] words) {
      this.tokens = tokens;
      this.words = words;
    }
  }

  /** Looks up the features of every word of {@code tokens}, for {@link #contexts}. */
  Sentence lookUp(String[] tokens) {
    WordContexts[] words = new WordContexts[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      words[i] = wordContexts.get(tokens[i], lookUpWord);
    }
    return new Sentence(tokens, words);
  }

  /**
   * The features of {@link #getContext} looked up in the model, in the same order, null where the
   * model does not know one (the model skips those), followed by nulls: an array of this object's,
   * valid until the next call.
   */
  Context[] contexts(Sentence sentence, int index, String[] tags) {
    WordContexts[] words = sentence.words;
    WordContexts current = words[index];
    // Sentence begin, in the same window: only the first three words have any.
    List<String> begin = index <= 2 ? new ArrayList<>(2) : List.of();
    if (index <= 2) {
      sentenceBegin.createFeatures(begin, sentence.tokens, index, tags);
    }
    // The prior, the word's own, four neighbours, sentence begin, classes, two tag features.
    Context[] into =
        room(1 + current.own().length + 4 + begin.size() + current.classes().length + 2);
    int size = 0;
    into[size++] = outcomePriorContext;
    for (Context own : current.own()) {
      into[size++] = own;
    }
    if (index >= 1) {
      into[size++] = words[index - 1].previous1();
      if (index >= 2) {
        into[size++] = words[index - 2].previous2();
      }
    }
    if (index + 1 < words.length) {
      into[size++] = words[index + 1].next1();
      if (index + 2 < words.length) {
        into[size++] = words[index + 2].next2();
      }
    }
    for (String feature : begin) {
      into[size++] = features.get(feature);
    }
    for (Context wordClass : current.classes()) {
      into[size++] = wordClass;
    }
    if (index >= 1) {
      String tag = tags[index - 1];
      into[size++] =
          previousTagContext.computeIfAbsent(tag, t -> new Context[] {features.get("t=" + t)})[0];
      if (index >= 2) {
        String two = tags[index - 2] + "," + tag;
        into[size++] =
            previousTwoTagsContext
                .computeIfAbsent(two, t -> new Context[] {features.get("t2=" + t)})[0];
      }
    }
    Arrays.fill(into, size, into.length, null);
    return into;
  }

  /** The reused array of {@link #contexts}, with room for {@code size} features. */
  private Context[] room(int size) {
    if (contextBuffer.length < size) {
      contextBuffer = Arrays.copyOf(contextBuffer, Math.max(size, 2 * contextBuffer.length));
    }
    return contextBuffer;
  }

  private WordContexts contextsOfWord(String token) {
    WordStrings strings = strings(token);
    List<Context> own = new ArrayList<>(12);
    for (String feature : strings.suffixes()) {
      own.add(features.get(feature));
    }
    for (String feature : strings.prefixes()) {
      own.add(features.get(feature));
    }
    own.add(features.get(strings.current()));
    Context[] classes = new Context[strings.classes().length];
    for (int i = 0; i < classes.length; i++) {
      classes[i] = features.get(strings.classes()[i]);
    }
    return new WordContexts(
        own.toArray(new Context[0]),
        features.get(strings.previous1()),
        features.get(strings.previous2()),
        features.get(strings.next1()),
        features.get(strings.next2()),
        classes);
  }

  private WordStrings strings(String token) {
    return WORDS.get(token, buildStrings);
  }

  private WordStrings build(String token) {
    String current = only(features(word, token));
    return new WordStrings(
        features(suffixes, token),
        features(prefixes, token),
        current,
        "p1" + current,
        "p2" + current,
        "n1" + current,
        "n2" + current,
        features(wordClass, token));
  }

  /** What {@code generator} gives for {@code token} alone. */
  private static String[] features(AdaptiveFeatureGenerator generator, String token) {
    List<String> features = new ArrayList<>(8);
    generator.createFeatures(features, new String[] {token}, 0, new String[0]);
    return features.toArray(new String[0]);
  }

  private static String only(String[] features) {
    if (features.length != 1) {
      throw new IllegalStateException("expected one feature, got " + Arrays.toString(features));
    }
    return features[0];
  }
}
