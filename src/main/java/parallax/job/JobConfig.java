package parallax.job;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything one run of the job needs, parsed once by the command line and validated here.
 * Immutable and serializable, so executors can receive it.
 *
 * @param inputs files, folders or globs of articles, in any file system Spark reads
 * @param output the folder the run writes; replaced as a whole at the end of the run
 * @param master the Spark master for a local run, or null to take Spark's (spark-submit sets it)
 * @param overwrite whether a non-empty output folder may be replaced
 * @param sourcesFile outlet metadata ({@code sources.csv}), or null to look for one in the inputs
 * @param maxBodyChars bodies longer than this are rejected
 * @param partitions partitions for the analysis, or 0 to choose from the cores and the input size
 * @param reportStories how many stories (largest first) get charts and an HTML page
 * @param parquet whether the large per-span tables are also written as Parquet
 * @param lexicons the folders whose {@code *.tsv} framing lexicons the run reads, in order (later
 *     folders add terms to earlier ones); any file system Hadoop knows, read on the driver
 * @param sentiment the entity list, models and mode of the sentiment analysis
 * @param regroup whether given story ids are ignored and every article is grouped into stories
 * @param dedupeDerived whether per-source comparisons leave out versions derived from another
 *     version of the story, so that copied text counts once
 */
public record JobConfig(
    List<String> inputs,
    String output,
    String master,
    boolean overwrite,
    String sourcesFile,
    int maxBodyChars,
    int partitions,
    int reportStories,
    boolean parquet,
    List<String> lexicons,
    SentimentSettings sentiment,
    boolean regroup,
    boolean dedupeDerived)
    implements Serializable {

  public JobConfig {
    Objects.requireNonNull(inputs, "inputs");
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("at least one input path is needed");
    }
    for (String input : inputs) {
      if (input == null || input.isBlank()) {
        throw new IllegalArgumentException("input paths must not be blank: " + inputs);
      }
    }
    if (output == null || output.isBlank()) {
      throw new IllegalArgumentException("the output folder must not be blank");
    }
    if (maxBodyChars < 1) {
      throw new IllegalArgumentException(
          "max body characters must be positive, was " + maxBodyChars);
    }
    if (partitions < 0) {
      throw new IllegalArgumentException(
          "partitions must be 0 (automatic) or more, was " + partitions);
    }
    if (reportStories < 0) {
      throw new IllegalArgumentException("report stories must be 0 or more, was " + reportStories);
    }
    lexicons = List.copyOf(Objects.requireNonNull(lexicons, "lexicons"));
    if (lexicons.isEmpty()) {
      throw new IllegalArgumentException("at least one lexicon folder is needed");
    }
    for (String folder : lexicons) {
      if (folder == null || folder.isBlank()) {
        throw new IllegalArgumentException("lexicon folders must not be blank: " + lexicons);
      }
      if (lexicons.indexOf(folder) != lexicons.lastIndexOf(folder)) {
        throw new IllegalArgumentException("lexicon folder " + folder + " is given twice");
      }
    }
    Objects.requireNonNull(sentiment, "sentiment settings");
  }

  /**
   * A builder holding the defaults of {@code parallax run}: {@code data/} in, {@code reports/} out,
   * the lexicons of {@code data/lexicons}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects settings; {@link #build()} validates them. Not thread-safe. */
  public static final class Builder {
    private List<String> inputs = List.of("data");
    private String output = "reports";
    private String master;
    private boolean overwrite;
    private String sourcesFile;
    private int maxBodyChars = 1_000_000;
    private int partitions;
    private int reportStories = 50;
    private boolean parquet;
    private List<String> lexicons = List.of("data/lexicons");
    private List<String> extraLexicons = List.of();
    private SentimentSettings sentiment = SentimentSettings.defaults();
    private boolean regroup;
    private boolean dedupeDerived;

    private Builder() {}

    public Builder inputs(List<String> value) {
      inputs = value;
      return this;
    }

    public Builder output(String value) {
      output = value;
      return this;
    }

    public Builder master(String value) {
      master = value;
      return this;
    }

    public Builder overwrite(boolean value) {
      overwrite = value;
      return this;
    }

    public Builder sourcesFile(String value) {
      sourcesFile = value;
      return this;
    }

    public Builder maxBodyChars(int value) {
      maxBodyChars = value;
      return this;
    }

    public Builder partitions(int value) {
      partitions = value;
      return this;
    }

    public Builder reportStories(int value) {
      reportStories = value;
      return this;
    }

    public Builder parquet(boolean value) {
      parquet = value;
      return this;
    }

    /** Lexicon folders replacing the default {@code data/lexicons}. */
    public Builder lexicons(List<String> value) {
      lexicons = value;
      return this;
    }

    /** Lexicon folders read after {@link #lexicons}, adding terms to them. */
    public Builder extraLexicons(List<String> value) {
      extraLexicons = value;
      return this;
    }

    /** Entity list, models and mode of the sentiment analysis. */
    public Builder sentiment(SentimentSettings value) {
      sentiment = value;
      return this;
    }

    /** Group every article into stories, ignoring the story ids the inputs give. */
    public Builder regroup(boolean value) {
      regroup = value;
      return this;
    }

    /** Count a version derived from another version of its story once, in per-source tables. */
    public Builder dedupeDerived(boolean value) {
      dedupeDerived = value;
      return this;
    }

    /**
     * The validated configuration.
     *
     * @throws IllegalArgumentException naming the first setting that is out of range
     */
    public JobConfig build() {
      List<String> allLexicons = new ArrayList<>(Objects.requireNonNull(lexicons, "lexicons"));
      allLexicons.addAll(Objects.requireNonNull(extraLexicons, "extra lexicons"));
      return new JobConfig(
          inputs,
          output,
          master,
          overwrite,
          sourcesFile,
          maxBodyChars,
          partitions,
          reportStories,
          parquet,
          allLexicons,
          sentiment,
          regroup,
          dedupeDerived);
    }
  }
}
