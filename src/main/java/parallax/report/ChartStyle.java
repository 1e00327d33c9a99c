package parallax.report;

import java.awt.Color;
import java.awt.Font;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The look shared by every Parallax chart, and the rules chart classes follow so that every chart
 * reads on its own, on paper and on a slide:
 *
 * <ul>
 *   <li>A chart class is {@code final} with a {@code record} for its input rows and a {@code static
 *       build(String story, List<Row>)} that only draws (no I/O, no Spark): tests assert on the
 *       series ({@code chart.getSeries(name).getYData()}), never on pixels. A second static method
 *       reads those rows from the section's {@link ReportTable} (see {@link VersionLengthChart}).
 *   <li>Title: what is shown and for which story, via {@link #title}. Axis titles name the quantity
 *       and its unit in brackets: "Length (words)", "Share of quoted words (%)", "Tone (mean
 *       sentence score, -1 to 1)".
 *   <li>Labels: outlet names and other category labels go through {@link #label} (at most {@value
 *       #MAX_LABEL} characters, the rest an ellipsis, the full name in the table beside the chart);
 *       {@link #rotateCrowdedLabels} tilts x labels when they would collide.
 *   <li>Legend only when there is more than one series, outside the plot, east; series colours from
 *       {@link #SERIES} (Okabe-Ito, colour-blind safe), one colour per outlet or category kept in
 *       the same order across the charts of a page.
 *   <li>Size {@link #WIDTH} x {@link #HEIGHT}; both PNG and SVG through {@link ChartFiles}.
 * </ul>
 */
public final class ChartStyle {

  public static final int WIDTH = 960;
  public static final int HEIGHT = 540;

  /** Longest category label drawn in full. */
  public static final int MAX_LABEL = 28;

  /** Longest story name in a chart title. */
  static final int MAX_TITLE_STORY = 48;

  /** The colour of single-series charts. */
  public static final Color PRIMARY = new Color(0x2b6cb0);

  /** Colour-blind-safe series colours (Okabe-Ito). */
  public static final Color[] SERIES = {
    new Color(0x0072B2),
    new Color(0xE69F00),
    new Color(0x009E73),
    new Color(0xD55E00),
    new Color(0xCC79A7),
    new Color(0x56B4E9),
    new Color(0xF0E442),
    new Color(0x000000)
  };

  private ChartStyle() {}

  /** Applies the shared look to an axes chart. */
  public static void apply(AxesChartStyler styler) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotBorderVisible(false);
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    styler.setSeriesColors(SERIES);
    styler.setChartPadding(12);
  }

  /** A category (bar) chart of the shared size and look. */
  public static CategoryChart categoryChart(String title, String xAxisTitle, String yAxisTitle) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle(xAxisTitle)
            .yAxisTitle(yAxisTitle)
            .build();
    apply(chart.getStyler());
    return chart;
  }

  /** "{@code what}: {@code story}", the story shortened to fit the title line. */
  public static String title(String what, String story) {
    return what + ": " + shorten(story, MAX_TITLE_STORY);
  }

  /** A category label of at most {@value #MAX_LABEL} characters. */
  public static String label(String text) {
    return shorten(text, MAX_LABEL);
  }

  /**
   * {@code name} as a {@link #label}, numbered ("Name (2)") when {@code taken} already holds that
   * label; the result is added to {@code taken}. Charts need distinct category and series names,
   * and two long names can shorten to the same label.
   */
  public static String uniqueLabel(String name, Set<String> taken) {
    String label = label(name);
    String unique = label;
    for (int n = 2; !taken.add(unique); n++) {
      unique = label + " (" + n + ")";
    }
    return unique;
  }

  /** {@link #uniqueLabel} of each of {@code names}, in order. */
  public static List<String> uniqueLabels(List<String> names) {
    Set<String> taken = new HashSet<>();
    return names.stream().map(name -> uniqueLabel(name, taken)).toList();
  }

  /** Tilts the x-axis labels when there are many or long ones, so none overlap or get cut. */
  public static void rotateCrowdedLabels(AxesChartStyler styler, Collection<String> labels) {
    // About 7 px per character at the 12 pt tick font, and 10 px between labels; the plot is
    // the chart less the y axis and padding.
    int longest = labels.stream().mapToInt(String::length).max().orElse(0);
    boolean crowded = labels.size() * (longest * 7 + 10) > WIDTH - 150;
    styler.setXAxisLabelRotation(crowded ? 30 : 0);
  }

  static String shorten(String text, int max) {
    if (text == null) {
      return "";
    }
    String stripped = text.strip();
    if (stripped.length() <= max) {
      return stripped;
    }
    return stripped.substring(0, max - 1).stripTrailing() + "…";
  }
}
