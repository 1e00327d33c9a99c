package parallax.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The 1-core measurements taken on one core: a second JVM confined to one CPU ({@code taskset -c
 * 0}) runs the limit on one thread and the job on {@code local[1]} when the benchmark asks. A JVM
 * that may use the machine's other core runs its JIT compilers, garbage collector and driver
 * threads there beside its one task thread, so its "1 core" figure is about 1.5 cores on this
 * machine; a JVM confined to one CPU measures what one core does, and the ratio to two cores what a
 * second core adds. The worker stays up between runs, so its runs warm up as the benchmark's own
 * do.
 *
 * <p>Protocol (one line each way): {@code limit} or {@code job OUTPUT_DIR} in, {@code result TOKENS
 * SECONDS CPU_SECONDS} or {@code error MESSAGE} out; first, once warm, {@code ready CPUS}.
 */
final class OneCpu implements AutoCloseable {

  private static final Path TASKSET = Path.of("/usr/bin/taskset");

  /** Tokens processed, seconds taken and the CPU seconds the confined JVM used meanwhile. */
  record Measurement(long tokens, double seconds, double cpuSeconds) {
    double tokensPerSecond() {
      return tokens / seconds;
    }
  }

  private final Process worker;
  private final BufferedWriter requests;
  private final BufferedReader replies;

  private OneCpu(Process worker) {
    this.worker = worker;
    this.requests =
        new BufferedWriter(
            new OutputStreamWriter(worker.getOutputStream(), StandardCharsets.UTF_8));
    this.replies =
        new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Starts the confined worker with this JVM's classpath and options, over the same corpus. */
  static OneCpu start(Path corpus) throws IOException {
    if (!Files.isExecutable(TASKSET)) {
      throw new IllegalStateException(
          "the 1-core measurements need " + TASKSET + " (util-linux) to confine a JVM to one CPU");
    }
    List<String> command = new ArrayList<>();
    command.add(TASKSET.toString());
    command.add("-c");
    command.add("0");
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(OneCpu.class.getName());
    command.add(corpus.toString());
    Process worker =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    OneCpu oneCpu = new OneCpu(worker);
    // The worker says how many CPUs its JVM sees: anything but one means it was not confined.
    String cpus = oneCpu.await("ready ").substring("ready ".length());
    if (!cpus.equals("1")) {
      oneCpu.close();
      throw new IllegalStateException("the one-CPU worker's JVM sees " + cpus + " CPUs, not one");
    }
    return oneCpu;
  }

  /** The limit on one thread in the confined JVM. */
  Measurement limit() throws IOException {
    return ask("limit");
  }

  /** The job on {@code local[1]} in the confined JVM. */
  Measurement job(Path output) throws IOException {
    return ask("job " + output.toAbsolutePath());
  }

  private Measurement ask(String request) throws IOException {
    requests.write(request);
    requests.newLine();
    requests.flush();
    String[] fields = await("result").split(" ");
    return new Measurement(
        Long.parseLong(fields[1]), Double.parseDouble(fields[2]), Double.parseDouble(fields[3]));
  }

  private String await(String kind) throws IOException {
    String reply = replies.readLine();
    if (reply == null) {
      throw new IllegalStateException("the one-CPU worker exited (its errors are above)");
    }
    if (!reply.startsWith(kind)) {
      throw new IllegalStateException("the one-CPU worker answered: " + reply);
    }
    return reply;
  }

  @Override
  public void close() throws IOException {
    requests.close();
    try {
      worker.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      worker.destroy();
    }
  }

  /** The worker: {@code OneCpu CORPUS}, requests on standard input, one reply line each. */
  public static void main(String[] args) throws Exception {
    PrintStream protocol = System.out;
    // Replies only on the protocol stream: anything else the job or Spark prints goes to stderr.
    System.setOut(System.err);
    Path corpus = Path.of(args[0]);
    List<String> bodies = BenchCorpus.bodies(corpus);
    NlpLimit.warmUp(bodies, 1);
    protocol.println("ready " + Runtime.getRuntime().availableProcessors());
    protocol.flush();
    BufferedReader requests =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String request = requests.readLine(); request != null; request = requests.readLine()) {
      try {
        protocol.println(answer(request, corpus, bodies));
      } catch (Exception e) {
        e.printStackTrace();
        protocol.println("error " + request + ": " + e);
      }
      protocol.flush();
    }
  }

  private static String answer(String request, Path corpus, List<String> bodies) throws Exception {
    if (request.equals("limit")) {
      long cpuBefore = JobRun.processCpuNanos();
      NlpLimit.Measurement limit = NlpLimit.run(bodies, 1);
      return result(limit.tokens(), limit.seconds(), JobRun.processCpuNanos() - cpuBefore);
    }
    if (request.startsWith("job ")) {
      JobRun.Measurement job = JobRun.run(corpus, 1, Path.of(request.substring(4)));
      return result(job.tokens(), job.seconds(), (long) (job.cpuSeconds() * 1e9));
    }
    throw new IllegalArgumentException("unknown request");
  }

  private static String result(long tokens, double seconds, long cpuNanos) {
    return String.format(Locale.ROOT, "result %d %.6f %.6f", tokens, seconds, cpuNanos / 1e9);
  }
}
