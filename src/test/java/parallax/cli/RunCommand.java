package parallax.cli;

import picocli.CommandLine;

/**
 * Runs one Parallax command from the test classpath until the command line's {@code cli.Main} lists
 * it: {@code RunCommand evaluate-grouping --input FILE}. Not a test.
 */
public final class RunCommand {

  private RunCommand() {}

  public static void main(String[] args) {
    CommandLine line = new CommandLine(new EvaluateGroupingCommand());
    if (args.length == 0 || !args[0].equals(line.getCommandName())) {
      System.err.println("usage: RunCommand evaluate-grouping --input FILE");
      System.exit(2);
    }
    String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
    System.exit(line.execute(rest));
  }
}
