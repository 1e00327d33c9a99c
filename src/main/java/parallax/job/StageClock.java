package parallax.job;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Times the stages of a run and prints one line per stage with what it produced, so a person
 * watching a long run sees where it is, and tells a listener when a stage starts (the job names its
 * Spark jobs after the stage, for the Spark UI and its REST API). The timings go into the manifest.
 * Not thread-safe: the driver's.
 */
final class StageClock {

  /** One finished stage. */
  record Stage(String name, double seconds, String result) {}

  private final PrintStream console;
  private final Consumer<String> onStart;
  private final List<Stage> stages = new ArrayList<>();
  private final long runStart = System.nanoTime();
  private long stageStart = runStart;
  private String current;

  StageClock(PrintStream console, Consumer<String> onStart) {
    this.console = console;
    this.onStart = onStart;
  }

  /** Starts a stage and says so. */
  void start(String name) {
    current = name;
    stageStart = System.nanoTime();
    onStart.accept(name);
    console.printf(Locale.ROOT, "parallax: %-8s ...%n", name);
  }

  /** Ends the current stage with a short account of what it produced. */
  void end(String result) {
    double seconds = (System.nanoTime() - stageStart) / 1e9;
    stages.add(new Stage(current, seconds, result));
    console.printf(Locale.ROOT, "parallax: %-8s %s (%.1f s)%n", current, result, seconds);
  }

  /** Where stage lines go; other progress lines go there too. */
  PrintStream console() {
    return console;
  }

  List<Stage> stages() {
    return List.copyOf(stages);
  }

  double totalSeconds() {
    return (System.nanoTime() - runStart) / 1e9;
  }
}
