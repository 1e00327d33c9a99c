package parallax.nlp;

import java.util.Arrays;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.ConfigurablePOSContextGenerator;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;

/**
 * Tags a sentence with the same tags as OpenNLP's {@code POSTaggerME} at a third of the model
 * evaluations, for models whose feature generator is cached ({@code cache="true"}, as in the UD
 * English models).
 *
 * <p>Why it is the same: such a model's feature cache is keyed on the token index alone, so at each
 * token every hypothesis of {@code POSTaggerME}'s beam gets the features the best hypothesis
 * computed first, previous tags included. Every hypothesis then sees one distribution over the
 * tags, the beam's best sequence extends its best hypothesis by the most probable valid tag at
 * every step, and the model needs evaluating once per token, not once per hypothesis. The features,
 * the model and the validator are OpenNLP's own (the features built faster by {@link
 * DefaultPosFeatures} when the model uses OpenNLP's default descriptor); only the search is
 * replaced. {@link #replaces} says whether a model qualifies; {@code FirstBestPosTaggerTest}
 * compares the tags with {@code POSTaggerME}'s over whole corpora, so a release of OpenNLP that
 * changes this is caught.
 *
 * <p>With {@link DefaultPosFeatures} and a GIS model with a uniform prior (the UD model), the model
 * is evaluated from the features it already looked up ({@link DefaultPosFeatures#contexts}) with
 * OpenNLP's own sum of the features' parameters, then exponentiated and normalised in the order
 * {@code GISModel.eval} does it: the same probabilities, bit for bit, without a lookup per feature.
 * Where one tag's sum leads every other's clearly, no rounding can change the winner, and the
 * exponentials are skipped ({@link #clearWinner}).
 *
 * <p>Not thread-safe, like {@code POSTaggerME}: one per thread.
 */
public final class FirstBestPosTagger {

  /** The model package's entry of the maximum entropy model ({@code POSModel} keeps it private). */
  private static final String MAXENT_ENTRY = "pos.model";

  /** A lead in summed parameters (log space) that no rounding of the probabilities can undo. */
  private static final double CLEAR_MARGIN = 1e-9;

  private final MaxentModel model;
  private final POSContextGenerator features;
  private final DefaultPosFeatures lookedUp;
  private final double logPrior;
  private final SequenceValidator<String> validator;
  private final String[] outcomes;
  private final double[] probabilities;

  /**
   * The tagger for {@code posModel}, when it {@linkplain #replaces replaces} the beam; else null.
   */
  public static FirstBestPosTagger of(POSModel posModel) {
    return replaces(posModel) ? new FirstBestPosTagger(posModel) : null;
  }

  private FirstBestPosTagger(POSModel posModel) {
    POSTaggerFactory factory = posModel.getFactory();
    this.model = posModel.getArtifact(MAXENT_ENTRY);
    DefaultPosFeatures defaultFeatures = DefaultPosFeatures.of(posModel);
    this.features = defaultFeatures != null ? defaultFeatures : factory.getPOSContextGenerator();
    // Without a tag dictionary the validator allows every tag.
    this.validator = factory.getTagDictionary() == null ? null : factory.getSequenceValidator();
    this.outcomes = new String[model.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = model.getOutcome(i);
    }
    this.probabilities = new double[outcomes.length];
    this.logPrior = StrictMath.log(1.0 / outcomes.length);
    this.lookedUp =
        defaultFeatures != null && model instanceof GISModel && hasUniformPrior()
            ? defaultFeatures
            : null;
  }

  /**
   * Whether the model's prior is uniform (as {@code UniformPrior} gives it), read from the model's
   * answer without features: with none, the prior alone decides.
   */
  private boolean hasUniformPrior() {
    double[] expected = new double[outcomes.length];
    Arrays.fill(expected, logPrior);
    normalise(expected);
    return Arrays.equals(expected, model.eval(new String[0]));
  }

  /**
   * Whether this tagger gives {@code POSTaggerME}'s tags (in UD format) for {@code posModel}: a
   * maximum entropy model evaluated by beam search, whose configurable feature generator caches
   * features per token, and whose tags are UD tags.
   */
  public static boolean replaces(POSModel posModel) {
    POSTaggerFactory factory = posModel.getFactory();
    return posModel.getPosSequenceModel() instanceof BeamSearch
        && posModel.getArtifact(MAXENT_ENTRY) instanceof MaxentModel
        && factory.getPOSContextGenerator() instanceof ConfigurablePOSContextGenerator
        && factory.createFeatureGenerators() instanceof CachedFeatureGenerator
        && POSTagFormatMapper.guessFormat(posModel) == POSTagFormat.UD;
  }

  /** The tags of {@code words}, one per word. */
  public String[] tag(String[] words) {
    String[] tags = new String[words.length];
    DefaultPosFeatures.Sentence sentence = lookedUp != null ? lookedUp.lookUp(words) : null;
    for (int i = 0; i < words.length; i++) {
      double[] scores;
      if (sentence != null) {
        sum(sentence, i, tags, probabilities);
        int winner = clearWinner(probabilities);
        if (winner >= 0 && valid(i, words, tags, winner)) {
          tags[i] = outcomes[winner];
          continue;
        }
        scores = normalise(probabilities);
      } else {
        scores = model.eval(features.getContext(i, words, tags, null), probabilities);
      }
      tags[i] = outcomes[mostProbableValid(i, words, tags, scores)];
    }
    return tags;
  }

  /**
   * The outcome whose summed parameters exceed every other's by more than {@link #CLEAR_MARGIN}, or
   * -1. Exponentiating and normalising keep such a lead (both round to within an ulp or two, a lead
   * of 1e-9 is millions of ulps), so it is also the most probable outcome after {@link #normalise},
   * strictly: the tag {@code GISModel.eval}'s probabilities give, without the 17 exponentials. A
   * closer race is decided on the probabilities themselves.
   */
  private static int clearWinner(double[] sums) {
    int top = 0;
    for (int outcome = 1; outcome < sums.length; outcome++) {
      if (sums[outcome] > sums[top]) {
        top = outcome;
      }
    }
    for (int outcome = 0; outcome < sums.length; outcome++) {
      if (outcome != top && !(sums[top] - sums[outcome] > CLEAR_MARGIN)) {
        return -1;
      }
    }
    return top;
  }

  private boolean valid(int index, String[] words, String[] tags, int outcome) {
    return validator == null
        || validator.validSequence(index, words, Arrays.copyOf(tags, index), outcomes[outcome]);
  }

  /** The summed parameters made probabilities, as {@code GISModel.eval} makes them. */
  private static double[] normalise(double[] sums) {
    double normal = 0.0;
    for (int outcome = 0; outcome < sums.length; outcome++) {
      sums[outcome] = StrictMath.exp(sums[outcome]);
      normal += sums[outcome];
    }
    for (int outcome = 0; outcome < sums.length; outcome++) {
      sums[outcome] /= normal;
    }
    return sums;
  }

  /**
   * Puts in {@code sums} the prior plus the parameters of the features of {@code index}, as {@code
   * GISModel.eval} sums them before normalising.
   */
  private void sum(DefaultPosFeatures.Sentence sentence, int index, String[] tags, double[] sums) {
    Arrays.fill(sums, logPrior);
    ArrayMath.sumFeatures(lookedUp.contexts(sentence, index, tags), null, sums);
  }

  /** The model's probabilities for tagging {@code words[index]} after {@code tags} (tests). */
  double[] probabilities(int index, String[] words, String[] tags) {
    double[] sums = new double[outcomes.length];
    sum(lookedUp.lookUp(words), index, tags, sums);
    return normalise(sums);
  }

  /** Whether tagging uses the looked-up features (tests). */
  boolean looksUpOnce() {
    return lookedUp != null;
  }

  /**
   * The most probable tag the tag dictionary allows; the first of equals. With none allowed (the
   * beam would end with no sequence at all) the most probable tag.
   */
  private int mostProbableValid(int index, String[] words, String[] tags, double[] scores) {
    int top = 0;
    for (int outcome = 1; outcome < scores.length; outcome++) {
      if (scores[outcome] > scores[top]) {
        top = outcome;
      }
    }
    if (validator == null) {
      return top;
    }
    String[] previous = Arrays.copyOf(tags, index);
    int best = -1;
    for (int outcome = 0; outcome < scores.length; outcome++) {
      if ((best < 0 || scores[outcome] > scores[best])
          && validator.validSequence(index, words, previous, outcomes[outcome])) {
        best = outcome;
      }
    }
    return best < 0 ? top : best;
  }
}
