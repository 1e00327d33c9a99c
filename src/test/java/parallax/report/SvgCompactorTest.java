package parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.VectorGraphicsEncoder;

class SvgCompactorTest {

  private static final Pattern PATH = Pattern.compile(" d=\"([^\"]*)\"");
  private static final Pattern TOKEN =
      Pattern.compile("[A-Za-z]|-?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

  @Test
  void writesPathsAsRelativeCommandsOnATenthPixelGrid() {
    // -13.75 rounds to -14 and -27.5 to -27 tenths, so the step between them is 1.3.
    assertEquals(
        "m-10.2-1.4l0-1.3 9 0zm15.2 6.4q1 1 2 2",
        SvgCompactor.path("M-10.203125,-1.375 L-10.203125,-2.75 L-1.15625,-2.75 Z M5 5 Q6 6 7 7"));
  }

  @Test
  void splitsPathDataAsTheSvgNumberGrammarDoes() {
    // Signs without digits, a dot without digits, exponents with and without digits, a trailing
    // dot, commas and letters that only look like exponents.
    String data = "M-.5,+3.e2 L1e L2E-3-4 .7- 5 8.,9e+ Z-e m+-1 1.5.5";
    Pattern svgNumbers =
        Pattern.compile("[A-Za-z]|[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");
    List<String> expected = new ArrayList<>();
    Matcher m = svgNumbers.matcher(data);
    while (m.find()) {
      expected.add(m.group());
    }
    assertEquals(expected, SvgCompactor.tokens(data));
  }

  @Test
  void rewritesOnlyGeometryAttributesThatFollowWhiteSpace() {
    String svg =
        "<path\td=\"M0.04 0 L1.26 0\" id=\"x\" stroke-width=\"0.123\"/>\n"
            + "<rect\nx=\"1.26\" dx=\"1.26\" y=\"2\"/><g transform=\"scale(0.123456)\"/>";
    assertEquals(
        "<path d=\"m0 0l1.3 0\" id=\"x\" stroke-width=\"0.123\"/>\n"
            + "<rect x=\"1.3\" dx=\"1.26\" y=\"2\"/><g transform=\"scale(0.1235)\"/>",
        SvgCompactor.compact(svg));
  }

  @Test
  void onlyRoundsPathsWithCommandsVectorGraphicsNeverWrites() {
    assertEquals(
        "M0 0 H10.1 A1 1 0 0 1 2.5 2", SvgCompactor.path("M0 0 H10.123 A1 1 0 0 1 2.46 2"));
  }

  @Test
  void keepsFourDecimalsInTransformsAndOneElsewhere() {
    String svg =
        "<g transform=\"translate(152.38183035714286 259.89446027208203)\">"
            + "<rect height=\"443.953125\" width=\"879.484375\" x=\"-0.0\" y=\"39.5625\" "
            + "style=\"stroke-width:0.123456\"/></g>";
    assertEquals(
        "<g transform=\"translate(152.3818 259.8945)\">"
            + "<rect height=\"444\" width=\"879.5\" x=\"0\" y=\"39.6\" "
            + "style=\"stroke-width:0.123456\"/></g>",
        SvgCompactor.compact(svg));
  }

  @Test
  void drawsEveryPointOfARealChartWithinHalfATenthOfAPixel() throws IOException {
    List<VersionLengthChart.Version> versions =
        List.of(
            new VersionLengthChart.Version("Atlantic Broadcast News", "a", 525),
            new VersionLengthChart.Version("RT", "b", 634),
            new VersionLengthChart.Version("The Kyiv Ledger", "c", 494),
            new VersionLengthChart.Version("Global Dispatch", "d", 454),
            new VersionLengthChart.Version("TROIB News", "e", 476));
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    VectorGraphicsEncoder.saveVectorGraphic(
        VersionLengthChart.build("trump-putin-call", versions),
        raw,
        VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    String original = raw.toString(StandardCharsets.UTF_8);
    String compacted = SvgCompactor.compact(original);

    assertTrue(
        compacted.length() < original.length() * 0.35,
        original.length() + " -> " + compacted.length());
    List<String> before = paths(original);
    List<String> after = paths(compacted);
    assertEquals(before.size(), after.size());
    for (int p = 0; p < before.size(); p++) {
      List<double[]> expected = absolutePoints(before.get(p));
      List<double[]> actual = absolutePoints(after.get(p));
      assertEquals(expected.size(), actual.size(), before.get(p));
      for (int i = 0; i < expected.size(); i++) {
        assertEquals(expected.get(i)[0], actual.get(i)[0], 0.0501, "x of point " + i);
        assertEquals(expected.get(i)[1], actual.get(i)[1], 0.0501, "y of point " + i);
      }
    }
  }

  private static List<String> paths(String svg) {
    List<String> paths = new ArrayList<>();
    Matcher m = PATH.matcher(svg);
    while (m.find()) {
      paths.add(m.group(1));
    }
    return paths;
  }

  /** Every point a path names (control points included), absolute; Z adds the subpath start. */
  private static List<double[]> absolutePoints(String d) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(d);
    while (m.find()) {
      tokens.add(m.group());
    }
    List<double[]> points = new ArrayList<>();
    double x = 0;
    double y = 0;
    double startX = 0;
    double startY = 0;
    char command = 0;
    int i = 0;
    while (i < tokens.size()) {
      String token = tokens.get(i);
      if (Character.isLetter(token.charAt(0))) {
        command = token.charAt(0);
        i++;
        if (Character.toLowerCase(command) == 'z') {
          x = startX;
          y = startY;
          points.add(new double[] {x, y});
          continue;
        }
      }
      boolean relative = Character.isLowerCase(command);
      int pairs =
          switch (Character.toLowerCase(command)) {
            case 'm', 'l' -> 1;
            case 'q' -> 2;
            case 'c' -> 3;
            default -> throw new AssertionError("command " + command);
          };
      double lastX = x;
      double lastY = y;
      for (int k = 0; k < pairs; k++) {
        double px = Double.parseDouble(tokens.get(i++)) + (relative ? x : 0);
        double py = Double.parseDouble(tokens.get(i++)) + (relative ? y : 0);
        points.add(new double[] {px, py});
        lastX = px;
        lastY = py;
      }
      x = lastX;
      y = lastY;
      if (Character.toLowerCase(command) == 'm') {
        startX = x;
        startY = y;
      }
    }
    return points;
  }
}
