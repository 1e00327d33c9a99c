package parallax.job;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import parallax.nlp.EntityFinder;
import parallax.nlp.EntityList;
import parallax.nlp.NameWords;
import parallax.nlp.OpenNlpNameFinder;
import parallax.sentiment.SentenceScorer;
import parallax.sentiment.SentimentAnalyser;
import parallax.sentiment.SentimentLexicon;
import parallax.sentiment.SentimentMode;
import parallax.sentiment.SentimentModel;
import parallax.sentiment.SentimentModifiers;

/**
 * What the sentiment analysis reads, as plain values: the contents of its files, read once on the
 * driver ({@link SentimentResources}) and broadcast to the executors, which compile them once per
 * JVM ({@link #compiled}) and build one {@link SentimentAnalyser} per partition from that ({@link
 * #analyser}). Files are carried as text or bytes, never as paths, so executors need no access to
 * where the driver read them.
 *
 * @param modifiers the text of {@code sentiment/sentiment-modifiers.tsv}
 * @param modifiersPath where it was read, for messages
 * @param nameWords the text of {@code sentiment/name-words.tsv}
 * @param nameWordsPath where it was read
 * @param entities the text of the entity list, or null to run without one
 * @param entitiesPath where it was read, or null
 * @param nerModel the bytes of an OpenNLP name-finder model, or null
 * @param nerModelPath where it was read, or null
 * @param sentimentModel the bytes of a model from {@code train-sentiment}, or null
 * @param sentimentModelPath where it was read, or null
 * @param mode where scores come from
 * @param key a checksum of everything above: the per-JVM cache key
 */
record SentimentInputs(
    String modifiers,
    String modifiersPath,
    String nameWords,
    String nameWordsPath,
    String entities,
    String entitiesPath,
    byte[] nerModel,
    String nerModelPath,
    byte[] sentimentModel,
    String sentimentModelPath,
    SentimentMode mode,
    String key)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The compiled, thread-safe parts of the analysis, made once per JVM and key: a cache, not state
   * (the same immutable values for a key for the JVM's lifetime).
   */
  private static final ConcurrentMap<String, Compiled> COMPILED = new ConcurrentHashMap<>();

  /** The parts every partition shares: immutable and thread-safe. */
  record Compiled(
      SentenceScorer scorer,
      EntityList entities,
      NameWords nameWords,
      TokenNameFinderModel nerModel,
      SentimentModel sentimentModel) {}

  /**
   * The compiled parts, built on first use in this JVM.
   *
   * @throws IllegalArgumentException naming the file whose contents are malformed
   */
  Compiled compiled() {
    return COMPILED.computeIfAbsent(key, k -> compile());
  }

  /**
   * A new analyser for one partition: not thread-safe (the models' OpenNLP objects keep state); the
   * lexicon, entity list and models are shared per JVM.
   */
  SentimentAnalyser analyser() {
    Compiled parts = compiled();
    EntityFinder finder =
        new EntityFinder(
            parts.entities(),
            parts.nameWords(),
            parts.nerModel() == null ? null : new OpenNlpNameFinder(parts.nerModel()));
    return new SentimentAnalyser(mode.classifier(parts.scorer(), parts.sentimentModel()), finder);
  }

  private Compiled compile() {
    SentenceScorer scorer =
        new SentenceScorer(
            SentimentLexicon.vader(), SentimentModifiers.parse(modifiers, modifiersPath));
    EntityList list =
        entities == null ? EntityList.empty() : EntityList.parse(entities, entitiesPath);
    return new Compiled(
        scorer,
        list,
        NameWords.parse(nameWords, nameWordsPath),
        nerModel == null ? null : nameFinderModel(nerModel, nerModelPath),
        sentimentModel == null ? null : sentimentModel(sentimentModel, sentimentModelPath));
  }

  private static TokenNameFinderModel nameFinderModel(byte[] bytes, String path) {
    try {
      return new TokenNameFinderModel(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          path + " is not an OpenNLP name-finder model (" + firstLine(e) + ")", e);
    }
  }

  private static SentimentModel sentimentModel(byte[] bytes, String path) {
    DoccatModel model;
    try {
      model = new DoccatModel(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          path + " is not a sentiment model from train-sentiment (" + firstLine(e) + ")", e);
    }
    return new SentimentModel(model, path);
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return e.getClass().getSimpleName()
        + ": "
        + (newline < 0 ? message : message.substring(0, newline));
  }
}
