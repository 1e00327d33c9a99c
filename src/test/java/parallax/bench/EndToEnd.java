package parallax.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The run command as the README gives it (with the throughput collector), timed with {@code
 * /usr/bin/time} for its peak memory.
 */
final class EndToEnd {

  /** The JVM options of the README's run command (scripts/bench.sh gives its own JVM the same). */
  static final List<String> JVM_OPTIONS = List.of("-XX:+UseParallelGC");

  private EndToEnd() {}

  record Measurement(double seconds, double peakMegabytes) {}

  static Measurement run(Path localJar, Path corpus, Path output)
      throws IOException, InterruptedException {
    Path timing = Files.createTempFile("parallax-time", ".txt");
    List<String> command =
        new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M", "-o", timing.toString(), "java"));
    command.addAll(JVM_OPTIONS);
    command.addAll(
        List.of(
            "-jar",
            localJar.toString(),
            "run",
            "--input",
            corpus.toString(),
            "--out",
            output.toString(),
            "--overwrite"));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException("run command failed with exit code " + exit + ": " + command);
    }
    String[] fields = Files.readString(timing, StandardCharsets.UTF_8).trim().split("\\s+");
    Files.delete(timing);
    return new Measurement(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]) / 1024.0);
  }
}
