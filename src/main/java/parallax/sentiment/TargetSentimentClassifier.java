package parallax.sentiment;

import java.util.function.IntPredicate;
import parallax.model.AnnotatedText;

/**
 * Sentiment toward a target, by the lexicon or by a trained model; the one place both the job and
 * {@code evaluate-sentiment} get target sentiment from, so what is evaluated is what runs.
 *
 * <ul>
 *   <li>Lexicon: the distance-weighted VADER score ({@link TargetLexiconScorer}), labelled with
 *       {@link SentimentBand#VADER}.
 *   <li>Model: a {@link SentimentModel}; the label is its most probable class and the score
 *       P(positive) - P(negative). A model trained with lexicon features is the lexicon and the
 *       model combined: it learns how far to trust each lexicon signal next to the words.
 *   <li>Combined: the model's class probabilities averaged with the lexicon's (its score s read as
 *       P(positive) = max(s, 0), P(negative) = max(-s, 0), P(neutral) = 1 - |s|), so the score is
 *       the mean of the two scores and the label the most probable class: the lexicon's reading
 *       kept as an equal voice beside the model's.
 * </ul>
 *
 * <p>Not thread-safe with a model (the OpenNLP categorizer keeps state): one per partition.
 */
public final class TargetSentimentClassifier {

  private static final IntPredicate ALL = t -> true;
  private static final IntPredicate NONE = t -> false;

  private final SentenceScorer scorer;
  private final SentimentBand band;
  private final TargetFeatures features;
  private final SentimentModel.Categorizer categorizer;
  private final boolean averaged;
  private final String method;

  private TargetSentimentClassifier(
      SentenceScorer scorer, SentimentModel model, SentimentBand band, boolean averaged) {
    this.scorer = scorer;
    this.band = band;
    this.features = model == null ? null : new TargetFeatures(scorer, model.usesLexicon());
    this.categorizer = model == null ? null : model.categorizer();
    this.averaged = averaged;
    String modelMethod = model == null ? "" : model.usesLexicon() ? "model+lexicon" : "model";
    this.method = model == null ? "lexicon" : averaged ? "combined" : modelMethod;
  }

  /** Lexicon scores with VADER's neutral band. */
  public static TargetSentimentClassifier lexicon(SentenceScorer scorer) {
    return new TargetSentimentClassifier(scorer, null, SentimentBand.VADER, false);
  }

  /** A trained model's scores. */
  public static TargetSentimentClassifier model(SentenceScorer scorer, SentimentModel model) {
    return new TargetSentimentClassifier(scorer, model, SentimentBand.VADER, false);
  }

  /** A trained model's class probabilities averaged with the lexicon's (see the class comment). */
  public static TargetSentimentClassifier combined(SentenceScorer scorer, SentimentModel model) {
    return new TargetSentimentClassifier(scorer, model, SentimentBand.VADER, true);
  }

  /**
   * {@code lexicon}, {@code model} (a model of words alone), {@code model+lexicon} (a model with
   * lexicon features) or {@code combined} (a model's score averaged with the lexicon score).
   */
  public String method() {
    return method;
  }

  /** Sentiment toward {@code target}, counting every token of its sentence. */
  public TargetSentiment classify(AnnotatedText text, TargetSpan target) {
    return classify(text, target, ALL, NONE);
  }

  /**
   * Sentiment toward {@code target}, counting only tokens {@code included} accepts (e.g. only the
   * author's words); {@code quoted} says which tokens are quoted speech.
   */
  public TargetSentiment classify(
      AnnotatedText text, TargetSpan target, IntPredicate included, IntPredicate quoted) {
    TokenValences valences = scorer.analyseSentence(text, target.sentence());
    return classify(text, target, valences, included, quoted);
  }

  /**
   * The same with the valences of the target's sentence at hand, so that a sentence naming many
   * entities is analysed once.
   */
  public TargetSentiment classify(
      AnnotatedText text,
      TargetSpan target,
      TokenValences valences,
      IntPredicate included,
      IntPredicate quoted) {
    if (categorizer == null) {
      return lexiconToward(text, target, valences, included);
    }
    double[] model =
        categorizer.probabilities(features.extract(text, target, valences, included, quoted));
    return averaged
        ? average(model, lexiconToward(text, target, valences, included).score())
        : fromProbabilities(model);
  }

  private TargetSentiment lexiconToward(
      AnnotatedText text, TargetSpan target, TokenValences valences, IntPredicate included) {
    int from = text.sentenceFirstToken(target.sentence());
    double score = TargetLexiconScorer.score(target, from, valences, included);
    return new TargetSentiment(score, band.polarity(score));
  }

  /**
   * Sentiment of sentence {@code sentence}: with the lexicon, VADER's sentence score (exclamation
   * marks included); with a model, its whole-sentence reading.
   */
  public TargetSentiment classifySentence(AnnotatedText text, int sentence) {
    return classifySentence(text, sentence, scorer.analyseSentence(text, sentence));
  }

  /** The same with the sentence's valences at hand. */
  public TargetSentiment classifySentence(
      AnnotatedText text, int sentence, TokenValences valences) {
    double lexicon = categorizer == null || averaged ? scorer.score(text, sentence, valences) : 0;
    if (categorizer == null) {
      return new TargetSentiment(lexicon, band.polarity(lexicon));
    }
    TargetSpan whole = TargetSpan.wholeSentence(sentence);
    double[] model = categorizer.probabilities(features.extract(text, whole, valences, ALL, NONE));
    return averaged ? average(model, lexicon) : fromProbabilities(model);
  }

  /** The lexicon scorer both modes take word valences from. */
  public SentenceScorer sentenceScorer() {
    return scorer;
  }

  /** Sentiment of a whole text, every sentence of it, for labels given on whole texts. */
  public TargetSentiment classifyWhole(AnnotatedText text) {
    TargetSentiment lexicon = null;
    if (categorizer == null || averaged) {
      double sum = 0;
      for (int s = 0; s < text.sentenceCount(); s++) {
        sum += scorer.analyse(text, text.sentenceFirstToken(s), text.sentenceEndToken(s)).sum();
      }
      double score = SentenceScorer.normalize(sum);
      lexicon = new TargetSentiment(score, band.polarity(score));
    }
    if (categorizer == null) {
      return lexicon;
    }
    double[] model = categorizer.probabilities(features.extractWhole(text));
    return averaged ? average(model, lexicon.score()) : fromProbabilities(model);
  }

  /**
   * The mean of the model's class probabilities and the lexicon's, reading a lexicon score s as
   * P(positive) = max(s, 0), P(negative) = max(-s, 0), P(neutral) = 1 - |s|: its score is the mean
   * of the two scores, its label the most probable class.
   */
  private static TargetSentiment average(double[] model, double lexicon) {
    double[] p = new double[model.length];
    p[Polarity.POSITIVE.ordinal()] =
        (model[Polarity.POSITIVE.ordinal()] + Math.max(lexicon, 0)) / 2;
    p[Polarity.NEGATIVE.ordinal()] =
        (model[Polarity.NEGATIVE.ordinal()] + Math.max(-lexicon, 0)) / 2;
    p[Polarity.NEUTRAL.ordinal()] = (model[Polarity.NEUTRAL.ordinal()] + 1 - Math.abs(lexicon)) / 2;
    return fromProbabilities(p);
  }

  private static TargetSentiment fromProbabilities(double[] p) {
    Polarity best = Polarity.NEUTRAL;
    for (Polarity polarity : Polarity.values()) {
      if (p[polarity.ordinal()] > p[best.ordinal()]) {
        best = polarity;
      }
    }
    double score = p[Polarity.POSITIVE.ordinal()] - p[Polarity.NEGATIVE.ordinal()];
    return new TargetSentiment(score, best);
  }
}
