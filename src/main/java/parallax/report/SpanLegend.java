package parallax.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import parallax.model.LabelledSpan;

/**
 * The highlight colours of one page, made from the spans present: nothing is configured per
 * analysis, so a new span kind shows up with its own colours and legend entries as soon as its
 * spans exist.
 *
 * <p>A span's category is its kind plus its label without a trailing number ({@code sentence 3} and
 * {@code sentence 4} are both {@code sentence}). When a kind has more than {@link
 * #MAX_CATEGORIES_PER_KIND} categories on a page, labels are cut to their first {@code /} part
 * ({@code attribution_verb/loaded} to {@code attribution_verb}), and if that is still too many the
 * kind alone is the category. Colours: the Okabe-Ito colour-blind-safe set first, then hues a
 * golden angle apart. A kind whose spans all fall in one category and together cover most of the
 * text (plain sentence segmentation) tells nothing by colour and starts switched off. Immutable.
 */
public final class SpanLegend {

  /** More categories than this in one kind are merged (see the class comment). */
  public static final int MAX_CATEGORIES_PER_KIND = 10;

  /** Share of the text a single-category kind must cover to start switched off. */
  static final double STRUCTURAL_COVERAGE = 0.6;

  private static final Pattern TRAILING_NUMBER = Pattern.compile("[\\s:=#]*[-+]?\\d+(\\.\\d+)?$");

  /** Okabe-Ito without its black: translucent black or grey would read as "switched off". */
  private static final int[][] OKABE_ITO = {
    {230, 159, 0},
    {86, 180, 233},
    {0, 158, 115},
    {240, 228, 66},
    {0, 114, 178},
    {213, 94, 0},
    {204, 121, 167}
  };

  /** One legend entry: a colour and what it stands for. */
  public record Category(
      int index, String kind, int kindIndex, String name, String colour, long spans) {
    /** What the legend says, e.g. {@code framing: attribution_verb/loaded}. */
    public String display() {
      return name.isEmpty() ? kind : kind + ": " + name;
    }
  }

  /** One span kind with its on/off switch. */
  public record Kind(int index, String name, long spans, boolean shownByDefault) {}

  private final List<Kind> kinds;
  private final List<Category> categories;
  private final Map<String, Map<String, Category>> byKindAndLabel;

  private SpanLegend(
      List<Kind> kinds,
      List<Category> categories,
      Map<String, Map<String, Category>> byKindAndLabel) {
    this.kinds = kinds;
    this.categories = categories;
    this.byKindAndLabel = byKindAndLabel;
  }

  /**
   * The legend for texts and their spans.
   *
   * @param texts the texts (bodies) of the page
   * @param spans the spans of each text, in the same order
   */
  public static SpanLegend of(List<String> texts, List<List<LabelledSpan>> spans) {
    Map<String, Map<String, Long>> labelCounts = new TreeMap<>();
    for (List<LabelledSpan> list : spans) {
      for (LabelledSpan span : list) {
        labelCounts
            .computeIfAbsent(span.kind(), k -> new TreeMap<>())
            .merge(span.label() == null ? "" : span.label(), 1L, Long::sum);
      }
    }
    List<Kind> kinds = new ArrayList<>();
    List<Category> categories = new ArrayList<>();
    Map<String, Map<String, Category>> byKindAndLabel = new HashMap<>();
    for (Map.Entry<String, Map<String, Long>> kind : labelCounts.entrySet()) {
      int kindIndex = kinds.size();
      Map<String, String> categoryOfLabel = categorise(kind.getKey(), kind.getValue().keySet());
      Map<String, Long> spansPerCategory = new TreeMap<>();
      kind.getValue()
          .forEach((label, n) -> spansPerCategory.merge(categoryOfLabel.get(label), n, Long::sum));
      Map<String, Category> made = new LinkedHashMap<>();
      for (Map.Entry<String, Long> category : spansPerCategory.entrySet()) {
        int index = categories.size();
        Category c =
            new Category(
                index,
                kind.getKey(),
                kindIndex,
                category.getKey(),
                colour(index),
                category.getValue());
        categories.add(c);
        made.put(category.getKey(), c);
      }
      Map<String, Category> labels = new HashMap<>();
      categoryOfLabel.forEach((label, category) -> labels.put(label, made.get(category)));
      byKindAndLabel.put(kind.getKey(), labels);
      long total = kind.getValue().values().stream().mapToLong(Long::longValue).sum();
      boolean structural =
          made.size() == 1 && coverage(texts, spans, kind.getKey()) > STRUCTURAL_COVERAGE;
      kinds.add(new Kind(kindIndex, kind.getKey(), total, !structural));
    }
    return new SpanLegend(List.copyOf(kinds), List.copyOf(categories), byKindAndLabel);
  }

  /** The span kinds present, sorted by name. */
  public List<Kind> kinds() {
    return kinds;
  }

  /** The categories present, sorted by kind, then name. */
  public List<Category> categories() {
    return categories;
  }

  /** The category of {@code span}, which must be one of the spans the legend was made from. */
  public Category categoryOf(LabelledSpan span) {
    Map<String, Category> labels = byKindAndLabel.get(span.kind());
    Category category =
        labels == null ? null : labels.get(span.label() == null ? "" : span.label());
    if (category == null) {
      throw new IllegalArgumentException("span not in this legend: " + span);
    }
    return category;
  }

  private static Map<String, String> categorise(String kind, Iterable<String> labels) {
    for (int level = 0; level < 3; level++) {
      Map<String, String> result = new HashMap<>();
      TreeSet<String> distinct = new TreeSet<>();
      for (String label : labels) {
        String category = category(kind, label, level);
        result.put(label, category);
        distinct.add(category);
      }
      if (distinct.size() <= MAX_CATEGORIES_PER_KIND || level == 2) {
        return result;
      }
    }
    throw new AssertionError("unreachable");
  }

  private static String category(String kind, String label, int level) {
    if (level == 2) {
      return "";
    }
    String name = TRAILING_NUMBER.matcher(label.strip()).replaceFirst("").strip();
    if (level == 1 && name.indexOf('/') > 0) {
      name = name.substring(0, name.indexOf('/'));
    }
    return name.equalsIgnoreCase(kind) ? "" : name;
  }

  /** The share of all characters of {@code texts} that spans of {@code kind} cover. */
  private static double coverage(List<String> texts, List<List<LabelledSpan>> spans, String kind) {
    long covered = 0;
    long length = 0;
    for (int t = 0; t < texts.size(); t++) {
      length += texts.get(t).length();
      List<LabelledSpan> ofKind =
          spans.get(t).stream()
              .filter(s -> s.kind().equals(kind))
              .sorted(Comparator.comparingInt(LabelledSpan::start))
              .toList();
      int reached = 0;
      for (LabelledSpan span : ofKind) {
        int start = Math.max(span.start(), reached);
        if (span.end() > start) {
          covered += span.end() - start;
          reached = span.end();
        }
      }
    }
    return length == 0 ? 0 : (double) covered / length;
  }

  /** A translucent background colour, so nested highlights stay visible through each other. */
  static String colour(int index) {
    if (index < OKABE_ITO.length) {
      int[] c = OKABE_ITO[index];
      return String.format(Locale.ROOT, "rgba(%d,%d,%d,0.35)", c[0], c[1], c[2]);
    }
    double hue = (index * 137.508) % 360;
    return String.format(Locale.ROOT, "hsla(%.0f,75%%,55%%,0.35)", hue);
  }
}
