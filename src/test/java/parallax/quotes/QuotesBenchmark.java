package parallax.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import parallax.model.AnnotatedText;
import parallax.nlp.EntityList;
import parallax.nlp.NlpPipeline;

/**
 * Timing harness, not a test: the cost of quote analysis next to the NLP pass it runs inside, on
 * real articles, and on inputs built to trip a non-linear algorithm.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     parallax.quotes.QuotesBenchmark [articles.jsonl.gz] [articles]
 * </pre>
 *
 * <p>Defaults: {@code ../shared/datasets/article-bias/articles.jsonl.gz} (gzip JSON lines, field
 * {@code body}), 2,000 articles. The first 200 articles are analysed once beforehand to warm the
 * JIT and the lemmatizer's memory.
 */
public final class QuotesBenchmark {

  private QuotesBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path file =
        Path.of(args.length > 0 ? args[0] : "../shared/datasets/article-bias/articles.jsonl.gz");
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    List<String> bodies = read(file, limit);
    NlpPipeline pipeline = new NlpPipeline();
    QuoteAnalyzer analyzer =
        QuoteAnalyzer.fromLexicons(
            Path.of("data/lexicons"), EntityList.load(Path.of("data/entities.tsv")));

    for (String body : bodies.subList(0, Math.min(200, bodies.size()))) {
      analyzer.analyze(pipeline.annotate(body));
    }
    long nlp = 0;
    long quotes = 0;
    long slowest = 0;
    long words = 0;
    int direct = 0;
    int indirect = 0;
    int attributed = 0;
    for (String body : bodies) {
      long t0 = System.nanoTime();
      AnnotatedText text = pipeline.annotate(body);
      long t1 = System.nanoTime();
      List<Quote> found = analyzer.analyze(text);
      long t2 = System.nanoTime();
      nlp += t1 - t0;
      quotes += t2 - t1;
      slowest = Math.max(slowest, t2 - t1);
      words += text.wordCount();
      for (Quote q : found) {
        if (q.isDirect()) {
          direct++;
        } else {
          indirect++;
        }
        if (!q.speaker().isEmpty()) {
          attributed++;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d articles, %,d words: NLP %.1f s (%.2f ms/article), quotes %.2f s (%.3f ms/article,"
            + " slowest %.1f ms) = %.1f%% of NLP time%n",
        bodies.size(),
        words,
        nlp / 1e9,
        nlp / 1e6 / bodies.size(),
        quotes / 1e9,
        quotes / 1e6 / bodies.size(),
        slowest / 1e6,
        100.0 * quotes / nlp);
    System.out.printf(
        Locale.ROOT,
        "found %d direct and %d indirect quotes, %.1f%% with a speaker%n",
        direct,
        indirect,
        100.0 * attributed / Math.max(1, direct + indirect));
    separatePasses(bodies, pipeline, analyzer);
    adversarial(pipeline, analyzer);
  }

  /**
   * The same work as two passes, all NLP first, then all quotes, so that garbage collection caused
   * by one pass is not charged to the other (interleaved timing per article catches the NLP's
   * collections in the quote timer now and then).
   */
  private static void separatePasses(
      List<String> bodies, NlpPipeline pipeline, QuoteAnalyzer analyzer) {
    List<AnnotatedText> texts = new ArrayList<>(bodies.size());
    long t0 = System.nanoTime();
    for (String body : bodies) {
      texts.add(pipeline.annotate(body));
    }
    long t1 = System.nanoTime();
    long quotes = Long.MAX_VALUE;
    for (int round = 0; round < 3; round++) {
      long start = System.nanoTime();
      for (AnnotatedText text : texts) {
        analyzer.analyze(text);
      }
      quotes = Math.min(quotes, System.nanoTime() - start);
    }
    System.out.printf(
        Locale.ROOT,
        "separate passes: NLP %.1f s, quotes %.2f s (best of 3) = %.1f%% of NLP time%n",
        (t1 - t0) / 1e9,
        quotes / 1e9,
        100.0 * quotes / (t1 - t0));
  }

  /** Inputs that make a quadratic step show: doubling the input should double the time. */
  private static void adversarial(NlpPipeline pipeline, QuoteAnalyzer analyzer) {
    String troib = SampleBodies.body("stories/trump-putin-call/troib.txt").replace('\n', ' ');
    for (int copies : new int[] {25, 50, 100}) {
      time(pipeline, analyzer, "TROIB x" + copies + " in one paragraph", troib.repeat(copies));
      time(
          pipeline,
          analyzer,
          "unmatched marks x" + copies * 40,
          "He said “so and ‘so and \" it went on, ".repeat(copies * 40));
      time(
          pipeline,
          analyzer,
          "he said x" + copies * 40,
          "He said he said that he said. ".repeat(copies * 40));
    }
  }

  private static void time(NlpPipeline pipeline, QuoteAnalyzer analyzer, String name, String body) {
    AnnotatedText text = pipeline.annotate(body);
    long t0 = System.nanoTime();
    int found = analyzer.analyze(text).size();
    long t1 = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "  %-32s %,8d tokens  %7.1f ms  %d quotes%n",
        name,
        text.tokenCount(),
        (t1 - t0) / 1e6,
        found);
  }

  private static List<String> read(Path file, int limit) throws IOException {
    List<String> bodies = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while (bodies.size() < limit && (line = in.readLine()) != null) {
        JsonNode record = json.readTree(line);
        String body = record.path("body").asText();
        if (!body.isBlank()) {
          bodies.add(body);
        }
      }
    }
    return bodies;
  }
}
