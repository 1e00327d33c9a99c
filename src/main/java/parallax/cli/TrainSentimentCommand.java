package parallax.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import parallax.nlp.NlpPipeline;
import parallax.sentiment.LabelledTarget;
import parallax.sentiment.LabelledTargetReader;
import parallax.sentiment.SentenceScorer;
import parallax.sentiment.SentimentEvaluation;
import parallax.sentiment.SentimentModel;
import parallax.sentiment.SentimentModelTrainer.Settings;
import parallax.sentiment.SentimentTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parallax train-sentiment --input FILE --out MODEL}: trains the sentiment model (an OpenNLP
 * document categorizer over target features) from NewsMTSC JSON Lines or a {@code text,label} CSV.
 */
@Command(
    name = "train-sentiment",
    mixinStandardHelpOptions = true,
    description = {
      "Trains a sentiment model from labelled sentences: NewsMTSC JSON Lines (one example per"
          + " target) or a CSV with columns text,label (negative/neutral/positive).",
      "Without --l2/--cutoff it uses the settings chosen by cross-validation on NewsMTSC's"
          + " training set; --tune chooses them again by cross-validation on --input."
    })
public final class TrainSentimentCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE",
      description = "Labelled examples: .jsonl (NewsMTSC) or .csv (text,label).")
  Path input;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "MODEL",
      description = "Where to write the model.")
  Path modelFile;

  @Option(
      names = "--lexicons",
      paramLabel = "DIR",
      defaultValue = "data/lexicons",
      description =
          "Lexicon directory holding sentiment/sentiment-modifiers.tsv (default: ${DEFAULT-VALUE}).")
  Path lexicons;

  @Option(
      names = "--no-lexicon-features",
      description = "Train on words and positions alone, without lexicon features.")
  boolean noLexicon;

  @Option(
      names = "--sentence-examples",
      description =
          "Also train on a whole-sentence example for each sentence whose targets agree: better"
              + " whole-sentence scores (the job's sentiment.csv), slightly worse target scores.")
  boolean sentenceExamples;

  @Option(
      names = "--tune",
      description = "Choose L2 cost and cutoff by cross-validation on --input before training.")
  boolean tune;

  @Option(
      names = "--cross-validate",
      description = "Also report cross-validated scores of the settings used.")
  boolean crossValidate;

  @Option(
      names = "--folds",
      defaultValue = "5",
      description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--l2", description = "L2 regularisation cost.")
  Double l2;

  @Option(names = "--cutoff", description = "Drop features seen fewer times than this.")
  Integer cutoff;

  @Option(
      names = "--iterations",
      description = "Maximum training iterations (default: from the default settings).")
  Integer iterations;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<LabelledTarget> read = new LabelledTargetReader().read(input);
    List<LabelledTarget> examples =
        sentenceExamples ? SentimentTraining.withSentenceExamples(read) : read;
    out.printf(
        "examples=%d from %s, %d whole-sentence examples added%n",
        read.size(), input, examples.size() - read.size());
    SentimentTraining training =
        new SentimentTraining(new NlpPipeline(), SentenceScorer.load(lexicons));
    Settings defaults = Settings.DEFAULT;
    int maxIterations = iterations == null ? defaults.iterations() : iterations;
    Settings settings =
        new Settings(
            l2 == null ? defaults.l2() : l2,
            cutoff == null ? defaults.cutoff() : cutoff,
            maxIterations);
    if (tune) {
      settings = training.tune(examples, !noLexicon, folds, maxIterations, out::println);
      out.println("chosen " + settings);
    }
    if (crossValidate) {
      SentimentEvaluation cv = training.crossValidate(examples, settings, !noLexicon, folds);
      out.printf("cross-validation (%d folds) with %s%n", folds, settings);
      out.print(cv.format());
    }
    SentimentModel model = training.train(examples, settings, !noLexicon);
    Path parent = modelFile.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream file = Files.newOutputStream(modelFile)) {
      model.doccatModel().serialize(file);
    }
    out.printf("wrote %s (%s, %s)%n", modelFile, noLexicon ? "model" : "model+lexicon", settings);
    out.flush();
    return 0;
  }
}
