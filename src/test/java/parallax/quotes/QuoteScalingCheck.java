package parallax.quotes;

import java.nio.file.Path;
import java.util.Locale;
import parallax.model.AnnotatedText;
import parallax.nlp.EntityList;
import parallax.nlp.NlpPipeline;

/**
 * Run by hand, not a test: quote analysis on inputs built to trip a non-linear step (one huge
 * paragraph, thousands of unmatched quotation marks, chains of speech verbs); doubling the input
 * should double the time. The cost on real articles is measured by {@code scripts/bench.sh jmh}.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) parallax.quotes.QuoteScalingCheck
 * </pre>
 */
public final class QuoteScalingCheck {

  private QuoteScalingCheck() {}

  public static void main(String[] args) {
    NlpPipeline pipeline = new NlpPipeline();
    QuoteAnalyzer analyzer =
        QuoteAnalyzer.fromLexicons(
            Path.of("data/lexicons"), EntityList.load(Path.of("data/entities.tsv")));
    adversarial(pipeline, analyzer);
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
}
