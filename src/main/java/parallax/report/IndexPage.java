package parallax.report;

import java.util.List;

/**
 * What {@code index.html} shows: headline figures of the run, the stories (the largest, with links
 * to their pages), the outlets, sections added by analyses, and the files of the run.
 *
 * @param figures headline figures, in display order
 * @param stories the largest stories, largest first
 * @param storyCount how many stories the run found (all are in {@code stories.csv})
 * @param sources outlets over all stories
 * @param sections corpus-wide tables added by analyses
 * @param files the run's files, paths relative to the report folder
 */
public record IndexPage(
    List<Figure> figures,
    List<Story> stories,
    long storyCount,
    ReportTable sources,
    List<ReportSection> sections,
    List<String> files) {

  public IndexPage {
    figures = List.copyOf(figures);
    stories = List.copyOf(stories);
    sections = List.copyOf(sections);
    files = List.copyOf(files);
  }

  /** A headline number with what it counts. */
  public record Figure(String label, long value) {}

  /** One row of the stories table; {@code hasPage} when the run drew a page for it. */
  public record Story(
      String storyId,
      String label,
      long articles,
      long sources,
      String firstPublished,
      String lastPublished,
      long words,
      boolean hasPage) {}
}
