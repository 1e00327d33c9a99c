package parallax.bench;

import java.nio.file.Path;
import java.util.List;

/** Quick check of the NLP limit alone: {@code LimitMain CORPUS [THREADS...]}. */
final class LimitMain {

  private LimitMain() {}

  public static void main(String[] args) throws Exception {
    List<String> bodies = BenchCorpus.bodies(Path.of(args[0]));
    for (int i = 1; i < args.length; i++) {
      NlpLimit.Measurement m = NlpLimit.run(bodies, Integer.parseInt(args[i]));
      System.out.printf(
          "threads=%s tokens=%d seconds=%.1f tokens_per_s=%.0f%n",
          args[i], m.tokens(), m.seconds(), m.tokensPerSecond());
    }
  }
}
