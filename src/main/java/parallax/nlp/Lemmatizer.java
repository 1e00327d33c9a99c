package parallax.nlp;

import java.util.Locale;
import opennlp.tools.lemmatizer.DefaultLemmatizerSequenceValidator;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Lemmas on demand, for the few tokens an analysis asks about (a candidate attribution verb, a
 * lexicon term marked lemma-aware), never for every token: OpenNLP's ME lemmatizer is about ten
 * times slower than tagging.
 *
 * <p>Each (lower-cased word, tag) pair is lemmatized once per JVM and remembered, so the cost per
 * call falls fast on real text, where a few words make up most tokens. A word is lemmatized alone,
 * so {@code LemmatizerME}'s beam search has one step: its answer is the model's most probable edit
 * script, which this class takes directly, without the beam's sort of all the model's scripts (most
 * of {@code LemmatizerME}'s time). {@code LemmatizerTest} compares the lemmas with {@code
 * LemmatizerME}'s; a model that does not qualify is lemmatized by {@code LemmatizerME} itself. Not
 * thread-safe (one per partition); the memory of lemmas is shared.
 */
public final class Lemmatizer {

  private static final int MAX_REMEMBERED = 50_000;

  /** The model package's entry of the maximum entropy model (the package keeps it private). */
  private static final String MAXENT_ENTRY = "lemmatizer.model";

  private static final WordMemory<String> REMEMBERED = new WordMemory<>(MAX_REMEMBERED);

  private final MaxentModel model;
  private final LemmatizerContextGenerator contexts;
  private final double[] probabilities;

  /** OpenNLP's own lemmatizer, for a model whose answer is not the first step's; else null. */
  private final LemmatizerME fallback;

  public Lemmatizer() {
    LemmatizerModel lemmas = NlpModels.lemmas();
    if (firstStepIsTheAnswer(lemmas)) {
      this.model = lemmas.getArtifact(MAXENT_ENTRY);
      this.contexts = lemmas.getFactory().getContextGenerator();
      this.probabilities = new double[model.getNumOutcomes()];
      this.fallback = null;
    } else {
      this.model = null;
      this.contexts = null;
      this.probabilities = null;
      this.fallback = new LemmatizerME(lemmas);
    }
  }

  /**
   * Whether the most probable edit script of a one-word sequence is {@code LemmatizerME}'s answer:
   * a maximum entropy model under beam search, with a validator that allows every script.
   */
  static boolean firstStepIsTheAnswer(LemmatizerModel lemmas) {
    return lemmas.getLemmatizerSequenceModel() instanceof BeamSearch
        && lemmas.getArtifact(MAXENT_ENTRY) instanceof MaxentModel
        && lemmas.getFactory().getSequenceValidator().getClass()
            == DefaultLemmatizerSequenceValidator.class;
  }

  /**
   * The lower-cased lemma of {@code word} read as part of speech {@code tag} (a UD tag such as
   * {@code VERB}); the lower-cased word itself when the model offers no lemma.
   */
  public String lemma(String word, String tag) {
    String lower = word.toLowerCase(Locale.ROOT);
    return REMEMBERED.get(lower + '\u0000' + tag, key -> lemmatize(lower, tag));
  }

  private String lemmatize(String lower, String tag) {
    String[] lemmas =
        LemmatizerME.decodeLemmas(new String[] {lower}, new String[] {script(lower, tag)});
    String lemma = lemmas.length == 1 ? lemmas[0] : null;
    return lemma == null || lemma.isEmpty() || "O".equals(lemma)
        ? lower
        : lemma.toLowerCase(Locale.ROOT);
  }

  /** The most probable edit script for {@code word} as {@code tag}; the first of equals. */
  String script(String word, String tag) {
    if (fallback != null) {
      return fallback.predictSES(new String[] {word}, new String[] {tag})[0];
    }
    String[] context =
        contexts.getContext(0, new String[] {word}, new String[] {tag}, new String[0]);
    double[] scores = model.eval(context, probabilities);
    int best = 0;
    for (int outcome = 1; outcome < scores.length; outcome++) {
      if (scores[outcome] > scores[best]) {
        best = outcome;
      }
    }
    return model.getOutcome(best);
  }
}
