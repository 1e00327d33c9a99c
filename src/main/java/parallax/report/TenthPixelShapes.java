package parallax.report;

import de.erichseifert.vectorgraphics2d.intermediate.CommandSequence;
import de.erichseifert.vectorgraphics2d.intermediate.MutableCommandSequence;
import de.erichseifert.vectorgraphics2d.intermediate.commands.Command;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DisposeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawShapeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.FillShapeCommand;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetPaintCommand;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * A chart's drawing commands with every drawn and filled shape moved onto the 0.1 px grid that
 * {@link SvgCompactor} rounds to anyway, before VectorGraphics2D writes them. VectorGraphics2D
 * writes each coordinate with {@code DecimalFormat} at up to 15 decimals, which was most of a
 * chart's SVG time: a glyph outline point such as {@code 657.7903442382812} costs about twice what
 * {@code 657.8} does, and the compactor then parses the shorter number faster too. The compacted
 * SVG is the same: the compactor rounds each absolute coordinate half up to tenths, as this does
 * ({@code ChartFilesTest} holds the two to the same document).
 *
 * <p>Lines and rectangles keep their kind (VectorGraphics2D writes them as {@code <line>} and
 * {@code <rect>}); ellipses and rounded rectangles, which XChart's charts here do not fill, pass
 * unchanged, as do clips (their shapes name the clip paths) and everything that is not a shape. So
 * do fills under a paint that is not a plain colour (a heatmap's legend gradient): VectorGraphics2D
 * draws those as an image of the shape's exact bounds, which are tracked here as it tracks them (a
 * paint set holds until the graphics it was set on is disposed).
 */
final class TenthPixelShapes {

  private TenthPixelShapes() {}

  /** {@code commands} with the shapes of fills and draws on the 0.1 px grid. */
  static CommandSequence of(CommandSequence commands) {
    MutableCommandSequence rounded = new MutableCommandSequence();
    boolean painted = false;
    for (Command<?> command : commands) {
      if (command instanceof SetPaintCommand) {
        painted = true;
      } else if (command instanceof DisposeCommand) {
        painted = false;
      }
      if (command instanceof FillShapeCommand fill && !painted) {
        rounded.add(new FillShapeCommand(round(fill.getValue())));
      } else if (command instanceof DrawShapeCommand draw) {
        rounded.add(new DrawShapeCommand(round(draw.getValue())));
      } else {
        rounded.add(command);
      }
    }
    return rounded;
  }

  static Shape round(Shape shape) {
    if (shape instanceof Line2D line) {
      return new Line2D.Double(
          tenth(line.getX1()), tenth(line.getY1()), tenth(line.getX2()), tenth(line.getY2()));
    }
    if (shape instanceof RoundRectangle2D || shape instanceof Ellipse2D) {
      return shape;
    }
    if (shape instanceof Rectangle2D box) {
      return new Rectangle2D.Double(
          tenth(box.getX()), tenth(box.getY()), tenth(box.getWidth()), tenth(box.getHeight()));
    }
    PathIterator segments = shape.getPathIterator(null);
    Path2D.Double path = new Path2D.Double(segments.getWindingRule());
    double[] c = new double[6];
    for (; !segments.isDone(); segments.next()) {
      switch (segments.currentSegment(c)) {
        case PathIterator.SEG_MOVETO -> path.moveTo(tenth(c[0]), tenth(c[1]));
        case PathIterator.SEG_LINETO -> path.lineTo(tenth(c[0]), tenth(c[1]));
        case PathIterator.SEG_QUADTO ->
            path.quadTo(tenth(c[0]), tenth(c[1]), tenth(c[2]), tenth(c[3]));
        case PathIterator.SEG_CUBICTO ->
            path.curveTo(
                tenth(c[0]), tenth(c[1]), tenth(c[2]), tenth(c[3]), tenth(c[4]), tenth(c[5]));
        default -> path.closePath();
      }
    }
    return path;
  }

  /** {@code value} on {@link SvgCompactor}'s grid ({@link SvgCompactor#tenths(double)}). */
  private static double tenth(double value) {
    return Double.isFinite(value) ? SvgCompactor.tenths(value) / 10.0 : value;
  }
}
