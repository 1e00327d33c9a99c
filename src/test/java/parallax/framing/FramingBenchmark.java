package parallax.framing;

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
import java.util.zip.GZIPInputStream;
import parallax.model.AnnotatedText;
import parallax.nlp.NlpPipeline;

/**
 * Times framing against the NLP stage over real articles, the way the job runs them: per article,
 * annotate, then match the lexicon and count terms. Not a test (no timed assertions): run it by
 * hand after {@code mvn test-compile}:
 *
 * <pre>
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat cp.txt) parallax.framing.FramingBenchmark \
 *     [../shared/datasets/article-bias/articles.jsonl.gz] [limit]
 * </pre>
 *
 * where {@code cp.txt} comes from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 * The first 300 articles warm the JIT and are not timed.
 */
public final class FramingBenchmark {

  private static final int WARM_UP = 300;

  private FramingBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path input =
        Path.of(args.length > 0 ? args[0] : "../shared/datasets/article-bias/articles.jsonl.gz");
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    List<String> bodies = bodies(input, limit);
    long loadStart = System.nanoTime();
    Lexicon lexicon = Lexicon.load(List.of(Lexicon.DEFAULT_DIRECTORY));
    long loadNanos = System.nanoTime() - loadStart;
    NlpPipeline pipeline = new NlpPipeline();
    FramingAnalyser analyser = new FramingAnalyser(lexicon);
    for (int i = 0; i < Math.min(WARM_UP, bodies.size()); i++) {
      AnnotatedText text = pipeline.annotate(bodies.get(i));
      analyser.hits(text);
      TermCounter.count(text);
    }
    long nlp = 0;
    long framing = 0;
    long terms = 0;
    long hits = 0;
    long words = 0;
    for (String body : bodies) {
      long t0 = System.nanoTime();
      AnnotatedText text = pipeline.annotate(body);
      long t1 = System.nanoTime();
      hits += analyser.hits(text).size();
      long t2 = System.nanoTime();
      TermCounter.count(text);
      long t3 = System.nanoTime();
      nlp += t1 - t0;
      framing += t2 - t1;
      terms += t3 - t2;
      words += text.wordCount();
    }
    System.out.printf(
        "articles=%d words=%d lexicon_entries=%d lexicon_load_ms=%.0f%n",
        bodies.size(), words, lexicon.entries().size(), loadNanos / 1e6);
    System.out.printf(
        "nlp_ms=%.0f framing_ms=%.0f term_count_ms=%.0f hits=%d%n",
        nlp / 1e6, framing / 1e6, terms / 1e6, hits);
    System.out.printf(
        "framing_over_nlp=%.4f framing_and_terms_over_nlp=%.4f%n",
        framing / (double) nlp, (framing + terms) / (double) nlp);
  }

  private static List<String> bodies(Path input, int limit) throws IOException {
    if (!Files.exists(input)) {
      throw new IllegalArgumentException("benchmark input " + input + " does not exist");
    }
    ObjectMapper json = new ObjectMapper();
    List<String> bodies = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(input)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine();
          line != null && bodies.size() < limit;
          line = in.readLine()) {
        JsonNode body = json.readTree(line).get("body");
        if (body != null && !body.asText().isBlank()) {
          bodies.add(body.asText());
        }
      }
    }
    return bodies;
  }
}
