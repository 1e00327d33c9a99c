package parallax.report;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Saves a chart as PNG (for people and slides) and SVG (for the HTML report and print), side by
 * side. The PNG is XChart's bitmap, encoded by {@link PngEncoder}. The SVG is compacted ({@link
 * SvgCompactor}): XChart's own is mostly full-precision glyph outlines. It is drawn as XChart's
 * {@code VectorGraphicsEncoder} draws it, with the shapes put on the compactor's grid first ({@link
 * TenthPixelShapes}), which makes the same document in about two thirds of the time.
 */
public final class ChartFiles {

  /** Opens a file of the report for writing, by its path relative to the report folder. */
  @FunctionalInterface
  public interface Files {
    OutputStream create(String relativePath) throws IOException;
  }

  private ChartFiles() {}

  /** Writes {@code charts/<name>.png} and {@code charts/<name>.svg}. */
  public static void save(Chart<?, ?> chart, String name, Files files) throws IOException {
    try (OutputStream png = files.create("charts/" + name + ".png")) {
      PngEncoder.write(BitmapEncoder.getBufferedImage(chart), png);
    }
    try (OutputStream svg = files.create("charts/" + name + ".svg")) {
      svg.write(svg(chart).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The chart as a compacted SVG document. */
  public static String svg(Chart<?, ?> chart) throws IOException {
    VectorGraphics2D graphics = new VectorGraphics2D();
    chart.paint(graphics, chart.getWidth(), chart.getHeight());
    ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 18);
    new SVGProcessor()
        .getDocument(
            TenthPixelShapes.of(graphics.getCommands()),
            new PageSize(0, 0, chart.getWidth(), chart.getHeight()))
        .writeTo(raw);
    return SvgCompactor.compact(raw.toString(StandardCharsets.UTF_8));
  }
}
