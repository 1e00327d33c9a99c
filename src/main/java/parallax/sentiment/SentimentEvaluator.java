package parallax.sentiment;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import parallax.model.AnnotatedText;
import parallax.nlp.NlpPipeline;

/**
 * Scores labelled examples target by target with a {@link TargetSentimentClassifier} and counts
 * agreement. Each distinct text is annotated once (NewsMTSC lists a sentence's targets together).
 *
 * <p>Not thread-safe (holds an NLP pipeline and a classifier).
 */
public final class SentimentEvaluator {

  private final NlpPipeline pipeline;
  private final TargetSentimentClassifier classifier;
  private final boolean wholeSentence;

  /**
   * @param wholeSentence score each target's whole sentence instead of the target (a baseline)
   */
  public SentimentEvaluator(
      NlpPipeline pipeline, TargetSentimentClassifier classifier, boolean wholeSentence) {
    this.pipeline = pipeline;
    this.classifier = classifier;
    this.wholeSentence = wholeSentence;
  }

  /**
   * Evaluates every example; {@code perTarget}, when not null, receives one tab-separated line per
   * target: gold, predicted, score, the target's text and where the example came from.
   */
  public SentimentEvaluation evaluate(List<LabelledTarget> examples, Consumer<String> perTarget) {
    SentimentEvaluation evaluation = new SentimentEvaluation();
    String lastText = null;
    AnnotatedText annotated = null;
    for (LabelledTarget example : examples) {
      if (!example.text().equals(lastText)) {
        lastText = example.text();
        annotated = pipeline.annotate(lastText);
      }
      TargetSentiment predicted;
      if (!example.hasTarget()) {
        predicted = classifier.classifyWhole(annotated);
      } else {
        TargetSpan target = SentimentTraining.locate(annotated, example);
        predicted =
            wholeSentence
                ? classifier.classifySentence(annotated, target.sentence())
                : classifier.classify(annotated, target);
      }
      evaluation.add(example.polarity(), predicted.polarity());
      if (perTarget != null) {
        String target =
            example.hasTarget() ? example.text().substring(example.from(), example.to()) : "";
        perTarget.accept(
            String.format(
                Locale.ROOT,
                "%s\t%s\t%.3f\t%s\t%s",
                example.polarity().label(),
                predicted.polarity().label(),
                predicted.score(),
                target,
                example.where()));
      }
    }
    return evaluation;
  }
}
