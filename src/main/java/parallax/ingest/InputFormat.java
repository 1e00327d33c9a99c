package parallax.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * The article formats Parallax reads, recognised by file name. A trailing {@code .gz} means the
 * file is gzip-compressed. {@code sources.csv} is outlet metadata, not articles, and is never read
 * as articles.
 */
public enum InputFormat {
  /** One JSON object per line. */
  JSON_LINES,
  /** CSV with a header row naming the article columns. */
  CSV,
  /** One article per file: the first line is the title, the rest the body. */
  PLAIN_TEXT;

  /** The format of a file, or empty when the file is not an article file. */
  public static Optional<InputFormat> of(String fileName) {
    String name = uncompressedName(fileName).toLowerCase(Locale.ROOT);
    if (name.equals("sources.csv")) {
      return Optional.empty();
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return Optional.of(JSON_LINES);
    }
    if (name.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (name.endsWith(".txt")) {
      return Optional.of(PLAIN_TEXT);
    }
    return Optional.empty();
  }

  /** True when the file name says gzip. */
  public static boolean isGzip(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  private static String uncompressedName(String fileName) {
    String base = fileName.substring(fileName.lastIndexOf('/') + 1);
    return isGzip(base) ? base.substring(0, base.length() - 3) : base;
  }
}
