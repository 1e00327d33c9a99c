package parallax.cli;

import java.io.PrintWriter;
import parallax.job.JobFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code parallax}: compares how different outlets tell the same news story. */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    versionProvider = ParallaxCommand.Version.class,
    description = "Compares how different outlets tell the same news story.",
    subcommands = {
      RunCommand.class,
      EvaluateSpansCommand.class,
      TrainSentimentCommand.class,
      EvaluateSentimentCommand.class,
      BenchSentimentCommand.class,
      EvaluateGroupingCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ParallaxCommand implements Runnable {

  /** Exit code for a run that could not start or finish: bad input path, unwritable output. */
  public static final int EXIT_FAILURE = 2;

  /** Exit code for an unexpected error (a bug or the environment). */
  public static final int EXIT_ERROR = 1;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print stack traces with errors.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The command line with Parallax's error handling: one line per error, traces on --verbose. */
  public static CommandLine commandLine() {
    CommandLine line = new CommandLine(new ParallaxCommand());
    line.setExecutionExceptionHandler(
        (exception, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          boolean verbose = verbose(parseResult);
          if (exception instanceof JobFailure) {
            err.println("parallax: error: " + exception.getMessage());
            if (verbose) {
              exception.printStackTrace(err);
            }
            err.flush();
            return EXIT_FAILURE;
          }
          err.println("parallax: unexpected error: " + oneLine(exception));
          if (verbose) {
            exception.printStackTrace(err);
          } else {
            err.println("parallax: run again with --verbose for the stack trace");
          }
          err.flush();
          return EXIT_ERROR;
        });
    return line;
  }

  /** Whether --verbose was given, to the top command or (inherited) to a subcommand. */
  private static boolean verbose(CommandLine.ParseResult parseResult) {
    for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  private static String oneLine(Throwable exception) {
    Throwable root = exception;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = String.valueOf(root.getMessage());
    int newline = message.indexOf('\n');
    return root.getClass().getSimpleName()
        + ": "
        + (newline < 0 ? message : message.substring(0, newline));
  }

  /** Reads Parallax's version from its jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = ParallaxCommand.class.getPackage().getImplementationVersion();
      return new String[] {"parallax " + (version == null ? "development" : version)};
    }
  }
}
