package parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import parallax.model.AnnotatedText;
import parallax.model.Article;
import parallax.nlp.NlpPipeline;
import parallax.sentiment.ArticleSentiment;
import parallax.sentiment.SentimentAnalyser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parallax bench-sentiment --input FILE.jsonl[.gz]}: times the sentiment stage against the
 * NLP stage it follows, article by article on one thread, as the job's mapPartitions runs them.
 */
@Command(
    name = "bench-sentiment",
    mixinStandardHelpOptions = true,
    description = {
      "Times sentiment (sentence scores, entities, entity sentiment) against OpenNLP annotation"
          + " over the 'body' field of JSON Lines (gzip allowed), on one thread.",
      "The first --warmup articles are run but not counted, so the JIT has compiled both."
    })
public final class BenchSentimentCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "JSON Lines.")
  Path input;

  @Option(names = "--limit", defaultValue = "0", description = "Stop after N articles (0: all).")
  int limit;

  @Option(
      names = "--warmup",
      defaultValue = "200",
      description = "Articles run before timing starts (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--lexicons", defaultValue = "data/lexicons", paramLabel = "DIR")
  Path lexicons;

  @Option(names = "--entities", defaultValue = "data/entities.tsv", paramLabel = "FILE")
  Path entities;

  @Option(names = "--sentiment-model", paramLabel = "MODEL")
  Path sentimentModel;

  @Option(names = "--ner-model", paramLabel = "MODEL")
  Path nerModel;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    NlpPipeline pipeline = new NlpPipeline();
    SentimentAnalyser analyser =
        SentimentAnalyser.create(lexicons, entities, nerModel, sentimentModel);
    long nlpNanos = 0;
    long sentimentNanos = 0;
    long words = 0;
    long sentences = 0;
    long mentions = 0;
    int timed = 0;
    int seen = 0;
    try (BufferedReader reader = open(input)) {
      String line;
      while ((line = reader.readLine()) != null && (limit == 0 || seen < limit)) {
        JsonNode body = JSON.readTree(line).get("body");
        if (body == null || body.asText().isBlank()) {
          continue;
        }
        seen++;
        Article article =
            new Article(
                "bench-" + seen, null, "bench", null, null, null, null, body.asText(), "", seen);
        long t0 = System.nanoTime();
        AnnotatedText text = pipeline.annotate(article.body());
        long t1 = System.nanoTime();
        ArticleSentiment result = analyser.analyse(article, text);
        long t2 = System.nanoTime();
        if (seen > warmup) {
          timed++;
          nlpNanos += t1 - t0;
          sentimentNanos += t2 - t1;
          words += text.wordCount();
          sentences += result.sentences().size();
          mentions += result.mentions().size();
        }
      }
    }
    out.printf(
        "articles=%d (after %d warm-up) words=%d sentences=%d mentions=%d method=%s%n",
        timed, Math.min(warmup, seen), words, sentences, mentions, methodName());
    out.printf(
        "nlp_seconds=%.2f sentiment_seconds=%.2f nlp_ms_per_article=%.2f"
            + " sentiment_ms_per_article=%.2f%n",
        nlpNanos / 1e9,
        sentimentNanos / 1e9,
        timed == 0 ? 0 : nlpNanos / 1e6 / timed,
        timed == 0 ? 0 : sentimentNanos / 1e6 / timed);
    out.printf(
        "sentiment_share_of_nlp=%.1f%%%n", nlpNanos == 0 ? 0 : 100.0 * sentimentNanos / nlpNanos);
    out.flush();
    return 0;
  }

  private String methodName() {
    return sentimentModel == null ? "lexicon" : "model " + sentimentModel;
  }

  private static BufferedReader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
