package parallax.report;

/** Shortens labels so that long outlet, category and story names fit a chart. Stateless. */
final class ChartLabels {

  /** Longest category or series label drawn in full. */
  static final int MAX_LABEL = 28;

  /** Longest story name in a chart title. */
  static final int MAX_TITLE_STORY = 48;

  private ChartLabels() {}

  /** {@code text} stripped, cut to {@code max} characters with an ellipsis when longer. */
  static String shorten(String text, int max) {
    if (text == null) {
      return "";
    }
    String stripped = text.strip();
    if (stripped.length() <= max) {
      return stripped;
    }
    return stripped.substring(0, max - 1).stripTrailing() + "\u2026";
  }

  /** "{@code what}: {@code story}", the story shortened to fit a title line. */
  static String title(String what, String story) {
    return what + ": " + shorten(story, MAX_TITLE_STORY);
  }
}
