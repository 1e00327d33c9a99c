package parallax.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parallax.model.OutletDirectory;

/**
 * Finds where an article's text credits another outlet (see {@link Credit} for the kinds) and
 * resolves the named outlet through an {@link OutletDirectory}.
 *
 * <p>A byline ("James del Carmen for TROIB News", "Staff writer for Global Dispatch") names the
 * publisher, not a source, so "for X" is never a credit; and credits to the article's own outlet (a
 * wire's "(Reporting by Meridian Wire correspondents)") are left out by the caller, who knows the
 * article's source.
 *
 * <p>Runs a handful of precompiled patterns over each body, never per token. Immutable and
 * thread-safe.
 */
public final class CreditFinder {

  /** Up to six words of an outlet's name, domains included ("RT.com", "abnnews.example"). */
  private static final String PHRASE =
      "([\\p{L}\\p{N}][\\p{L}\\p{N}.&'\u2019-]*(?:[ \\t][\\p{L}\\p{N}][\\p{L}\\p{N}.&'\u2019-]*){0,5})";

  private static final Pattern READ_AT =
      Pattern.compile(
          "(?i)\\bread (?:the )?(?:full |original |complete |entire )?"
              + "(?:article |story |report |version )?(?:at|on) "
              + PHRASE);
  private static final Pattern ORIGINALLY =
      Pattern.compile(
          "(?i)\\b(?:(?:originally|first) (?:published|appeared|ran)"
              + "|(?:republished|reprinted|reproduced)(?: with permission)?)"
              + " (?:by|in|on|at|from) (?:the )?"
              + PHRASE);
  private static final Pattern DATELINE =
      Pattern.compile("(?m)^[^\\n()]{0,80}?\\(([^()\\n]{1,40})\\)[ \\t]*[-\u2013\u2014]");
  private static final Pattern SIGN_OFF =
      Pattern.compile("(?m)^[ \\t]*\\(([^()\\n]{1,40})\\)[ \\t]*$");
  private static final Pattern SOURCE_LINE =
      Pattern.compile("(?im)^[ \\t]*(?:source|courtesy(?: of)?)[ \\t]*:[ \\t]*" + PHRASE);
  private static final Pattern ACCORDING_TO =
      Pattern.compile("(?i)\\baccording to (?:an? |the )?(?:reports? (?:by|in|from) )?" + PHRASE);

  /**
   * A kind of credit, its pattern, and text that any match contains (lower case, as the pattern's
   * ASCII-only case folding sees it): a body without any of it is not searched, which spares most
   * bodies most patterns.
   */
  private record Rule(String kind, Pattern pattern, List<String> anyOf) {
    boolean mayMatch(String lowerCaseBody) {
      for (String text : anyOf) {
        if (lowerCaseBody.contains(text)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final List<Rule> RULES =
      List.of(
          new Rule(Credit.READ_AT, READ_AT, List.of("read ")),
          new Rule(
              Credit.ORIGINALLY,
              ORIGINALLY,
              List.of(
                  "originally published",
                  "originally appeared",
                  "originally ran",
                  "first published",
                  "first appeared",
                  "first ran",
                  "republished",
                  "reprinted",
                  "reproduced")),
          new Rule(Credit.DATELINE, DATELINE, List.of("(")),
          new Rule(Credit.SIGN_OFF, SIGN_OFF, List.of("(")),
          new Rule(Credit.SOURCE_LINE, SOURCE_LINE, List.of("source", "courtesy")),
          new Rule(Credit.ACCORDING_TO, ACCORDING_TO, List.of("according to ")));

  private final OutletDirectory outlets;

  public CreditFinder(OutletDirectory outlets) {
    this.outlets = Objects.requireNonNull(outlets, "outlets");
  }

  /**
   * Every credit in {@code body}, in text order. "according to" phrases are kept only when they
   * resolve to a known outlet (most name people and agencies, not outlets); the other kinds are
   * kept unresolved too, for the story-level analysis to match against the story's outlets.
   */
  public List<Credit> find(String body) {
    List<Credit> credits = new ArrayList<>();
    String lowerCaseBody = body.toLowerCase(Locale.ROOT);
    for (Rule rule : RULES) {
      if (!rule.mayMatch(lowerCaseBody)) {
        continue;
      }
      Matcher m = rule.pattern().matcher(body);
      while (m.find()) {
        String phrase = trimPhrase(m.group(1));
        if (phrase.isEmpty()) {
          continue;
        }
        String outlet = outlets.resolve(phrase);
        if (outlet == null && Credit.ACCORDING_TO.equals(rule.kind())) {
          continue;
        }
        int start = start(rule, m);
        int end = end(rule, m, phrase);
        credits.add(
            new Credit(rule.kind(), phrase, outlet, start, end, body.substring(start, end)));
      }
    }
    credits.sort(Comparator.comparingInt(Credit::start).thenComparing(Credit::kind));
    return List.copyOf(credits);
  }

  /** Bracketed credits span their brackets; the others run from their first word. */
  private static boolean bracketed(Rule rule) {
    return Credit.DATELINE.equals(rule.kind()) || Credit.SIGN_OFF.equals(rule.kind());
  }

  private static int start(Rule rule, Matcher m) {
    return bracketed(rule) ? m.start(1) - 1 : m.start();
  }

  private static int end(Rule rule, Matcher m, String phrase) {
    return bracketed(rule) ? m.end(1) + 1 : m.start(1) + phrase.length();
  }

  /** Drops the sentence's full stop or comma after a name ("RT.com." is "RT.com"). */
  private static String trimPhrase(String phrase) {
    int end = phrase.length();
    while (end > 0 && !Character.isLetterOrDigit(phrase.charAt(end - 1))) {
      end--;
    }
    return phrase.substring(0, end).strip();
  }
}
