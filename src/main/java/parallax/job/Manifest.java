package parallax.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * {@code manifest.json}: what a run read (every input file with its SHA-256), what it made of it
 * (records in = analysed + rejected, checked), the configuration, the versions of everything that
 * shaped the numbers, and the time each stage took.
 */
final class Manifest {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The record counts of a run. */
  record Counts(long recordsIn, long analysed, long rejected) {
    boolean reconciled() {
      return recordsIn == analysed + rejected;
    }
  }

  private final ObjectNode root = JSON.createObjectNode();
  private ArrayNode lexicons;

  Manifest(JobConfig config, String sparkVersion, String master, Instant started) {
    root.put("tool", "parallax");
    root.put("version", Versions.parallax());
    root.put("started", started.toString());
    ObjectNode versions = root.putObject("versions");
    versions.put("parallax", Versions.parallax());
    versions.put("spark", sparkVersion);
    versions.put("opennlp", opennlp.tools.util.Version.currentVersion().toString());
    versions.put("java", System.getProperty("java.version"));
    versions.put("opennlp_models", "UD English EWT 1.3 (opennlp-models-*-en 1.3.0)");
    ObjectNode settings = root.putObject("config");
    settings.set("inputs", JSON.valueToTree(config.inputs()));
    settings.put("output", config.output());
    settings.put("master", master);
    settings.put("overwrite", config.overwrite());
    settings.put("sources_file", config.sourcesFile());
    settings.put("max_body_chars", config.maxBodyChars());
    settings.put("partitions", config.partitions());
    settings.put("report_stories", config.reportStories());
    settings.put("parquet", config.parquet());
    settings.put("regroup", config.regroup());
    settings.put("dedupe_derived", config.dedupeDerived());
    settings.set("lexicons", JSON.valueToTree(config.lexicons()));
    ObjectNode sentiment = settings.putObject("sentiment");
    sentiment.put("mode", config.sentiment().mode().label());
    sentiment.put("entities", config.sentiment().entities());
    sentiment.put("ner_model", config.sentiment().nerModel());
    sentiment.put("sentiment_model", config.sentiment().sentimentModel());
  }

  void sourcesFile(String file) {
    root.put("sources_file", file);
  }

  /** The files read, from the ingest stage's file rows. */
  void inputs(List<Row> fileRows, List<InputFiles.IgnoredFile> ignored, List<String> warnings) {
    ArrayNode files = root.putArray("inputs");
    for (Row row : fileRows) {
      ObjectNode file = files.addObject();
      file.put("path", row.<String>getAs("input_file"));
      file.put("format", row.<String>getAs("format"));
      file.put("bytes", row.<Long>getAs("bytes"));
      file.put("sha256", row.<String>getAs("sha256"));
      file.put("records", row.<Long>getAs("records"));
      file.put("rejected", row.<Long>getAs("rejected"));
    }
    ArrayNode skipped = root.putArray("ignored_files");
    for (InputFiles.IgnoredFile file : ignored) {
      skipped.addObject().put("path", file.displayPath()).put("reason", file.reason());
    }
    root.set("warnings", JSON.valueToTree(warnings));
  }

  void counts(Counts counts, long ingestRejects, long duplicates, long failedAnalysis) {
    ObjectNode node = root.putObject("counts");
    node.put("records_in", counts.recordsIn());
    node.put("analysed", counts.analysed());
    node.put("rejected", counts.rejected());
    node.put("reconciled", counts.reconciled());
    ObjectNode rejected = node.putObject("rejected_by_stage");
    rejected.put("ingest", ingestRejects);
    rejected.put("duplicate_id", duplicates);
    rejected.put("analysis", failedAnalysis);
  }

  void stages(List<StageClock.Stage> stages, double totalSeconds) {
    ArrayNode node = root.putArray("stages");
    for (StageClock.Stage stage : stages) {
      node.addObject()
          .put("name", stage.name())
          .put("seconds", Math.round(stage.seconds() * 1000) / 1000.0)
          .put("result", stage.result());
    }
    root.put("wall_seconds", Math.round(totalSeconds * 1000) / 1000.0);
  }

  /**
   * Adds files of the lexicon folders, with checksums: they shape the framing numbers (and, for
   * other analyses' files, theirs). Each analysis that reads lexicon files adds its own.
   */
  void lexicons(List<Lexicons.LexiconFile> files) {
    if (lexicons == null) {
      lexicons = root.putArray("lexicons");
    }
    for (Lexicons.LexiconFile file : files) {
      lexicons
          .addObject()
          .put("path", file.path())
          .put("sha256", file.sha256())
          .put("framing", file.framing())
          .put("entries", file.entries());
    }
  }

  /**
   * The sentiment analysis's mode and files with checksums (rules, name words, entity list,
   * models): they shape every sentiment number.
   */
  void sentiment(SentimentResources.Loaded sentiment) {
    ObjectNode node = root.putObject("sentiment");
    node.put("method", sentiment.method());
    ArrayNode files = node.putArray("files");
    for (SentimentResources.ResourceFile file : sentiment.files()) {
      files
          .addObject()
          .put("role", file.role())
          .put("path", file.path())
          .put("sha256", file.sha256())
          .put("bytes", file.bytes());
    }
    node.set("warnings", JSON.valueToTree(sentiment.warnings()));
  }

  /** Task seconds per analysis, summed over all tasks (approximate under task retries). */
  void analysisTaskSeconds(Map<String, Double> seconds) {
    ObjectNode node = root.putObject("analysis_task_seconds");
    seconds.forEach((analysis, value) -> node.put(analysis, Math.round(value * 1000) / 1000.0));
  }

  void storyPass(StoryPass pass) {
    ObjectNode node = root.putObject("story_pass");
    node.put("stories", pass.stories());
    node.put("max_versions", AnalyseStories.MAX_VERSIONS);
    node.put("capped", pass.capped());
    node.put("failed", pass.failed());
    node.set("errors", JSON.valueToTree(pass.errors()));
  }

  void outputs(List<String> files) {
    root.set("outputs", JSON.valueToTree(files));
  }

  void write(OutputStream out) throws IOException {
    JSON.writeValue(out, root);
  }
}
