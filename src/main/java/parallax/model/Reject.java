package parallax.model;

import java.util.Objects;

/**
 * An input record that could not be analysed, with the reason a person can act on.
 *
 * @param inputFile the file the record came from
 * @param line the 1-based line where the record starts, or 0 when the whole file is rejected
 * @param articleId the record's id when it could be read, else null
 * @param reason why the record was rejected, in plain words
 */
public record Reject(String inputFile, long line, String articleId, String reason) {

  public Reject {
    Objects.requireNonNull(inputFile, "inputFile");
    Objects.requireNonNull(reason, "reason");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, was " + line);
    }
  }

  /** Where the record came from, as {@code file:line} (just the file for whole-file rejects). */
  public String location() {
    return line == 0 ? inputFile : inputFile + ":" + line;
  }
}
