package parallax.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Future;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import parallax.compare.SentimentTables;
import parallax.compare.VersionTables;
import parallax.model.OutletDirectory;
import parallax.report.IndexPage;
import parallax.report.SectionCharts;
import parallax.report.VersionLengthChart;

/**
 * The Parallax job: read the inputs, analyse every article in one pass, compare the versions and
 * write the report folder. {@code ingest -> nlp + analyses -> compare -> report}, each stage one
 * line on the console and one entry in the manifest.
 */
public final class ParallaxJob {

  private final SparkSession spark;
  private final JobConfig config;
  private final StageClock clock;

  public ParallaxJob(SparkSession spark, JobConfig config, PrintStream console) {
    this.spark = spark;
    this.config = config;
    this.clock = new StageClock(console, stage -> JobGroups.enter(spark.sparkContext(), stage));
  }

  /** What a finished run produced. */
  public record Result(String output, long recordsIn, long analysed, long rejected) {}

  /**
   * Runs the job.
   *
   * @throws JobFailure when the run cannot start or finish (bad inputs, unwritable output); the
   *     previous report is then left as it was
   */
  public Result run() {
    Instant started = Instant.now();
    var hadoop = spark.sparkContext().hadoopConfiguration();
    OutputFolder folder = OutputFolder.prepare(config.output(), config.overwrite(), hadoop);
    try {
      Result result = run(folder, started);
      folder.commit();
      return result;
    } catch (RuntimeException e) {
      folder.abandon();
      throw e;
    }
  }

  private Result run(OutputFolder folder, Instant started) {
    var hadoop = spark.sparkContext().hadoopConfiguration();
    Manifest manifest =
        new Manifest(config, spark.version(), spark.sparkContext().master(), started);
    Lexicons.Loaded lexicon = Lexicons.load(config.lexicons(), hadoop);
    manifest.lexicons(lexicon.files());
    QuoteLexicons.Loaded quoteLexicons = QuoteLexicons.load(config.lexicons(), hadoop);
    manifest.lexicons(quoteLexicons.files());
    SentimentResources.Loaded sentiment =
        SentimentResources.load(config.lexicons(), config.sentiment(), hadoop);
    manifest.sentiment(sentiment);

    clock.start("ingest");
    InputFiles.Listing listing = InputFiles.list(config.inputs(), hadoop);
    String sourcesFile =
        config.sourcesFile() != null ? config.sourcesFile() : listing.sourcesFile();
    OutletDirectory outlets = Outlets.load(sourcesFile, hadoop);
    manifest.sourcesFile(sourcesFile);
    Dataset<Row> ingested =
        ReadArticles.read(spark, listing.files(), outlets, config.maxBodyChars())
            .persist(StorageLevel.MEMORY_AND_DISK());
    // One row per input file: sorted here, in Spark's order of strings, rather than by a shuffle
    // and sort (and the code Spark would generate and compile for them).
    List<Row> fileRows =
        new ArrayList<>(ingested.filter(col("kind").equalTo(IngestRows.FILE)).collectAsList());
    fileRows.sort(
        (a, b) -> ArticleLines.compareCodePoints(a.getAs("input_file"), b.getAs("input_file")));
    long recordsIn = 0;
    long ingestRejects = 0;
    for (Row file : fileRows) {
      recordsIn += file.<Long>getAs("records");
      ingestRejects += file.<Long>getAs("rejected");
    }
    manifest.inputs(fileRows, listing.ignored(), listing.warnings());
    Dataset<Row> withDuplicates =
        markDuplicates(ingested.filter(col("kind").equalTo(IngestRows.ARTICLE)))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Materialized grouping = new Materialized();
    Dataset<Row> articles =
        new StoryGrouping(GroupingSettings.defaults().withRegroup(config.regroup()))
            .withStoryIds(withDuplicates.filter(col("duplicate_of").isNull()), grouping);
    Dataset<Row> rejects =
        ingested
            .filter(col("kind").equalTo(IngestRows.REJECT))
            .select(col("input_file"), col("line"), col("article_id"), col("reason"))
            .unionByName(duplicateRejects(withDuplicates));
    // Grouping gives every first copy a story and keeps its row, so one pass over the marked
    // articles counts both; counting the grouped plan would run its joins once more.
    Row marked =
        withDuplicates
            .agg(count_if(col("duplicate_of").isNull()), count_if(col("duplicate_of").isNotNull()))
            .first();
    long articleCount = marked.getLong(0);
    long duplicates = marked.getLong(1);
    for (String warning : sentiment.warnings()) {
      System.err.println("parallax: warning: " + warning);
    }
    for (String warning : listing.warnings()) {
      System.err.println("parallax: warning: " + warning);
    }
    clock.end(
        String.format(
            Locale.ROOT,
            "%d records from %d files: %d articles, %d rejected, %d duplicate ids",
            recordsIn,
            fileRows.size(),
            articleCount,
            ingestRejects,
            duplicates));

    clock.start("analyse");
    int partitions = partitions(articleCount);
    AnalysisTimes times = AnalysisTimes.register(spark.sparkContext(), AnalyseArticles.ANALYSES);
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    var entries = context.broadcast(lexicon.entries());
    var quoteInputs =
        context.broadcast(
            new QuoteLexicons.Inputs(
                QuoteLexicons.classedByFraming(quoteLexicons.entries(), lexicon.entries()),
                quoteLexicons.givenNames(),
                quoteLexicons.givenNamesFile()));
    var sentimentInputs = context.broadcast(sentiment.inputs());
    Dataset<Row> analysing =
        articles
            .repartition(partitions)
            .mapPartitions(
                new AnalyseArticles(
                    entries,
                    quoteInputs,
                    sentimentInputs,
                    JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(outlets),
                    times),
                ExpressionEncoder.apply(AnalysedRows.SCHEMA));
    Materialized held = new Materialized();
    Dataset<Row> analysedAll;
    long analysedCount;
    long failedCount;
    try (StageProgress progress =
        StageProgress.watch(
            spark.sparkContext(),
            "analyse",
            articleCount,
            partitions,
            clock.console(),
            StageProgress.EVERY)) {
      analysedAll = held.held(analysing);
      Row counts =
          analysedAll
              .agg(count_if(col("error").isNull()), count_if(col("error").isNotNull()))
              .first();
      analysedCount = counts.getLong(0);
      failedCount = counts.getLong(1);
    }
    Dataset<Row> analysed = analysedAll.filter(col("error").isNull());
    Dataset<Row> failed = analysedAll.filter(col("error").isNotNull());
    rejects =
        rejects.unionByName(
            failed.select(
                col("input_file"), col("line"), col("article_id"), col("error").as("reason")));
    clock.end(
        String.format(
            Locale.ROOT,
            "%d articles analysed in %d partitions, %d failed",
            analysedCount,
            partitions,
            failedCount));
    manifest.analysisTaskSeconds(times.seconds());

    clock.start("stories");
    Dataset<Row> storyRowsAll =
        AnalyseStories.run(analysed, outlets).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> storyRows = storyRowsAll.filter(col("error").isNull());
    StoryPass storyPass = StoryPass.of(storyRowsAll);
    storyPass.warn(System.err);
    manifest.storyPass(storyPass);
    clock.end(storyPass.summary());

    clock.start("write");
    long rejectedCount = ingestRejects + duplicates + failedCount;
    List<IndexPage.Figure> figures =
        List.of(
            new IndexPage.Figure("records read", recordsIn),
            new IndexPage.Figure("articles analysed", analysedCount),
            new IndexPage.Figure("records rejected", rejectedCount));
    TableWriter tables;
    List<String> outputs;
    List<String> pageFiles;
    try (StageThreads writing = StageThreads.forStage(spark.sparkContext(), "write");
        StageThreads reporting = StageThreads.forStage(spark.sparkContext(), "report")) {
      tables = new TableWriter(folder, writing, analysedCount);
      Written written = writeTables(tables, analysed, storyRows, rejects, outlets);
      outputs = new ArrayList<>(written.files());
      List<String> files = new ArrayList<>(outputs);
      files.add("manifest.json");
      // The report reads the tables being written (from Spark's cache once they are in it), and
      // its small queries and its drawing fill the cores the tables' queries leave idle.
      Future<List<String>> report =
          reporting.lead(
              () ->
                  written
                      .pages()
                      .write(
                          analysed,
                          written.articles(),
                          written.stories(),
                          written.sources(),
                          figures,
                          files,
                          folder,
                          reporting));
      tables.awaitAll();
      clock.end(String.format(Locale.ROOT, "%d tables", outputs.size()));

      clock.start("report");
      pageFiles = StageThreads.valueOf(report);
    }
    outputs.addAll(pageFiles);
    clock.end(
        String.format(
            Locale.ROOT,
            "%d story pages, %d charts",
            pageFiles.stream().filter(f -> f.startsWith("stories/")).count(),
            pageFiles.stream().filter(f -> f.endsWith(".svg")).count()));

    Manifest.Counts counts = new Manifest.Counts(recordsIn, analysedCount, rejectedCount);
    if (!counts.reconciled()) {
      System.err.printf(
          "parallax: warning: %d records in, but %d analysed + %d rejected%n",
          recordsIn, analysedCount, rejectedCount);
    }
    manifest.counts(counts, ingestRejects, duplicates, failedCount);
    outputs.add("manifest.json");
    manifest.outputs(outputs);
    manifest.stages(clock.stages(), clock.totalSeconds());
    writeManifest(folder, manifest);
    ingested.unpersist();
    withDuplicates.unpersist();
    storyRowsAll.unpersist();
    tables.close();
    held.close();
    grouping.close();
    return new Result(folder.target().toString(), recordsIn, analysedCount, rejectedCount);
  }

  /** The tables written, and what the report stage reads of them. */
  private record Written(
      List<String> files,
      ReportPages pages,
      Dataset<Row> articles,
      Dataset<Row> stories,
      Dataset<Row> sources) {}

  /**
   * Starts writing every table ({@link TableWriter#awaitAll()} waits for them) and registers the
   * report's sections.
   */
  private Written writeTables(
      TableWriter tables,
      Dataset<Row> analysed,
      Dataset<Row> storyRows,
      Dataset<Row> rejects,
      OutletDirectory outlets) {
    Dataset<Row> outletTable = Outlets.table(spark, outlets);
    ReportPages pages = new ReportPages(config.reportStories());
    List<String> outputs = new ArrayList<>();
    Dataset<Row> derivations = ReuseOutputs.derivations(storyRows);
    Dataset<Row> articleTable =
        ReuseOutputs.withDerivedFrom(VersionTables.articles(analysed, outletTable), derivations);
    tables.write("articles", articleTable, col("story_id"), col("source"), col("article_id"));
    pages.addStorySection(
        new ReportPages.Section(
            "versions",
            "Versions",
            "One row per version of the story: the outlet, the outlet it credits, its metadata"
                + " from sources.csv, and its length.",
            "articles.csv",
            articleTable.select(
                col("story_id"),
                col("source"),
                col("article_id"),
                col("credited_source"),
                col("country"),
                col("ownership"),
                col("published"),
                col("words"),
                col("sentences")),
            List.of(col("source"), col("article_id")),
            VersionLengthChart::forSection));
    Dataset<Row> storyTable = VersionTables.stories(analysed);
    tables.write("stories", storyTable, col("story_id"));
    Dataset<Row> forSources =
        ReuseOutputs.forSourceTables(analysed, derivations, config.dedupeDerived());
    Dataset<Row> sourceTable =
        VersionTables.sources(forSources, SentimentTables.sentences(forSources), outletTable);
    tables.write("sources", sourceTable, col("scope").desc(), col("story_id"), col("source"));
    tables.writeLines("spans", Spans.HEADER, Spans.lines(analysed, storyRows));
    pages.addStorySection(
        new ReportPages.Section(
            "span-counts",
            "Spans per version",
            "How many spans of each kind every analysis counted in each version (one column per"
                + " kind); the spans themselves, with their text, are in spans.csv.",
            "spans.csv",
            Spans.countsByKind(analysed),
            List.of(col("source"), col("article_id")),
            SectionCharts.none()));
    tables.writeOnce(
        "rejects", rejects, col("input_file"), col("line"), col("article_id"), col("reason"));
    outputs.addAll(
        List.of("articles.csv", "stories.csv", "sources.csv", "spans.csv", "rejects.csv"));
    outputs.addAll(FramingOutputs.write(tables, pages, analysed, storyRows));
    outputs.addAll(QuoteOutputs.write(tables, pages, analysed, storyRows));
    outputs.addAll(SentimentOutputs.write(tables, pages, analysed, storyRows, sourceTable));
    outputs.addAll(ReuseOutputs.write(tables, pages, storyRows, analysed, derivations));
    if (config.parquet()) {
      outputs.add(tables.writeParquet("spans", Spans.table(analysed, storyRows), Spans.ORDER));
      outputs.add(SentimentOutputs.writeParquet(tables, analysed));
    }
    return new Written(outputs, pages, articleTable, storyTable, sourceTable);
  }

  /**
   * Marks every article whose id was already read (first by file, then line) with {@code
   * duplicate_of}, the location of the first; the first keeps a null. {@code same_text} says
   * whether the text equals the first's.
   */
  private static Dataset<Row> markDuplicates(Dataset<Row> articles) {
    // Only ids read more than once need the window; the others keep their place, so the bodies
    // of a corpus without repeats are never shuffled.
    Dataset<Row> repeatedIds =
        articles
            .groupBy(col("article_id"))
            .agg(count(lit(1)).as("copies"))
            .filter(col("copies").gt(1))
            .select(col("article_id"));
    WindowSpec byId = Window.partitionBy(col("article_id")).orderBy(col("input_file"), col("line"));
    Dataset<Row> repeated =
        articles
            .join(repeatedIds, "article_id", "left_semi")
            .withColumn("occurrence", row_number().over(byId))
            .withColumn("first_file", first(col("input_file")).over(byId))
            .withColumn("first_line", first(col("line")).over(byId))
            .withColumn("first_body", first(col("body")).over(byId))
            .withColumn(
                "duplicate_of",
                when(
                    col("occurrence").gt(1),
                    concat(col("first_file"), lit(":"), col("first_line").cast("string"))))
            .withColumn("same_text", col("body").equalTo(col("first_body")))
            .drop("occurrence", "first_file", "first_line", "first_body");
    Dataset<Row> once =
        articles
            .join(repeatedIds, "article_id", "left_anti")
            .withColumn("duplicate_of", lit(null).cast("string"))
            // As body = first_body for the one copy: true, or null without a body.
            .withColumn("same_text", when(col("body").isNotNull(), lit(true)));
    // A join on a column name moves the column first; keep the input's order.
    List<Column> columns = new ArrayList<>();
    for (String name : articles.columns()) {
      columns.add(col(name));
    }
    columns.add(col("duplicate_of"));
    columns.add(col("same_text"));
    return once.unionByName(repeated).select(columns.toArray(Column[]::new));
  }

  private static Dataset<Row> duplicateRejects(Dataset<Row> marked) {
    return marked
        .filter(col("duplicate_of").isNotNull())
        .select(
            col("input_file"),
            col("line"),
            col("article_id"),
            concat(
                    lit("duplicate id '"),
                    col("article_id"),
                    lit("': already read at "),
                    col("duplicate_of"),
                    when(col("same_text"), lit(" (same text)")).otherwise(lit(" (different text)")))
                .as("reason"));
  }

  private int partitions(long articles) {
    if (config.partitions() > 0) {
      return config.partitions();
    }
    int cores = spark.sparkContext().defaultParallelism();
    long byArticles = (articles + 19) / 20;
    return (int) Math.max(cores, Math.min(byArticles, cores * 8L));
  }

  private static void writeManifest(OutputFolder folder, Manifest manifest) {
    try (OutputStream out = folder.create("manifest.json")) {
      manifest.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write manifest.json", e);
    }
  }
}
