package parallax.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.CategoryStyler;

/**
 * Which name each outlet uses for each referent of one story (Kyiv or Kiev, Luhansk or Lugansk,
 * "special military operation" or "invasion"): a {@link VariantMatrix} drawn with one row per
 * referent and one column per outlet, each cell holding the variant(s) used and coloured by their
 * tradition. Referents the outlets name differently come first and are marked {@code *}.
 *
 * <p>XChart has no categorical matrix (its heat map prints numbers, not names), so this chart draws
 * itself; it extends XChart's {@link Chart} so that {@link ChartFiles} writes it as PNG and SVG
 * like every other chart, with the fonts of {@link ChartStyle}. What it shows is its {@link
 * #matrix()}, computed from the data alone, so tests check that, not pixels.
 */
public final class VariantMatrixChart extends Chart<CategoryStyler, CategorySeries> {

  /** The base of the chart's file name: {@code charts/variants-<story>.svg}. */
  public static final String NAME = "variants";

  private static final int PADDING = 12;
  private static final int TITLE_HEIGHT = 44;
  private static final int HEADER_LINES = 3;
  private static final int LINE_HEIGHT = 15;
  private static final int ROW_HEIGHT = 36;
  private static final int CELL_LINES = 2;
  private static final int LEGEND_HEIGHT = 56;
  private static final int MAX_ROW_LABEL_WIDTH = 220;
  private static final int COLUMN_WIDTH = 140;
  private static final Color GRID = new Color(0xDDDDDD);

  private final VariantMatrix matrix;

  private VariantMatrixChart(String title, VariantMatrix matrix) {
    super(
        Math.max(
            ChartStyle.WIDTH,
            PADDING + MAX_ROW_LABEL_WIDTH + 8 + matrix.sources().size() * COLUMN_WIDTH + PADDING),
        TITLE_HEIGHT
            + HEADER_LINES * LINE_HEIGHT
            + 8
            + matrix.referents().size() * ROW_HEIGHT
            + LEGEND_HEIGHT
            + PADDING,
        new CategoryStyler());
    ChartStyle.apply(getStyler());
    setTitle(title);
    this.matrix = matrix;
  }

  /**
   * The chart of {@code story}.
   *
   * @throws IllegalArgumentException when there is no use to draw
   */
  public static VariantMatrixChart build(String story, List<VariantMatrix.Use> uses) {
    VariantMatrix matrix = VariantMatrix.of(uses);
    if (matrix.isEmpty()) {
      throw new IllegalArgumentException("no variant names to draw for story " + story);
    }
    String shown =
        matrix.referents().size() < matrix.allReferents()
            ? " (" + matrix.referents().size() + " of " + matrix.allReferents() + " referents)"
            : "";
    return new VariantMatrixChart(
        ChartStyle.title("Names used by each outlet", story) + shown, matrix);
  }

  /**
   * The name uses of a section table with columns {@code referent}, {@code source}, {@code
   * variant}, {@code variant_group} and {@code count}.
   */
  public static List<VariantMatrix.Use> uses(ReportTable table) {
    List<String> referents = table.strings("referent");
    List<String> sources = table.strings("source");
    List<String> variants = table.strings("variant");
    List<String> groups = table.strings("variant_group");
    List<Long> counts = table.longs("count");
    List<VariantMatrix.Use> uses = new ArrayList<>(referents.size());
    for (int i = 0; i < referents.size(); i++) {
      uses.add(
          new VariantMatrix.Use(
              referents.get(i), sources.get(i), variants.get(i), groups.get(i), counts.get(i)));
    }
    return uses;
  }

  /** The story section's charts: this one, when the story names a referent with variants. */
  public static List<SectionCharts.NamedChart> forSection(String story, ReportTable table) {
    List<VariantMatrix.Use> uses = uses(table);
    return uses.isEmpty()
        ? List.of()
        : List.of(new SectionCharts.NamedChart(NAME, build(story, uses)));
  }

  /** What the chart shows. */
  public VariantMatrix matrix() {
    return matrix;
  }

  /**
   * The fill of a cell: the same tint for a tradition in every chart (Okabe-Ito hues, light enough
   * for black text): Russian and Kremlin usage orange, Ukrainian and aggression framing blue,
   * neutral green, mixed grey.
   */
  static Color fill(String group) {
    if (group == null) {
      return new Color(0xE8E8E8);
    }
    return switch (group) {
      case "russian", "kremlin_framing" -> new Color(0xF2CF80);
      case "ukrainian", "aggression_framing" -> new Color(0xAAD9F4);
      case "neutral" -> new Color(0x9FDCC9);
      case VariantMatrix.MIXED -> new Color(0xC8C8C8);
      default -> (group.hashCode() & 1) == 0 ? new Color(0xF7F1A0) : new Color(0xE5BCD3);
    };
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    setWidth(width);
    setHeight(height);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(getStyler().getChartBackgroundColor());
    g.fillRect(0, 0, width, height);
    Font title = getStyler().getChartTitleFont();
    Font label = getStyler().getAxisTickLabelsFont();
    g.setColor(Color.BLACK);
    g.setFont(title);
    FontMetrics titleMetrics = g.getFontMetrics();
    g.drawString(getTitle(), (width - titleMetrics.stringWidth(getTitle())) / 2, 28);

    g.setFont(label);
    FontMetrics metrics = g.getFontMetrics();
    int rowLabelWidth = 0;
    List<String> referents = matrix.referents();
    List<String> sources = matrix.sources();
    for (String referent : referents) {
      rowLabelWidth = Math.max(rowLabelWidth, metrics.stringWidth(rowLabel(referent)));
    }
    rowLabelWidth = Math.min(rowLabelWidth, MAX_ROW_LABEL_WIDTH);
    int left = PADDING + rowLabelWidth + 8;
    int columnWidth = Math.max(40, (width - left - PADDING) / Math.max(1, sources.size()));
    int top = TITLE_HEIGHT;
    for (int c = 0; c < sources.size(); c++) {
      List<String> lines = wrap(sources.get(c), metrics, columnWidth - 6);
      int y = top + (HEADER_LINES - lines.size()) * LINE_HEIGHT + LINE_HEIGHT - 3;
      for (String line : lines) {
        int x = left + c * columnWidth + (columnWidth - metrics.stringWidth(line)) / 2;
        g.drawString(line, x, y);
        y += LINE_HEIGHT;
      }
    }
    int gridTop = top + HEADER_LINES * LINE_HEIGHT + 8;
    g.setStroke(new BasicStroke(1f));
    for (int r = 0; r < referents.size(); r++) {
      int y = gridTop + r * ROW_HEIGHT;
      String referent = referents.get(r);
      g.setColor(Color.BLACK);
      g.drawString(
          fit(rowLabel(referent), metrics, rowLabelWidth),
          PADDING,
          y + (ROW_HEIGHT + metrics.getAscent()) / 2 - 2);
      for (int c = 0; c < sources.size(); c++) {
        paintCell(
            g,
            metrics,
            matrix.cell(referent, sources.get(c)),
            left + c * columnWidth,
            y,
            columnWidth);
      }
    }
    paintLegend(g, metrics, gridTop + referents.size() * ROW_HEIGHT + 18);
  }

  private void paintCell(
      Graphics2D g, FontMetrics metrics, VariantMatrix.Cell cell, int x, int y, int width) {
    g.setColor(cell == null ? Color.WHITE : fill(cell.group()));
    g.fillRect(x, y, width, ROW_HEIGHT);
    g.setColor(GRID);
    g.drawRect(x, y, width, ROW_HEIGHT);
    if (cell != null) {
      List<String> lines = cellLines(cell.variants());
      int lineY = y + (ROW_HEIGHT - lines.size() * LINE_HEIGHT) / 2 + metrics.getAscent() - 1;
      g.setColor(Color.BLACK);
      for (String line : lines) {
        String text = fit(line, metrics, width - 6);
        g.drawString(text, x + (width - metrics.stringWidth(text)) / 2, lineY);
        lineY += LINE_HEIGHT;
      }
    }
  }

  /** One variant a line; a cell with more variants than lines ends in "+N more". */
  static List<String> cellLines(List<String> variants) {
    if (variants.size() <= CELL_LINES) {
      return variants;
    }
    List<String> lines = new ArrayList<>(variants.subList(0, CELL_LINES - 1));
    lines.add("+" + (variants.size() - CELL_LINES + 1) + " more");
    return lines;
  }

  /** One swatch per fill colour, naming the traditions that share it; then how to read it. */
  private void paintLegend(Graphics2D g, FontMetrics metrics, int y) {
    Map<Color, Set<String>> byFill = new LinkedHashMap<>();
    Set<String> groups = new TreeSet<>();
    matrix.cells().forEach(cell -> groups.add(cell.group() == null ? "" : cell.group()));
    for (String group : groups) {
      String name = group.isEmpty() ? "no tradition" : group.replace('_', ' ');
      byFill.computeIfAbsent(fill(group.isEmpty() ? null : group), c -> new TreeSet<>()).add(name);
    }
    int x = PADDING;
    for (Map.Entry<Color, Set<String>> swatch : byFill.entrySet()) {
      String name = String.join(" / ", swatch.getValue());
      g.setColor(swatch.getKey());
      g.fillRect(x, y - 11, 14, 14);
      g.setColor(GRID);
      g.drawRect(x, y - 11, 14, 14);
      g.setColor(Color.BLACK);
      g.drawString(name, x + 20, y);
      x += 20 + metrics.stringWidth(name) + 18;
    }
    g.drawString(
        "Blank: the outlet does not name it.  *: the outlets use different names.",
        PADDING,
        y + 22);
  }

  private String rowLabel(String referent) {
    return matrix.diverges(referent) ? referent + " *" : referent;
  }

  /** Up to {@link #HEADER_LINES} lines of at most {@code width} pixels, the last one shortened. */
  static List<String> wrap(String text, FontMetrics metrics, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (metrics.stringWidth(candidate) <= width || line.isEmpty()) {
        line.setLength(0);
        line.append(candidate);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
    }
    lines.add(line.toString());
    if (lines.size() > HEADER_LINES) {
      List<String> kept = new ArrayList<>(lines.subList(0, HEADER_LINES));
      kept.set(HEADER_LINES - 1, kept.get(HEADER_LINES - 1) + "\u2026");
      lines = kept;
    }
    lines.replaceAll(l -> fit(l, metrics, width));
    return lines;
  }

  /** {@code text} cut with an ellipsis to at most {@code width} pixels. */
  static String fit(String text, FontMetrics metrics, int width) {
    if (metrics.stringWidth(text) <= width) {
      return text;
    }
    String cut = text;
    while (!cut.isEmpty() && metrics.stringWidth(cut + "\u2026") > width) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut.stripTrailing() + "\u2026";
  }
}
