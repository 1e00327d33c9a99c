package parallax.cli;

/** The {@code parallax} command line; the only place that calls {@link System#exit}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(ParallaxCommand.commandLine().execute(args));
  }
}
