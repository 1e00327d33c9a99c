package parallax.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import parallax.model.LabelledSpan;

/**
 * The view model of a story page: every value the template shows, as text to be escaped by the
 * template, plus class names and element ids that this class makes from indices alone (never from
 * article data), so they are safe in CSS and attributes.
 *
 * <p>Highlighting: each {@link Segments.Segment} of a body becomes nested {@code <span>} layers,
 * one per category covering it, outermost first, so a switched-off kind lets the colour of an
 * enclosing span show through. The innermost layer carries a tooltip listing every span on the
 * segment as {@code kind: label}.
 */
record StoryView(
    String storyId,
    String heading,
    long versionCount,
    String versionNote,
    List<StoryView.KindView> kinds,
    List<SpanLegend.Category> categories,
    List<StoryView.VersionView> versions,
    List<SectionView> sections) {

  record KindView(
      String domId, String name, long spans, boolean checked, List<CategoryView> kindCategories) {}

  record CategoryView(String cls, String display, long spans) {}

  record VersionView(
      String domId,
      String articleId,
      String source,
      String creditedSource,
      String outletInfo,
      String headline,
      String published,
      String href,
      String address,
      Integer words,
      List<SegmentView> segments) {}

  record SegmentView(List<LayerView> layers, String text) {}

  record LayerView(String classes, String tooltip) {}

  static StoryView of(StoryPage page, String pathToRoot) {
    List<String> texts = new ArrayList<>();
    List<List<LabelledSpan>> spans = new ArrayList<>();
    for (StoryPage.Version version : page.versions()) {
      texts.add(version.body());
      spans.add(version.spans());
    }
    SpanLegend legend = SpanLegend.of(texts, spans);
    List<VersionView> versions = new ArrayList<>();
    for (int v = 0; v < page.versions().size(); v++) {
      versions.add(version(page.versions().get(v), "v" + v, legend));
    }
    String note = null;
    if (page.versionCount() > page.versions().size()) {
      note =
          String.format(
              Locale.ROOT,
              "Showing %d of %d versions (earliest first); all are in articles.csv.",
              page.versions().size(),
              page.versionCount());
    }
    List<SectionView> sections = new ArrayList<>();
    for (ReportSection section : page.sections()) {
      sections.add(SectionView.of(section, pathToRoot));
    }
    String heading = page.label() == null || page.label().isBlank() ? page.storyId() : page.label();
    return new StoryView(
        page.storyId(),
        heading,
        page.versionCount(),
        note,
        kinds(legend),
        legend.categories(),
        versions,
        sections);
  }

  private static List<KindView> kinds(SpanLegend legend) {
    Map<Integer, List<CategoryView>> byKind = new LinkedHashMap<>();
    for (SpanLegend.Category c : legend.categories()) {
      byKind
          .computeIfAbsent(c.kindIndex(), k -> new ArrayList<>())
          .add(new CategoryView("c" + c.index(), c.display(), c.spans()));
    }
    List<KindView> kinds = new ArrayList<>();
    for (SpanLegend.Kind kind : legend.kinds()) {
      kinds.add(
          new KindView(
              "k" + kind.index(),
              kind.name(),
              kind.spans(),
              kind.shownByDefault(),
              byKind.getOrDefault(kind.index(), List.of())));
    }
    return kinds;
  }

  private static VersionView version(StoryPage.Version version, String domId, SpanLegend legend) {
    List<String> outlet = new ArrayList<>();
    if (version.country() != null) {
      outlet.add(version.country());
    }
    if (version.ownership() != null) {
      outlet.add(version.ownership());
    }
    String href = SafeLinks.href(version.url());
    return new VersionView(
        domId,
        version.articleId(),
        version.source(),
        version.creditedSource(),
        outlet.isEmpty() ? null : String.join(", ", outlet),
        version.title(),
        version.published(),
        href,
        href == null ? version.url() : null,
        version.words(),
        segments(version.body(), version.spans(), legend));
  }

  static List<SegmentView> segments(String body, List<LabelledSpan> spans, SpanLegend legend) {
    List<SegmentView> views = new ArrayList<>();
    for (Segments.Segment segment : Segments.of(body.length(), spans)) {
      String text = body.substring(segment.start(), segment.end());
      if (segment.covering().isEmpty()) {
        views.add(new SegmentView(List.of(), text));
        continue;
      }
      Map<Integer, SpanLegend.Category> layers = new LinkedHashMap<>();
      Set<String> tooltip = new LinkedHashSet<>();
      for (int index : segment.covering()) {
        SpanLegend.Category category = legend.categoryOf(spans.get(index));
        layers.putIfAbsent(category.index(), category);
      }
      for (int i = segment.covering().size() - 1; i >= 0; i--) {
        LabelledSpan span = spans.get(segment.covering().get(i));
        tooltip.add(span.label() == null ? span.kind() : span.kind() + ": " + span.label());
      }
      List<LayerView> layerViews = new ArrayList<>();
      int n = 0;
      for (SpanLegend.Category category : layers.values()) {
        boolean innermost = ++n == layers.size();
        layerViews.add(
            new LayerView(
                "hl c" + category.index() + " k" + category.kindIndex(),
                innermost ? String.join("\n", tooltip) : null));
      }
      views.add(new SegmentView(layerViews, text));
    }
    return views;
  }
}
