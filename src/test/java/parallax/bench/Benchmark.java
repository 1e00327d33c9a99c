package parallax.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parallax's speed against the NLP limit, measured side by side in one invocation: the bare OpenNLP
 * limit with 1 and 2 threads, the full job with {@code local[1]} and {@code local[2]}, the run
 * command end to end with its peak memory, and the job's time per stage. The 1-core figures are
 * taken twice: on one core (a JVM confined to one CPU, {@link OneCpu}), which S uses, and
 * unconfined, as a JVM on this machine runs them. Runs are interleaved so a noisy machine slows
 * every variant alike; medians are reported. The last line is {@code job_over_limit=R
 * scaling_vs_limit=S}.
 *
 * <p>Usage: {@code Benchmark CORPUS RUNS LOCAL_JAR WORK_DIR}.
 */
public final class Benchmark {

  // The 1-core figures S is taken from run in a JVM confined to one CPU (OneCpu); the unconfined
  // ones, whose JIT and driver threads use the second core, are printed beside them.
  private static final String LIMIT_1 = "limit 1 thread";
  private static final String LIMIT_1_UNCONFINED = "limit 1 thread, unconfined";
  private static final String LIMIT_2 = "limit 2 threads";
  private static final String JOB_1 = "job local[1]";
  private static final String JOB_1_UNCONFINED = "job local[1], unconfined";
  private static final String JOB_2 = "job local[2]";

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int runs = Integer.parseInt(args[1]);
    Path localJar = Path.of(args[2]);
    Path work = Files.createDirectories(Path.of(args[3]));
    List<String> bodies = BenchCorpus.bodies(corpus);
    System.out.printf(
        Locale.ROOT, "corpus: %s, %d articles, %d runs%n", corpus, bodies.size(), runs);

    // Warm the JIT on the NLP code first, or the first measured variant pays for compiling it.
    NlpLimit.warmUp(bodies, 2);

    Map<String, List<Double>> rates = new LinkedHashMap<>();
    Map<String, List<Double>> stageShares = new LinkedHashMap<>();
    List<Double> wallSeconds = new ArrayList<>();
    List<Double> peakMegabytes = new ArrayList<>();
    List<Double> cpuSeconds = new ArrayList<>();
    List<Double> unconfinedBusyCores = new ArrayList<>();
    List<Double> generatedClasses = new ArrayList<>();
    try (OneCpu oneCpu = OneCpu.start(corpus)) {
      for (int run = 1; run <= runs; run++) {
        record(LIMIT_1, rates, oneCpu.limit().tokensPerSecond(), run);
        record(LIMIT_1_UNCONFINED, rates, NlpLimit.run(bodies, 1).tokensPerSecond(), run);
        record(LIMIT_2, rates, NlpLimit.run(bodies, 2).tokensPerSecond(), run);
        OneCpu.Measurement job1 = oneCpu.job(work.resolve("job1"));
        record(JOB_1, rates, job1.tokensPerSecond(), run);
        System.out.printf(
            Locale.ROOT,
            "run %d: job local[1] on one CPU %.1f s, %.1f CPU s%n",
            run,
            job1.seconds(),
            job1.cpuSeconds());
        JobRun.Measurement unconfined = JobRun.run(corpus, 1, work.resolve("job1-unconfined"));
        record(JOB_1_UNCONFINED, rates, unconfined.tokensPerSecond(), run);
        unconfinedBusyCores.add(unconfined.cpuSeconds() / unconfined.seconds());
        System.out.printf(
            Locale.ROOT,
            "run %d: job local[1] unconfined %.1f s, %.1f CPU s (%.2f cores busy)%n",
            run,
            unconfined.seconds(),
            unconfined.cpuSeconds(),
            unconfined.cpuSeconds() / unconfined.seconds());
        JobRun.Measurement job2 = JobRun.run(corpus, 2, work.resolve("job2"));
        record(JOB_2, rates, job2.tokensPerSecond(), run);
        shares(job2, stageShares);
        cpuSeconds.add(job2.cpuSeconds());
        generatedClasses.add((double) job2.generatedClasses());
        System.out.printf(
            Locale.ROOT,
            "run %d: job local[2] %.1f s, %.1f CPU s, %d generated classes compiled%n",
            run,
            job2.seconds(),
            job2.cpuSeconds(),
            job2.generatedClasses());
        EndToEnd.Measurement e2e = EndToEnd.run(localJar, corpus, work.resolve("e2e"));
        wallSeconds.add(e2e.seconds());
        peakMegabytes.add(e2e.peakMegabytes());
        System.out.printf(
            Locale.ROOT,
            "run %d: run command %.1f s, peak RSS %.0f MB%n",
            run,
            e2e.seconds(),
            e2e.peakMegabytes());
      }
    }

    System.out.println();
    System.out.println("medians over " + runs + " runs (tokens per second):");
    Map<String, Double> median = new LinkedHashMap<>();
    rates.forEach((name, values) -> median.put(name, Medians.of(values)));
    median.forEach(
        (name, value) -> System.out.printf(Locale.ROOT, "  %-26s %,10.0f%n", name, value));
    System.out.printf(
        Locale.ROOT,
        "run command (java %s -jar parallax-local.jar run): %.1f s wall, %.0f MB peak RSS%n",
        String.join(" ", EndToEnd.JVM_OPTIONS),
        Medians.of(wallSeconds),
        Medians.of(peakMegabytes));
    // Part of the fixed cost per run: Spark compiles its generated classes anew in every session.
    System.out.printf(
        Locale.ROOT,
        "job local[2]: %.1f CPU s (of 2 cores), %.0f generated classes compiled%n",
        Medians.of(cpuSeconds),
        Medians.of(generatedClasses));
    System.out.printf(
        Locale.ROOT,
        "job local[1] unconfined: %.2f cores busy on average (JIT, GC and driver beside its one"
            + " task thread)%n",
        Medians.of(unconfinedBusyCores));
    System.out.println("job local[2], share of work per stage:");
    stageShares.forEach(
        (stage, values) ->
            System.out.printf(Locale.ROOT, "  %-22s %5.1f%%%n", stage, 100 * Medians.of(values)));
    double r = median.get(JOB_2) / median.get(LIMIT_2);
    System.out.printf(
        Locale.ROOT,
        "scaling with both 1-core figures unconfined (the JIT and driver borrow the second core):"
            + " %.3f%n",
        scaling(median, JOB_1_UNCONFINED, LIMIT_1_UNCONFINED));
    System.out.printf(
        Locale.ROOT,
        "job_over_limit=%.3f scaling_vs_limit=%.3f%n",
        r,
        scaling(median, JOB_1, LIMIT_1));
  }

  /** The job's speed-up from one core to two over the limit's, from the given 1-core figures. */
  private static double scaling(Map<String, Double> median, String job1, String limit1) {
    return (median.get(JOB_2) / median.get(job1)) / (median.get(LIMIT_2) / median.get(limit1));
  }

  private static void record(String name, Map<String, List<Double>> rates, double value, int run) {
    rates.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    System.out.printf(Locale.ROOT, "run %d: %-26s %,10.0f tokens/s%n", run, name, value);
  }

  private static void shares(JobRun.Measurement job, Map<String, List<Double>> shares) {
    double total = job.seconds();
    job.stageSeconds()
        .forEach(
            (stage, seconds) -> {
              if (!stage.startsWith("task:")) {
                shares.computeIfAbsent(stage, s -> new ArrayList<>()).add(seconds / total);
              }
            });
    double analyse = job.stageSeconds().getOrDefault("analyse", 0.0);
    double taskTotal =
        job.stageSeconds().entrySet().stream()
            .filter(e -> e.getKey().startsWith("task:"))
            .mapToDouble(Map.Entry::getValue)
            .sum();
    if (taskTotal > 0) {
      // The analysis runs as one pass; split its wall time by the task time each analysis took.
      job.stageSeconds()
          .forEach(
              (stage, seconds) -> {
                if (stage.startsWith("task:")) {
                  shares
                      .computeIfAbsent("  analyse/" + stage.substring(5), s -> new ArrayList<>())
                      .add(analyse * seconds / taskTotal / total);
                }
              });
    }
  }
}
