package parallax.report;

import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** The look shared by every Parallax chart: size, fonts, colours, legend outside the plot. */
public final class ChartStyle {

  public static final int WIDTH = 960;
  public static final int HEIGHT = 540;

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
}
