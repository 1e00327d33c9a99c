package parallax.job;

/**
 * A problem that stops the whole run before it can produce anything useful (a missing input path,
 * an unwritable output folder, a malformed lexicon line). Its message is one line a person can act
 * on; the command line prints it without a stack trace.
 */
public final class JobFailure extends RuntimeException {

  public JobFailure(String message) {
    super(message);
  }

  public JobFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
