package parallax.sentiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import opennlp.tools.doccat.DoccatModel;
import parallax.model.AnnotatedText;
import parallax.nlp.NlpPipeline;
import parallax.sentiment.SentimentModelTrainer.Sample;
import parallax.sentiment.SentimentModelTrainer.Settings;

/**
 * Turns labelled examples into a trained sentiment model: annotates each text once with the
 * project's OpenNLP pipeline, computes {@link TargetFeatures} per target, and trains, or
 * cross-validates to choose settings on training data alone.
 *
 * <p>Cross-validation folds keep all targets of one text together (a sentence's targets share most
 * features, so splitting them would leak), assigned by the text's hash: the same data gives the
 * same folds. Not thread-safe (holds an NLP pipeline).
 */
public final class SentimentTraining {

  /** Settings tried by {@link #tune}: L2 costs x cutoffs. */
  static final double[] L2_GRID = {0.25, 1.0, 4.0};

  static final int[] CUTOFF_GRID = {1, 2};

  private final NlpPipeline pipeline;
  private final SentenceScorer scorer;
  private final SentimentModelTrainer trainer = new SentimentModelTrainer();

  public SentimentTraining(NlpPipeline pipeline, SentenceScorer scorer) {
    this.pipeline = pipeline;
    this.scorer = scorer;
  }

  /**
   * The examples plus, for every text whose targets all share one polarity, a whole-text example
   * with that polarity, so that the model learns to score sentences as well as targets (the job
   * scores every sentence). In 5-fold cross-validation on NewsMTSC's training set this raises
   * whole-sentence macro-F1 from 0.57 to 0.62 but lowers target-level macro-F1 from 0.668 to 0.661,
   * so {@code train-sentiment} adds them only when asked.
   */
  public static List<LabelledTarget> withSentenceExamples(List<LabelledTarget> examples) {
    Map<String, List<LabelledTarget>> byText = new LinkedHashMap<>();
    for (LabelledTarget example : examples) {
      if (example.hasTarget()) {
        byText.computeIfAbsent(example.text(), t -> new ArrayList<>()).add(example);
      }
    }
    List<LabelledTarget> all = new ArrayList<>(examples);
    for (List<LabelledTarget> targets : byText.values()) {
      Polarity polarity = targets.get(0).polarity();
      if (targets.stream().allMatch(t -> t.polarity() == polarity)) {
        LabelledTarget first = targets.get(0);
        all.add(
            new LabelledTarget(first.text(), -1, -1, polarity, first.where() + " (whole text)"));
      }
    }
    return all;
  }

  /** Trains on all {@code examples}. */
  public SentimentModel train(List<LabelledTarget> examples, Settings settings, boolean lexicon) {
    TargetFeatures features = new TargetFeatures(scorer, lexicon);
    DoccatModel model = trainer.train(samples(examples, features), settings, features.version());
    return new SentimentModel(model, "the model just trained");
  }

  /**
   * Macro-F1 and the rest of {@code folds}-fold cross-validation with {@code settings}. When some
   * examples have targets only those are scored (target-level, as NewsMTSC is evaluated), though
   * all train.
   */
  public SentimentEvaluation crossValidate(
      List<LabelledTarget> examples, Settings settings, boolean lexicon, int folds) {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs >= 2 folds, was: " + folds);
    }
    TargetFeatures features = new TargetFeatures(scorer, lexicon);
    List<Sample> samples = samples(examples, features);
    boolean targeted = examples.stream().anyMatch(LabelledTarget::hasTarget);
    SentimentEvaluation evaluation = new SentimentEvaluation();
    for (int fold = 0; fold < folds; fold++) {
      List<Sample> training = new ArrayList<>();
      for (int i = 0; i < samples.size(); i++) {
        if (foldOf(examples.get(i), folds) != fold) {
          training.add(samples.get(i));
        }
      }
      SentimentModel model =
          new SentimentModel(
              trainer.train(training, settings, features.version()), "fold " + fold + " model");
      SentimentModel.Categorizer categorizer = model.categorizer();
      for (int i = 0; i < samples.size(); i++) {
        if (foldOf(examples.get(i), folds) == fold && (!targeted || examples.get(i).hasTarget())) {
          double[] p = categorizer.probabilities(samples.get(i).features());
          evaluation.add(samples.get(i).polarity(), mostProbable(p));
        }
      }
    }
    return evaluation;
  }

  /**
   * The settings of {@link #L2_GRID} x {@link #CUTOFF_GRID} with the best cross-validated macro-F1;
   * {@code report} receives one line per setting tried.
   */
  public Settings tune(
      List<LabelledTarget> examples,
      boolean lexicon,
      int folds,
      int iterations,
      Consumer<String> report) {
    Settings best = null;
    double bestF1 = -1;
    for (double l2 : L2_GRID) {
      for (int cutoff : CUTOFF_GRID) {
        Settings settings = new Settings(l2, cutoff, iterations);
        double f1 = crossValidate(examples, settings, lexicon, folds).macroF1();
        report.accept(String.format(Locale.ROOT, "cv %s macro_f1=%.3f", settings, f1));
        if (f1 > bestF1) {
          bestF1 = f1;
          best = settings;
        }
      }
    }
    return best;
  }

  /** One feature sample per example, in order; each distinct text is annotated once. */
  List<Sample> samples(List<LabelledTarget> examples, TargetFeatures features) {
    Map<String, AnnotatedText> annotated = new HashMap<>();
    List<Sample> samples = new ArrayList<>(examples.size());
    for (LabelledTarget example : examples) {
      AnnotatedText text = annotated.computeIfAbsent(example.text(), pipeline::annotate);
      String[] extracted;
      if (example.hasTarget()) {
        TargetSpan target = locate(text, example);
        extracted = features.extract(text, target, t -> true, t -> false);
      } else {
        extracted = features.extractWhole(text);
      }
      samples.add(new Sample(extracted, example.polarity()));
    }
    return samples;
  }

  static TargetSpan locate(AnnotatedText text, LabelledTarget example) {
    try {
      return TargetSpan.locate(text, example.from(), example.to());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(example.where() + ": " + e.getMessage(), e);
    }
  }

  static int foldOf(LabelledTarget example, int folds) {
    return Math.floorMod(example.text().hashCode(), folds);
  }

  static Polarity mostProbable(double[] probabilities) {
    Polarity best = Polarity.NEUTRAL;
    for (Polarity polarity : Polarity.values()) {
      if (probabilities[polarity.ordinal()] > probabilities[best.ordinal()]) {
        best = polarity;
      }
    }
    return best;
  }
}
