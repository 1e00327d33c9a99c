package parallax.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The view model of {@code index.html}; values are escaped by the template. */
record IndexView(
    List<IndexPage.Figure> figures,
    List<IndexView.StoryRow> stories,
    String storiesNote,
    IndexView.Outlets outlets,
    List<SectionView> sections,
    List<IndexView.FileLink> files) {

  record StoryRow(
      String storyId,
      String heading,
      String page,
      long articles,
      long outlets,
      String firstPublished,
      String lastPublished,
      long words) {}

  record FileLink(String path) {}

  /** The outlets table, under the name the table partial reads. */
  record Outlets(TableView table) {}

  static IndexView of(IndexPage page) {
    List<StoryRow> stories = new ArrayList<>();
    for (IndexPage.Story story : page.stories()) {
      String heading =
          story.label() == null || story.label().isBlank() ? story.storyId() : story.label();
      stories.add(
          new StoryRow(
              story.storyId(),
              heading,
              story.hasPage() ? HtmlReport.storyFile(story.storyId()) : null,
              story.articles(),
              story.sources(),
              story.firstPublished(),
              story.lastPublished(),
              story.words()));
    }
    String note =
        page.storyCount() > stories.size()
            ? String.format(
                Locale.ROOT,
                "Showing the %d largest of %d stories; all are in stories.csv.",
                stories.size(),
                page.storyCount())
            : null;
    List<SectionView> sections = new ArrayList<>();
    for (ReportSection section : page.sections()) {
      sections.add(SectionView.of(section, ""));
    }
    return new IndexView(
        page.figures(),
        stories,
        note,
        new Outlets(TableView.of(page.sources(), "sources.csv")),
        sections,
        page.files().stream().map(FileLink::new).toList());
  }
}
