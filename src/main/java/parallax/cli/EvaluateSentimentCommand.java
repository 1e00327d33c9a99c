package parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import parallax.nlp.NlpPipeline;
import parallax.sentiment.LabelledTarget;
import parallax.sentiment.LabelledTargetReader;
import parallax.sentiment.SentenceScorer;
import parallax.sentiment.SentimentEvaluation;
import parallax.sentiment.SentimentEvaluator;
import parallax.sentiment.SentimentMode;
import parallax.sentiment.SentimentModel;
import parallax.sentiment.TargetSentimentClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parallax evaluate-sentiment --input FILE.jsonl [--sentiment-model M]}: target-level
 * accuracy, per-class and macro F1 and the confusion matrix; the last line is {@code
 * macro_f1=0.xxx}.
 */
@Command(
    name = "evaluate-sentiment",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluates target-level sentiment against NewsMTSC JSON Lines (or a text,label CSV):"
          + " accuracy, per-class F1, confusion matrix; last line macro_f1=.",
      "Uses the lexicon unless --sentiment-model names a model from train-sentiment."
    })
public final class EvaluateSentimentCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE",
      description = "Labelled examples: .jsonl (NewsMTSC) or .csv (text,label).")
  Path input;

  @Option(
      names = "--sentiment-model",
      paramLabel = "MODEL",
      description = "A model from train-sentiment; without it the lexicon scores.")
  Path model;

  @Option(
      names = "--sentiment-mode",
      paramLabel = "MODE",
      converter = SentimentModeConverter.class,
      description =
          "lexicon, model or combined (the model's score averaged with the lexicon score);"
              + " default: model with --sentiment-model, else lexicon.")
  SentimentMode mode;

  @Option(
      names = "--lexicons",
      paramLabel = "DIR",
      defaultValue = "data/lexicons",
      description =
          "Lexicon directory holding sentiment/sentiment-modifiers.tsv (default: ${DEFAULT-VALUE}).")
  Path lexicons;

  @Option(
      names = "--whole-sentence",
      description =
          "Score the target's whole sentence instead of the target (the plain VADER baseline"
              + " without --sentiment-model).")
  boolean wholeSentence;

  @Option(
      names = "--per-target",
      description =
          "Also print one line per target: gold, predicted, score, target text, source line.")
  boolean perTarget;

  @Override
  public Integer call() {
    if (mode != null && mode.needsModel() != (model != null)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          mode.needsModel()
              ? "--sentiment-mode " + mode.label() + " needs --sentiment-model"
              : "--sentiment-mode lexicon takes no --sentiment-model");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<LabelledTarget> examples = new LabelledTargetReader().read(input);
    SentenceScorer scorer = SentenceScorer.load(lexicons);
    SentimentMode chosen = mode == null ? SentimentMode.byDefault(model != null) : mode;
    TargetSentimentClassifier classifier =
        chosen.classifier(scorer, model == null ? null : SentimentModel.load(model));
    out.printf(
        "input=%s%nmethod=%s%s%n", input, classifier.method(), wholeSentence ? " sentence" : "");
    SentimentEvaluation evaluation =
        new SentimentEvaluator(new NlpPipeline(), classifier, wholeSentence)
            .evaluate(examples, perTarget ? out::println : null);
    out.print(evaluation.format());
    out.flush();
    return 0;
  }
}
