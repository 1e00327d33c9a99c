package parallax.sentiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * A trained sentiment model (an OpenNLP doccat model from {@code parallax train-sentiment}) with
 * the features it was trained on.
 *
 * <p>Models are read once per JVM and path ({@link #load(Path)}) and are thread-safe; the
 * categorizer built from one is not, so build one {@link Categorizer} per thread or partition.
 */
public final class SentimentModel {

  // A cache, not state: the same immutable model for a path for the JVM's lifetime.
  private static final ConcurrentMap<Path, SentimentModel> LOADED = new ConcurrentHashMap<>();

  private final DoccatModel model;
  private final String featureVersion;
  private final String where;

  /**
   * Wraps a model; {@code where} names it in errors.
   *
   * @throws IllegalArgumentException when the model was not trained on a feature set of this
   *     version of Parallax, or lacks one of the three classes
   */
  public SentimentModel(DoccatModel model, String where) {
    this.model = model;
    this.where = where;
    this.featureVersion = model.getManifestProperty(SentimentModelTrainer.FEATURES_ENTRY);
    if (!TargetFeatures.VERSION.equals(featureVersion)
        && !TargetFeatures.VERSION_WITHOUT_LEXICON.equals(featureVersion)) {
      throw new IllegalArgumentException(
          where
              + " is not a sentiment model of this Parallax version: its features are '"
              + featureVersion
              + "', expected '"
              + TargetFeatures.VERSION
              + "' (retrain it with parallax train-sentiment)");
    }
    DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
    for (Polarity polarity : Polarity.values()) {
      if (categorizer.getIndex(polarity.label()) < 0) {
        throw new IllegalArgumentException(
            where + " has no class '" + polarity.label() + "'; it must know all three polarities");
      }
    }
  }

  /** The model at {@code file}, read once per JVM. */
  public static SentimentModel load(Path file) {
    return LOADED.computeIfAbsent(file.toAbsolutePath().normalize(), SentimentModel::read);
  }

  private static SentimentModel read(Path file) {
    try {
      return new SentimentModel(new DoccatModel(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sentiment model " + file, e);
    }
  }

  /** The OpenNLP model, e.g. to write it to a file. */
  public DoccatModel doccatModel() {
    return model;
  }

  /** True when the model uses lexicon features as well as words ("combined"). */
  public boolean usesLexicon() {
    return TargetFeatures.VERSION.equals(featureVersion);
  }

  /** Where the model came from, for messages. */
  public String where() {
    return where;
  }

  /** A new categorizer: not thread-safe, one per thread or partition. */
  public Categorizer categorizer() {
    return new Categorizer(new DocumentCategorizerME(model));
  }

  /** Class probabilities for feature lists, in {@link Polarity} order. Not thread-safe. */
  public static final class Categorizer {
    private final DocumentCategorizerME categorizer;
    private final int[] outcomeOfClass = new int[Polarity.values().length];

    private Categorizer(DocumentCategorizerME categorizer) {
      this.categorizer = categorizer;
      for (Polarity polarity : Polarity.values()) {
        outcomeOfClass[polarity.ordinal()] = categorizer.getIndex(polarity.label());
      }
    }

    /** Probabilities of negative, neutral and positive, summing to 1. */
    public double[] probabilities(String[] features) {
      double[] outcomes = categorizer.categorize(features);
      double[] probabilities = new double[outcomeOfClass.length];
      for (int c = 0; c < probabilities.length; c++) {
        probabilities[c] = outcomes[outcomeOfClass[c]];
      }
      return probabilities;
    }
  }
}
