package parallax.ingest;

import java.util.Optional;
import parallax.model.Article;
import parallax.model.Reject;

/**
 * Checks one raw record against the input contract and turns it into an {@link Article} or a {@link
 * Reject} whose reason names the field and the problem. Stateless and thread-safe.
 */
final class RecordValidator {

  /**
   * Bodies longer than this are rejected rather than risk a task's memory: a million characters is
   * some 170,000 words, twenty times the longest of 6,000 real news articles (49,228 characters),
   * while analysing one such body takes a few tens of MB of heap.
   */
  static final int DEFAULT_MAX_BODY_CHARS = 1_000_000;

  /** Room for the fields besides the body (and JSON or CSV syntax) in one record. */
  private static final long RECORD_OVERHEAD_BYTES = 1 << 20;

  private final int maxBodyChars;

  RecordValidator(int maxBodyChars) {
    if (maxBodyChars < 1) {
      throw new IllegalArgumentException("maxBodyChars must be positive, was " + maxBodyChars);
    }
    this.maxBodyChars = maxBodyChars;
  }

  /** Validates {@code raw} and hands the article or the reject to {@code sink}. */
  void accept(RawRecord raw, IngestSink sink) {
    Optional<String> problem = problemWith(raw);
    if (problem.isPresent()) {
      sink.reject(new Reject(raw.inputFile(), raw.line(), blankToNull(raw.id()), problem.get()));
      return;
    }
    String body = BodyText.clean(raw.body());
    if (body.isBlank()) {
      sink.reject(
          new Reject(
              raw.inputFile(),
              raw.line(),
              raw.id().strip(),
              "body has no text once HTML markup is removed"));
      return;
    }
    String published = blankToNull(raw.published());
    sink.article(
        new Article(
            raw.id().strip(),
            blankToNull(raw.storyId()),
            raw.source().strip(),
            blankToNull(raw.creditedSource()),
            blankToNull(raw.title()),
            published == null ? null : PublishedDates.normalise(published).orElseThrow(),
            blankToNull(raw.url()),
            body,
            raw.inputFile(),
            raw.line()));
  }

  /**
   * The most bytes one record (a JSON line, a CSV row, a text file) may take before it is skipped
   * unread: a body at the limit in any script (up to 4 bytes a character in UTF-8) and the other
   * fields. Keeps what one task holds in memory bounded whatever the input.
   */
  long maxRecordBytes() {
    return Math.min(4L * maxBodyChars + RECORD_OVERHEAD_BYTES, Integer.MAX_VALUE - 64);
  }

  /**
   * The reason for a record over {@link #maxRecordBytes()}: {@code what} has {@code size} units.
   */
  String tooLong(String what, long size, String unit) {
    return what
        + " has "
        + size
        + " "
        + unit
        + ", too long for an article within the limit of "
        + maxBodyChars
        + " characters (--max-body-chars); not read";
  }

  private Optional<String> problemWith(RawRecord raw) {
    if (raw.id() == null) {
      return Optional.of("missing id");
    }
    if (raw.id().isBlank()) {
      return Optional.of("empty id");
    }
    if (raw.source() == null) {
      return Optional.of("missing source");
    }
    if (raw.source().isBlank()) {
      return Optional.of("empty source");
    }
    if (raw.body() == null) {
      return Optional.of("missing body");
    }
    if (raw.body().isBlank()) {
      return Optional.of("empty body");
    }
    if (raw.body().length() > maxBodyChars) {
      return Optional.of(
          "body has "
              + raw.body().length()
              + " characters, more than the limit of "
              + maxBodyChars
              + " (--max-body-chars)");
    }
    Optional<String> binary = BodyText.binaryReason(raw.body());
    if (binary.isPresent()) {
      return binary;
    }
    String published = blankToNull(raw.published());
    if (published != null && PublishedDates.normalise(published).isEmpty()) {
      return Optional.of(
          "published '" + abbreviate(published) + "' is not an ISO-8601 date or date-time");
    }
    return Optional.empty();
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The value cut to a length that fits a one-line message. */
  static String abbreviate(String value) {
    String oneLine = value.replaceAll("\\s+", " ");
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
  }
}
