package parallax.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * What the job costs per article once its fixed cost is paid: the job on {@code local[2]} over the
 * first quarter, half and all of a corpus, runs interleaved, medians of each size; a least-squares
 * line through them splits the time into a fixed part (JIT, query planning, one job per query, the
 * report's charts) and a part per 1,000 articles, the figure to scale up. The corpus's first
 * articles are its subsets, so smaller subsets also have fewer and smaller stories.
 *
 * <p>Usage: {@code ScaleBenchmark CORPUS RUNS WORK_DIR}.
 */
public final class ScaleBenchmark {

  private static final int CORES = 2;
  private static final int[] QUARTERS = {1, 2, 4};

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int runs = Integer.parseInt(args[1]);
    Path work = Files.createDirectories(Path.of(args[2]));
    List<String> lines = BenchCorpus.records(corpus);
    Map<Integer, Path> subsets = new LinkedHashMap<>();
    for (int quarters : QUARTERS) {
      int articles = lines.size() * quarters / 4;
      Path subset = work.resolve("first-" + articles + ".jsonl");
      try (BufferedWriter out = Files.newBufferedWriter(subset, StandardCharsets.UTF_8)) {
        for (String line : lines.subList(0, articles)) {
          out.write(line);
          out.newLine();
        }
      }
      subsets.put(articles, subset);
    }
    System.out.printf(
        Locale.ROOT, "corpus: %s, subsets %s articles, %d runs%n", corpus, subsets.keySet(), runs);
    // Warm the JVM on the smallest subset first, or the first measured size pays for it.
    JobRun.run(subsets.values().iterator().next(), CORES, work.resolve("warm-up"));

    Map<Integer, List<Double>> seconds = new LinkedHashMap<>();
    for (int run = 1; run <= runs; run++) {
      for (var subset : subsets.entrySet()) {
        JobRun.Measurement job = JobRun.run(subset.getValue(), CORES, work.resolve("job"));
        seconds.computeIfAbsent(subset.getKey(), n -> new ArrayList<>()).add(job.seconds());
        System.out.printf(
            Locale.ROOT,
            "run %d: %,6d articles  %6.1f s  %,8.0f tokens/s%n",
            run,
            subset.getKey(),
            job.seconds(),
            job.tokensPerSecond());
      }
    }

    SimpleRegression line = new SimpleRegression();
    System.out.println();
    System.out.println("medians over " + runs + " runs, job local[" + CORES + "]:");
    for (var size : seconds.entrySet()) {
      double median = Medians.of(size.getValue());
      line.addData(size.getKey(), median);
      System.out.printf(Locale.ROOT, "  %,6d articles  %6.1f s%n", size.getKey(), median);
    }
    double perThousand = line.getSlope() * 1_000;
    System.out.printf(
        Locale.ROOT,
        "fixed_seconds=%.1f seconds_per_1000_articles=%.2f core_seconds_per_1000_articles=%.1f"
            + " r_squared=%.3f%n",
        line.getIntercept(),
        perThousand,
        perThousand * CORES,
        line.getRSquare());
  }
}
