package parallax.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import parallax.job.JobConfig;
import parallax.job.ParallaxJob;
import parallax.job.SentimentSettings;
import parallax.job.Sessions;
import parallax.sentiment.SentimentMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax run}: the whole job, inputs to report folder. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Analyse the articles under the inputs and write the report folder.")
final class RunCommand implements Callable<Integer> {

  @Option(
      names = {"-i", "--input"},
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Article files, folders (read recursively) or globs, in any file system Spark reads"
              + " (default: ${DEFAULT-VALUE}).",
      defaultValue = "data")
  List<String> inputs;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description = "Report folder to write (default: ${DEFAULT-VALUE}).",
      defaultValue = "reports")
  String output;

  @Option(
      names = "--overwrite",
      description = "Replace the output folder if it already holds a report.")
  boolean overwrite;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master for a local run, e.g. local[2] (default: spark-submit's, else local[*]).")
  String master;

  @Option(
      names = "--sources",
      paramLabel = "FILE",
      description = "Outlet metadata CSV (default: a sources.csv at the top of an input folder).")
  String sourcesFile;

  @Option(
      names = "--max-body-chars",
      paramLabel = "N",
      description = "Reject article bodies longer than N characters (default: ${DEFAULT-VALUE}).",
      defaultValue = "1000000")
  int maxBodyChars;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "Partitions for the analysis (default: chosen from cores and input size).",
      defaultValue = "0")
  int partitions;

  @Option(
      names = "--report-stories",
      paramLabel = "N",
      description = "Draw charts and pages for the N largest stories (default: ${DEFAULT-VALUE}).",
      defaultValue = "50")
  int reportStories;

  /** Table formats: CSV always; Parquet in addition for the large per-span tables. */
  enum Format {
    csv,
    parquet
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "csv (default): every table as CSV; parquet: also the large per-span tables (spans)"
              + " as Parquet folders next to their CSV.",
      defaultValue = "csv")
  Format format;

  @Option(
      names = "--lexicons",
      arity = "1..*",
      paramLabel = "DIR",
      description =
          "Framing lexicon folders (every *.tsv inside), replacing the default"
              + " (default: ${DEFAULT-VALUE}). Read on the driver, from any file system Spark"
              + " reads; on a cluster give a path the driver can reach.",
      defaultValue = "data/lexicons")
  List<String> lexicons;

  @Option(
      names = "--extra-lexicons",
      arity = "1..*",
      paramLabel = "DIR",
      description = "Lexicon folders read after --lexicons, adding their terms.")
  List<String> extraLexicons = List.of();

  @Option(
      names = "--entities",
      paramLabel = "FILE",
      description =
          "Entity list (name TAB aliases TAB type) whose names and aliases are merged into one"
              + " entity (default: data/entities.tsv when it exists). Read on the driver.")
  String entities;

  @Option(
      names = "--ner-model",
      paramLabel = "FILE",
      description = "An OpenNLP name-finder model (TokenNameFinderModel) to find entities with.")
  String nerModel;

  @Option(
      names = "--sentiment-model",
      paramLabel = "FILE",
      description = "A sentiment model from train-sentiment (default: the lexicon alone).")
  String sentimentModel;

  @Option(
      names = "--sentiment-mode",
      paramLabel = "MODE",
      converter = SentimentModeConverter.class,
      description =
          "lexicon, model (the model's scores) or combined (the model's and the lexicon's"
              + " probabilities averaged); default: model with --sentiment-model, else lexicon.")
  SentimentMode sentimentMode;

  @Option(
      names = "--regroup",
      description =
          "Group all articles into stories by their text (MinHash LSH within a date window),"
              + " ignoring the story ids the inputs give; without it only articles without one"
              + " are grouped.")
  boolean regroup;

  @Option(
      names = "--dedupe-derived",
      description =
          "Per-source comparisons (sources.csv) leave out versions found derived from another"
              + " version of their story, so copied text counts once.")
  boolean dedupeDerived;

  @Override
  public Integer call() {
    JobConfig config = config();
    SparkSession spark = Sessions.start(config);
    try {
      ParallaxJob.Result result = new ParallaxJob(spark, config, System.out).run();
      System.out.printf(
          "parallax: wrote %s: %d records in, %d analysed, %d rejected%n",
          result.output(), result.recordsIn(), result.analysed(), result.rejected());
      return 0;
    } finally {
      spark.stop();
    }
  }

  JobConfig config() {
    try {
      return JobConfig.builder()
          .inputs(inputs)
          .output(output)
          .overwrite(overwrite)
          .master(master)
          .sourcesFile(sourcesFile)
          .maxBodyChars(maxBodyChars)
          .partitions(partitions)
          .reportStories(reportStories)
          .parquet(format == Format.parquet)
          .lexicons(lexicons)
          .extraLexicons(extraLexicons)
          .sentiment(SentimentSettings.of(entities, nerModel, sentimentModel, sentimentMode))
          .regroup(regroup)
          .dedupeDerived(dedupeDerived)
          .build();
    } catch (IllegalArgumentException e) {
      throw new parallax.job.JobFailure(e.getMessage(), e);
    }
  }
}
