package parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

class ChartFilesTest {

  @Test
  void writesTheSameSvgAsCompactingXChartsOwnForEveryKindOfChart() throws IOException {
    // The other chart tests' stories, so every kind of chart the report draws is here.
    List<Chart<?, ?>> charts =
        List.of(
            VersionLengthChart.build("trump-putin-call", VersionLengthChartTest.VERSIONS),
            ToneChart.build("trump-putin-call", List.of(ToneChartTest.RT, ToneChartTest.WIRE)),
            SimilarityHeatmap.build("trump-putin-call", SimilarityHeatmapTest.PAIRS),
            EntityToneHeatmap.build("trump-putin-call", EntityToneHeatmapTest.STORY),
            VoiceShareChart.build("trump-putin-call", VoiceShareChartTest.STORY),
            FramingRateChart.build("trump-putin-call", FramingRateChartTest.STORY),
            VariantMatrixChart.build(
                "trump-putin-call",
                List.of(
                    new VariantMatrix.Use("Kyiv", "RT", "Kiev", "russian", 3),
                    new VariantMatrix.Use("Kyiv", "Meridian Wire", "Kyiv", "ukrainian", 2),
                    new VariantMatrix.Use(
                        "the war", "RT", "special military operation", null, 1))));
    for (Chart<?, ?> chart : charts) {
      ByteArrayOutputStream xchart = new ByteArrayOutputStream();
      VectorGraphicsEncoder.saveVectorGraphic(
          chart, xchart, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
      assertEquals(
          SvgCompactor.compact(xchart.toString(StandardCharsets.UTF_8)),
          ChartFiles.svg(chart),
          chart.getClass().getSimpleName());
    }
  }

  @Test
  void putsLinesRectanglesAndPathsOnTheTenthPixelGridKeepingTheirKind() {
    Shape line = TenthPixelShapes.round(new Line2D.Double(0.04, 1.05, 2.96, -3.15));
    assertEquals(List.of(0.0, 1.1, 3.0, -3.1), coordinates(line));
    assertEquals(Line2D.Double.class, line.getClass());

    Shape box = TenthPixelShapes.round(new Rectangle2D.Double(134.60000610351562, -0.25, 9.99, 3));
    assertEquals(new Rectangle2D.Double(134.6, -0.2, 10.0, 3.0), box);

    Path2D.Float glyph = new Path2D.Float(Path2D.WIND_EVEN_ODD);
    glyph.moveTo(657.7903f, 12.04f);
    glyph.quadTo(658.12f, 13.16f, 659.0f, 14.0f);
    glyph.curveTo(1f, 2f, 3f, 4f, 5.55f, 6.45f);
    glyph.closePath();
    Shape path = TenthPixelShapes.round(glyph);
    assertEquals(
        List.of(657.8, 12.0, 658.1, 13.2, 659.0, 14.0, 1.0, 2.0, 3.0, 4.0, 5.6, 6.4),
        coordinates(path));
    assertEquals(Path2D.WIND_EVEN_ODD, path.getPathIterator(null).getWindingRule());

    Shape dot = new Ellipse2D.Double(0.123, 0.456, 1, 1);
    assertSame(dot, TenthPixelShapes.round(dot), "ellipses pass unchanged");
  }

  private static List<Double> coordinates(Shape shape) {
    List<Double> all = new ArrayList<>();
    double[] c = new double[6];
    for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
      int points =
          switch (it.currentSegment(c)) {
            case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 1;
            case PathIterator.SEG_QUADTO -> 2;
            case PathIterator.SEG_CUBICTO -> 3;
            default -> 0;
          };
      for (int i = 0; i < 2 * points; i++) {
        all.add(c[i]);
      }
    }
    return all;
  }
}
