package parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import parallax.framing.BabeReader;
import parallax.framing.FramingAnalyser;
import parallax.framing.Lexicon;
import parallax.framing.LoadedLanguageEvaluator;
import parallax.framing.Scores;
import parallax.nlp.NlpPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parallax evaluate-spans}: scores the loaded-language detector against sentences people
 * labelled, word by word and sentence by sentence. No Spark: the file is read and annotated here.
 */
@Command(
    name = "evaluate-spans",
    mixinStandardHelpOptions = true,
    description =
        "Score the loaded-language detector against a labelled file (BABE format: ';'-separated,"
            + " columns text, label_bias, biased_words).")
public final class EvaluateSpansCommand implements Callable<Integer> {

  /** Exit code for input that cannot be used: a missing or malformed file. */
  static final int EXIT_FAILURE = 2;

  @Parameters(index = "0", paramLabel = "FILE", description = "The labelled sentences.")
  Path labels;

  @Option(
      names = "--lexicons",
      paramLabel = "DIR",
      arity = "1..*",
      description =
          "Lexicon folders, merged in order (default: ${DEFAULT-VALUE}). Give the default too to"
              + " extend it.",
      defaultValue = "data/lexicons")
  List<Path> lexicons;

  @Option(
      names = "--categories",
      paramLabel = "CATEGORY",
      split = ",",
      description =
          "Lexicon categories that make up the detector; a family names all its subcategories"
              + " (default: ${DEFAULT-VALUE}).",
      defaultValue = "loaded_language")
  List<String> categories;

  @Option(
      names = "--min-hits",
      paramLabel = "N",
      description = "Hits that make a sentence biased (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  int minHits;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(labels)) {
      err.println("parallax: error: labelled file " + labels + " does not exist");
      return EXIT_FAILURE;
    }
    if (minHits < 1) {
      err.println("parallax: error: --min-hits must be at least 1, was " + minHits);
      return EXIT_FAILURE;
    }
    BabeReader.Result read;
    Lexicon lexicon;
    try {
      read = BabeReader.read(labels);
      lexicon = Lexicon.load(lexicons);
    } catch (IllegalArgumentException e) { // LexiconException too: both name file and line
      err.println("parallax: error: " + e.getMessage());
      return EXIT_FAILURE;
    }
    LoadedLanguageEvaluator.Result result =
        new LoadedLanguageEvaluator(
                new NlpPipeline(), new FramingAnalyser(lexicon), categories, minHits)
            .evaluate(read.sentences());
    print(out, read, result);
    return 0;
  }

  private void print(PrintWriter out, BabeReader.Result read, LoadedLanguageEvaluator.Result r) {
    out.printf(
        Locale.ROOT,
        "%s: %d sentences (%d without agreement skipped); detector: %s, at least %d hit(s)%n",
        labels,
        r.sentences(),
        read.skipped(),
        String.join(",", categories),
        minHits);
    line(out, "words", r.words());
    line(out, "sentences biased", r.biasedSentences());
    line(out, "sentences non-biased", r.unbiasedSentences());
    out.printf(
        Locale.ROOT, "word_f1=%.3f sentence_macro_f1=%.3f%n", r.words().f1(), r.sentenceMacroF1());
    out.flush();
  }

  private static void line(PrintWriter out, String what, Scores s) {
    out.printf(
        Locale.ROOT,
        "%-21s precision=%.3f recall=%.3f f1=%.3f (tp=%d fp=%d fn=%d)%n",
        what,
        s.precision(),
        s.recall(),
        s.f1(),
        s.truePositives(),
        s.falsePositives(),
        s.falseNegatives());
  }
}
