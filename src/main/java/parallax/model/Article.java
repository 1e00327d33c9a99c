package parallax.model;

/**
 * One version of a story as read from the input, before any analysis.
 *
 * <p>{@code id}, {@code source} and {@code body} are never null or blank; the other fields may be
 * null when the input does not give them. {@code inputFile} and {@code line} say where the record
 * came from, so every later message can point back to it.
 *
 * @param id article id, unique within a run
 * @param storyId the story this is a version of; null until known
 * @param source the outlet that published this version, as named in the input
 * @param creditedSource the outlet the text itself credits ("Read Full Article at RT.com"), or null
 * @param title headline, or null
 * @param published ISO-8601 date or date-time, or null
 * @param url address of the article, or null
 * @param body the text every character offset of the analysis points into
 * @param inputFile the file the record was read from
 * @param line the 1-based line in {@code inputFile} where the record starts
 */
public record Article(
    String id,
    String storyId,
    String source,
    String creditedSource,
    String title,
    String published,
    String url,
    String body,
    String inputFile,
    long line) {

  public Article {
    requireText("id", id);
    requireText("source", source);
    requireText("body", body);
  }

  private static void requireText(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("article " + field + " must not be blank, was: " + value);
    }
  }

  /** A copy with the story id replaced. */
  public Article withStoryId(String newStoryId) {
    return new Article(
        id, newStoryId, source, creditedSource, title, published, url, body, inputFile, line);
  }
}
