package parallax.report;

import java.util.List;
import parallax.model.LabelledSpan;

/**
 * Everything one story's page shows: its versions with their text and spans, and its sections
 * (tables and charts). A plain value collected by the job; rendering it needs no Spark.
 *
 * @param storyId the story
 * @param label the story's label (the earliest version's title), or null
 * @param versionCount how many versions the story has; more than {@code versions.size()} when the
 *     page shows only the first ones
 * @param versions the versions shown side by side, in display order
 * @param sections tables and charts, in display order
 */
public record StoryPage(
    String storyId,
    String label,
    long versionCount,
    List<Version> versions,
    List<ReportSection> sections) {

  public StoryPage {
    versions = List.copyOf(versions);
    sections = List.copyOf(sections);
  }

  /**
   * One version of the story. Any field but {@code articleId}, {@code source} and {@code body} may
   * be null.
   *
   * @param spans every span of the body, any kind, in any order
   */
  public record Version(
      String articleId,
      String source,
      String creditedSource,
      String country,
      String ownership,
      String title,
      String published,
      String url,
      Integer words,
      String body,
      List<LabelledSpan> spans) {

    public Version {
      spans = List.copyOf(spans);
    }
  }
}
