package parallax.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the commands a user would type (the jar, spark-submit, the cluster script) as child
 * processes, stdout and stderr into a log file, with a time limit. Stateless.
 */
public final class Commands {

  /**
   * A finished command: its exit code and everything it printed; {@code errors} is what went to
   * stderr alone when it was kept apart ({@link #runApart}), else empty.
   */
  public record Result(int exitCode, String output, String errors, Path log) {}

  /** The project root: the working directory of tests. */
  public static final Path ROOT = Path.of("").toAbsolutePath();

  private Commands() {}

  /** Starts {@code command} in the project root, output (both streams) into {@code log}. */
  public static Process start(List<String> command, Map<String, String> env, Path log)
      throws IOException {
    Files.createDirectories(log.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    builder.environment().putAll(env);
    return builder.start();
  }

  /** Like {@link #start}, then waits; a command over its time is killed and reported. */
  public static Result run(List<String> command, Map<String, String> env, Path log, Duration limit)
      throws IOException, InterruptedException {
    Process process = start(command, env, log);
    return waitFor(process, log, limit, command);
  }

  /**
   * Like {@link #run}, with stderr kept apart in {@code log} + {@code .err}, to check what a user
   * sees as errors.
   */
  public static Result runApart(
      List<String> command, Map<String, String> env, Path log, Duration limit)
      throws IOException, InterruptedException {
    Files.createDirectories(log.getParent());
    Path err = log.resolveSibling(log.getFileName() + ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(ROOT.toFile())
            .redirectOutput(log.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    builder.environment().putAll(env);
    Result result = waitFor(builder.start(), log, limit, command);
    return new Result(
        result.exitCode(), result.output(), Files.readString(err, StandardCharsets.UTF_8), log);
  }

  /** Waits for a started command. */
  public static Result waitFor(Process process, Path log, Duration limit, List<String> command)
      throws IOException, InterruptedException {
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
      throw new AssertionError("still running after " + limit + ": " + command + "\n" + tail(log));
    }
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), "", log);
  }

  /** The last lines of a log, for failure messages. */
  public static String tail(Path log) throws IOException {
    if (!Files.exists(log)) {
      return "(no output)";
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  /** {@code java -jar target/parallax-local.jar ARGS}: the laptop command of the README. */
  public static List<String> localJar(List<String> args) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                java,
                "-Djava.awt.headless=true",
                "-jar",
                ROOT.resolve("target/parallax-local.jar").toString()));
    command.addAll(args);
    return command;
  }
}
