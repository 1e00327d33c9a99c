package parallax.sentiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerEventStream;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains an OpenNLP document categorizer (maximum entropy, L-BFGS with L2 regularisation) over
 * precomputed target features. The model's manifest records the feature version and the
 * hyper-parameters, so the model file says how it was made and is never used with other features.
 *
 * <p>Stateless and thread-safe; training is deterministic for the same samples and parameters.
 */
public final class SentimentModelTrainer {

  /** Manifest key holding {@link TargetFeatures#VERSION}. */
  public static final String FEATURES_ENTRY = "parallax.sentiment.features";

  /** Manifest key holding the training settings, for the record. */
  public static final String SETTINGS_ENTRY = "parallax.sentiment.settings";

  /**
   * Training settings.
   *
   * @param l2 L2 regularisation cost (larger: smoother, fewer overfitted word weights)
   * @param cutoff features seen fewer times than this are dropped
   * @param iterations maximum L-BFGS iterations
   */
  public record Settings(double l2, int cutoff, int iterations) {

    /** The settings chosen by cross-validation on NewsMTSC's training set (see the README). */
    public static final Settings DEFAULT = new Settings(1.0, 1, 300);

    public Settings {
      if (l2 < 0 || cutoff < 0 || iterations < 1) {
        throw new IllegalArgumentException(
            "settings need l2 >= 0, cutoff >= 0, iterations >= 1, were: "
                + l2
                + ", "
                + cutoff
                + ", "
                + iterations);
      }
    }
  }

  /** One training example: features and label. */
  public record Sample(String[] features, Polarity polarity) {}

  /**
   * Trains a model on samples whose features {@link TargetFeatures} of {@code featureVersion}
   * computed; the version goes into the model's manifest.
   *
   * @throws IllegalArgumentException when {@code samples} do not hold at least two classes
   */
  public DoccatModel train(List<Sample> samples, Settings settings, String featureVersion) {
    long classes = samples.stream().map(Sample::polarity).distinct().count();
    if (classes < 2) {
      throw new IllegalArgumentException(
          "training needs examples of at least two classes, had " + classes);
    }
    List<DocumentSample> documents = new ArrayList<>(samples.size());
    for (Sample sample : samples) {
      documents.add(new DocumentSample(sample.polarity().label(), sample.features()));
    }
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    parameters.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    parameters.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    parameters.put(QNTrainer.L2COST_PARAM, settings.l2());
    parameters.put(QNTrainer.THREADS_PARAM, 1);
    // The "document" already is the feature list TargetFeatures computed (it needs tags, lexicon
    // and target position, which doccat generators never see); bag-of-words passes it through,
    // and being OpenNLP's own class it loads without registering an extension package.
    FeatureGenerator[] generators = {new BagOfWordsFeatureGenerator()};
    DoccatFactory factory = new DoccatFactory(generators);
    try {
      EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, new HashMap<>());
      MaxentModel maxent =
          trainer.train(
              new DocumentCategorizerEventStream(
                  ObjectStreamUtils.createObjectStream(documents), generators));
      Map<String, String> manifest =
          Map.of(FEATURES_ENTRY, featureVersion, SETTINGS_ENTRY, settings.toString());
      return new DoccatModel("en", maxent, manifest, factory);
    } catch (IOException e) {
      throw new UncheckedIOException("training the sentiment model failed", e);
    }
  }
}
