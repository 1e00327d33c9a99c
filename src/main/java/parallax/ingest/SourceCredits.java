package parallax.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a text says published it (a byline such as "James del Carmen for TROIB News") and which
 * other outlet it credits ("Read Full Article at RT.com", "This article was originally published by
 * Meridian Wire", "Read the original at abnnews.example"). Names are returned as written; matching
 * them to outlets is done against {@code sources.csv}. Stateless, thread-safe.
 */
public final class SourceCredits {

  /** "Name for Outlet", alone on a line, at most a few words of name. */
  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?:By\\s+)?[\\p{L}][\\p{L}.' -]{1,60}?\\s+for\\s+(\\p{Lu}[\\p{L}\\p{N}&.' -]{1,60}?)\\.?$");

  private static final List<Pattern> CREDITS =
      List.of(
          Pattern.compile(
              "(?i)\\bread (?:the )?(?:full|whole|original|complete)?\\s*(?:article|story|report|original)"
                  + " (?:at|on) ([\\p{L}\\p{N}][\\p{L}\\p{N}.&' -]*?)\\s*[.!]?$"),
          Pattern.compile(
              "(?i)\\b(?:originally|first) (?:published|appeared|reported) (?:by|in|on|at) ([\\p{L}\\p{N}][\\p{L}\\p{N}.&' -]*?)\\s*[.!]?$"));

  private static final int CREDIT_LINES_SEARCHED = 3;

  private SourceCredits() {}

  /** The outlet named by a byline on one of the last lines of {@code body}, if any. */
  public static Optional<String> byline(String body) {
    for (String line : lastLines(body, CREDIT_LINES_SEARCHED)) {
      Matcher m = BYLINE.matcher(line.strip());
      if (m.matches()) {
        return Optional.of(m.group(1).strip());
      }
    }
    return Optional.empty();
  }

  /**
   * The outlet a credit line names, searching the first and last lines of {@code body} (where
   * teasers and footers put them), if any.
   */
  public static Optional<String> credited(String body) {
    List<String> lines = body.lines().filter(l -> !l.isBlank()).toList();
    int n = lines.size();
    for (int i = 0; i < n; i++) {
      if (i >= CREDIT_LINES_SEARCHED && i < n - CREDIT_LINES_SEARCHED) {
        continue;
      }
      Optional<String> credit = creditIn(lines.get(i).strip());
      if (credit.isPresent()) {
        return credit;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> creditIn(String line) {
    for (Pattern credit : CREDITS) {
      Matcher m = credit.matcher(line);
      if (m.find()) {
        return Optional.of(m.group(1).strip());
      }
    }
    return Optional.empty();
  }

  private static List<String> lastLines(String body, int count) {
    List<String> lines = body.lines().filter(l -> !l.isBlank()).toList();
    List<String> last =
        new ArrayList<>(lines.subList(Math.max(0, lines.size() - count), lines.size()));
    Collections.reverse(last);
    return last;
  }
}
