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
  private final String method;

  private TargetSentimentClassifier(
      SentenceScorer scorer, SentimentModel model, SentimentBand band) {
    this.scorer = scorer;
    this.band = band;
    this.features = model == null ? null : new TargetFeatures(scorer, model.usesLexicon());
    this.categorizer = model == null ? null : model.categorizer();
    this.method = model == null ? "lexicon" : model.usesLexicon() ? "model+lexicon" : "model";
  }

  /** Lexicon scores with VADER's neutral band. */
  public static TargetSentimentClassifier lexicon(SentenceScorer scorer) {
    return new TargetSentimentClassifier(scorer, null, SentimentBand.VADER);
  }

  /** A trained model's scores. */
  public static TargetSentimentClassifier model(SentenceScorer scorer, SentimentModel model) {
    return new TargetSentimentClassifier(scorer, model, SentimentBand.VADER);
  }

  /** {@code lexicon}, {@code model} (words alone) or {@code model+lexicon}. */
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
      int from = text.sentenceFirstToken(target.sentence());
      double score = TargetLexiconScorer.score(target, from, valences, included);
      return new TargetSentiment(score, band.polarity(score));
    }
    return fromProbabilities(
        categorizer.probabilities(features.extract(text, target, valences, included, quoted)));
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
    if (categorizer == null) {
      double score = scorer.score(text, sentence, valences);
      return new TargetSentiment(score, band.polarity(score));
    }
    TargetSpan whole = TargetSpan.wholeSentence(sentence);
    return fromProbabilities(
        categorizer.probabilities(features.extract(text, whole, valences, ALL, NONE)));
  }

  /** The lexicon scorer both modes take word valences from. */
  public SentenceScorer sentenceScorer() {
    return scorer;
  }

  /** Sentiment of a whole text, every sentence of it, for labels given on whole texts. */
  public TargetSentiment classifyWhole(AnnotatedText text) {
    if (categorizer == null) {
      double sum = 0;
      for (int s = 0; s < text.sentenceCount(); s++) {
        sum += scorer.analyse(text, text.sentenceFirstToken(s), text.sentenceEndToken(s)).sum();
      }
      double score = SentenceScorer.normalize(sum);
      return new TargetSentiment(score, band.polarity(score));
    }
    return fromProbabilities(categorizer.probabilities(features.extractWhole(text)));
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
