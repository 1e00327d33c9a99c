package parallax.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Spark standalone cluster of {@code scripts/spark-cluster.sh} (a master and two workers, each
 * a JVM on 127.0.0.1), started once for all the integration tests of a JVM and stopped after the
 * last one, or when the JVM exits. Ports are chosen free at start, so a cluster someone else runs
 * on this machine is never touched.
 *
 * <p>Tests use it through {@link Extension} and {@link #get()}. Thread-safe.
 */
public final class LocalCluster implements AutoCloseable {

  private static final Path ROOT = Commands.ROOT;
  private static final Path SCRIPT = ROOT.resolve("scripts/spark-cluster.sh");
  private static final Path STATE = ROOT.resolve("target/it-cluster");
  private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(5);

  private static LocalCluster instance;

  private final Map<String, String> env;
  private final String masterUrl;
  private final Path sparkHome;
  private boolean stopped;

  private LocalCluster(Map<String, String> env, String masterUrl, Path sparkHome) {
    this.env = env;
    this.masterUrl = masterUrl;
    this.sparkHome = sparkHome;
  }

  /** The running cluster; {@link Extension} starts it. */
  static synchronized LocalCluster get() {
    if (instance == null) {
      throw new IllegalStateException("annotate the test with @ExtendWith(LocalCluster.Extension)");
    }
    return instance;
  }

  private static synchronized LocalCluster startOnce() throws IOException, InterruptedException {
    if (instance != null) {
      return instance;
    }
    int masterPort = freePort();
    Map<String, String> env =
        Map.of(
            "PARALLAX_CLUSTER_DIR", STATE.toString(),
            "PARALLAX_MASTER_PORT", String.valueOf(masterPort),
            "PARALLAX_MASTER_UI_PORT", String.valueOf(freePort()),
            "PARALLAX_MASTER_REST_PORT", String.valueOf(freePort()));
    Files.createDirectories(STATE.getParent());
    // A cluster left by a test JVM that died runs on other ports: stop it first.
    Commands.run(script("stop"), env, STATE.resolveSibling("it-cluster-stop.log"), SCRIPT_TIMEOUT);
    Commands.Result started =
        Commands.run(
            script("start"), env, STATE.resolveSibling("it-cluster-start.log"), SCRIPT_TIMEOUT);
    LocalCluster cluster = new LocalCluster(env, "spark://127.0.0.1:" + masterPort, sparkHome(env));
    Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "stop-spark-cluster"));
    if (started.exitCode() != 0) {
      cluster.close();
      throw new IllegalStateException(
          "scripts/spark-cluster.sh start failed (exit "
              + started.exitCode()
              + "):\n"
              + started.output());
    }
    instance = cluster;
    return cluster;
  }

  private static Path sparkHome(Map<String, String> env) throws IOException, InterruptedException {
    Commands.Result printed =
        Commands.run(
            script("env"), env, STATE.resolveSibling("it-cluster-env.log"), SCRIPT_TIMEOUT);
    for (String line : printed.output().split("\n")) {
      if (line.startsWith("export SPARK_HOME=")) {
        return Path.of(line.substring("export SPARK_HOME=".length()).replace("'", ""));
      }
    }
    throw new IllegalStateException(
        "scripts/spark-cluster.sh env printed no SPARK_HOME:\n" + printed.output());
  }

  private static List<String> script(String command) {
    return List.of("bash", SCRIPT.toString(), command);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** {@code spark://127.0.0.1:PORT}. */
  String masterUrl() {
    return masterUrl;
  }

  /** Where the workers keep executor and driver folders (with their logs). */
  Path workerDir(int worker) {
    return STATE.resolve("worker-" + worker);
  }

  /** The PID of a worker JVM. */
  long workerPid(int worker) throws IOException {
    return Long.parseLong(Files.readString(STATE.resolve("worker-" + worker + ".pid")).strip());
  }

  /**
   * The command line of {@code bin/spark-submit --master <this cluster>} followed by {@code args},
   * as a user would type it.
   */
  List<String> sparkSubmit(List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(sparkHome.resolve("bin/spark-submit").toString());
    command.add("--master");
    command.add(masterUrl);
    command.addAll(args);
    return command;
  }

  /** {@code bin/spark-submit ARGS} of the distribution, with the master left to {@code args}. */
  List<String> sparkSubmitLocal(List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(sparkHome.resolve("bin/spark-submit").toString());
    command.addAll(args);
    return command;
  }

  /** The environment spark-submit runs in: the distribution, and loopback only. */
  Map<String, String> submitEnv() {
    return Map.of(
        "SPARK_HOME",
        sparkHome.toString(),
        "SPARK_SCALA_VERSION",
        "2.13",
        "SPARK_LOCAL_IP",
        "127.0.0.1",
        "SPARK_CONF_DIR",
        sparkHome.resolve("conf").toString());
  }

  /** Stops master and workers (and whatever executors and drivers they still run). */
  @Override
  public synchronized void close() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      Commands.run(
          script("stop"), env, STATE.resolveSibling("it-cluster-stop.log"), SCRIPT_TIMEOUT);
    } catch (IOException | InterruptedException e) {
      System.err.println("could not stop the test Spark cluster: " + e);
    }
  }

  /** Starts the cluster before the first test class that needs it; JUnit closes it at the end. */
  public static final class Extension implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
      context
          .getRoot()
          .getStore(ExtensionContext.Namespace.create(LocalCluster.class))
          .getOrComputeIfAbsent(
              LocalCluster.class,
              key -> {
                try {
                  return startOnce();
                } catch (IOException e) {
                  throw new IllegalStateException("cannot start the Spark cluster", e);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  throw new IllegalStateException("interrupted starting the Spark cluster", e);
                }
              },
              LocalCluster.class);
    }
  }
}
