package parallax.nlp;

import java.util.Arrays;
import opennlp.tools.ml.BeamSearch;
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
 * <p>Not thread-safe, like {@code POSTaggerME}: one per thread.
 */
public final class FirstBestPosTagger {

  /** The model package's entry of the maximum entropy model ({@code POSModel} keeps it private). */
  private static final String MAXENT_ENTRY = "pos.model";

  private final MaxentModel model;
  private final POSContextGenerator features;
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
    for (int i = 0; i < words.length; i++) {
      String[] context = features.getContext(i, words, tags, null);
      double[] scores = model.eval(context, probabilities);
      tags[i] = outcomes[mostProbableValid(i, words, tags, scores)];
    }
    return tags;
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
