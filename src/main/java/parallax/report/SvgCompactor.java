package parallax.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the SVG that XChart writes through VectorGraphics2D about five times smaller without a
 * visible change. XChart draws every piece of text as glyph outlines ({@code
 * TextLayout.getOutline}, then {@code fill}), so no renderer hint can turn it back into {@code
 * <text>}, and VectorGraphics2D writes each outline point as a full-precision double ({@code
 * -15.6748046875}). This rewrites path data to relative commands on a 0.1 px grid ({@code
 * l.6-5.8}), and rounds the other geometry attributes to 0.1 px ({@code transform} keeps four
 * decimals, since it may scale or rotate). A chart of 960 x 540 px goes from ~320 KB to ~65 KB.
 *
 * <p>Rounding is done on absolute coordinates first and the relative steps taken between rounded
 * points, so errors do not add up along a path. Path data with commands other than {@code M L Q C
 * Z} (which VectorGraphics2D never writes) is only rounded. Stateless, thread-safe.
 */
public final class SvgCompactor {

  // The attributes that hold geometry; scanned for by hand (this runs over every chart's whole
  // document, and a regular expression tried at each character was a third of the compaction).
  private static final Set<String> GEOMETRY =
      Set.of(
          "d",
          "x",
          "y",
          "x1",
          "y1",
          "x2",
          "y2",
          "cx",
          "cy",
          "r",
          "rx",
          "ry",
          "width",
          "height",
          "transform");
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(?:\\d+\\.\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?|[-+]?\\d+[eE][-+]?\\d+");

  private SvgCompactor() {}

  /**
   * The compacted document; text outside geometry attributes is left as it was. A geometry
   * attribute is one of {@link #GEOMETRY} after white space, with a quoted value; the white space
   * before it becomes one space.
   */
  public static String compact(String svg) {
    StringBuilder out = new StringBuilder(svg.length() / 3);
    int copied = 0;
    int equals = svg.indexOf("=\"");
    while (equals >= 0) {
      int nameStart = equals;
      while (nameStart > 0 && isAsciiLetterOrDigit(svg.charAt(nameStart - 1))) {
        nameStart--;
      }
      int valueStart = equals + 2;
      int valueEnd = svg.indexOf('"', valueStart);
      if (valueEnd < 0) {
        break;
      }
      String name =
          nameStart > copied && isSpace(svg.charAt(nameStart - 1))
              ? svg.substring(nameStart, equals)
              : null;
      if (name != null && GEOMETRY.contains(name)) {
        String value = svg.substring(valueStart, valueEnd);
        String compacted =
            switch (name) {
              case "d" -> path(value);
              case "transform" -> roundNumbers(value, 4);
              default -> roundNumbers(value, 1);
            };
        out.append(svg, copied, nameStart - 1).append(' ').append(name).append("=\"");
        out.append(compacted).append('"');
        copied = valueEnd + 1;
        equals = svg.indexOf("=\"", copied);
      } else {
        equals = svg.indexOf("=\"", equals + 1);
      }
    }
    out.append(svg, copied, svg.length());
    return out.toString();
  }

  /** Path data as relative commands on a 0.1 grid, or only rounded if it has other commands. */
  static String path(String d) {
    try {
      return relative(tokens(d));
    } catch (IllegalArgumentException e) {
      return roundNumbers(d, 1);
    }
  }

  /**
   * The commands (single letters) and numbers of path data, in order; anything else (spaces,
   * commas) separates them. A number is an optional sign, digits with an optional fraction or a
   * fraction alone, and an optional exponent.
   */
  static List<String> tokens(String d) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < d.length()) {
      char c = d.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
        tokens.add(String.valueOf(c));
        i++;
        continue;
      }
      int end = numberEnd(d, i);
      if (end > i) {
        tokens.add(d.substring(i, end));
        i = end;
      } else {
        i++;
      }
    }
    return tokens;
  }

  /** Where a number starting at {@code start} ends, or {@code start} if none starts there. */
  private static int numberEnd(String d, int start) {
    int n = d.length();
    int i = start;
    if (i < n && (d.charAt(i) == '-' || d.charAt(i) == '+')) {
      i++;
    }
    int digits = digitsEnd(d, i);
    if (digits > i) {
      i = digits;
      if (i < n && d.charAt(i) == '.') {
        i = digitsEnd(d, i + 1);
      }
    } else if (i + 1 < n && d.charAt(i) == '.' && isDigit(d.charAt(i + 1))) {
      i = digitsEnd(d, i + 1);
    } else {
      return start;
    }
    if (i < n && (d.charAt(i) == 'e' || d.charAt(i) == 'E')) {
      int exponent = i + 1;
      if (exponent < n && (d.charAt(exponent) == '-' || d.charAt(exponent) == '+')) {
        exponent++;
      }
      int exponentEnd = digitsEnd(d, exponent);
      if (exponentEnd > exponent) {
        i = exponentEnd;
      }
    }
    return i;
  }

  private static int digitsEnd(String d, int start) {
    int i = start;
    while (i < d.length() && isDigit(d.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || isDigit(c);
  }

  // As the regular expression class \s: space, tab, line feed, vertical tab, form feed, return.
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static String relative(List<String> tokens) {
    StringBuilder out = new StringBuilder();
    long x = 0;
    long y = 0;
    long startX = 0;
    long startY = 0;
    char last = 0;
    int i = 0;
    while (i < tokens.size()) {
      String token = tokens.get(i++);
      if (token.length() != 1 || !Character.isLetter(token.charAt(0))) {
        throw new IllegalArgumentException("number where a command was expected: " + token);
      }
      char command = token.charAt(0);
      int arity = arity(command);
      if (command == 'Z') {
        out.append('z');
        x = startX;
        y = startY;
        last = 'z';
        continue;
      }
      if (i + arity > tokens.size()) {
        throw new IllegalArgumentException("path ends inside command " + command);
      }
      char relative = Character.toLowerCase(command);
      boolean repeat = relative == last && relative != 'm';
      if (!repeat) {
        out.append(relative);
      }
      boolean first = true;
      long pointX = x;
      long pointY = y;
      for (int k = 0; k < arity; k += 2) {
        pointX = tenths(tokens.get(i + k));
        pointY = tenths(tokens.get(i + k + 1));
        appendNumber(out, pointX - x, repeat || !first);
        appendNumber(out, pointY - y, true);
        first = false;
      }
      i += arity;
      x = pointX;
      y = pointY;
      if (command == 'M') {
        startX = x;
        startY = y;
      }
      last = relative;
    }
    return out.toString();
  }

  private static int arity(char command) {
    return switch (command) {
      case 'M', 'L' -> 2;
      case 'Q' -> 4;
      case 'C' -> 6;
      case 'Z' -> 0;
      default -> throw new IllegalArgumentException("unsupported path command " + command);
    };
  }

  private static long tenths(String number) {
    try {
      return tenths(Double.parseDouble(number));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: " + number, e);
    }
  }

  /**
   * A path coordinate on the 0.1 px grid, in tenths: rounded half up. {@link TenthPixelShapes} puts
   * shapes on the grid with this same rule, so its documents compact to the same bytes.
   */
  static long tenths(double coordinate) {
    return Math.round(coordinate * 10);
  }

  /** Appends {@code tenths / 10} in its shortest form, with a space before it when needed. */
  private static void appendNumber(StringBuilder out, long tenths, boolean separate) {
    if (separate && tenths >= 0) {
      out.append(' ');
    }
    if (tenths < 0) {
      out.append('-');
    }
    long abs = Math.abs(tenths);
    out.append(abs / 10);
    if (abs % 10 != 0) {
      out.append('.').append(abs % 10);
    }
  }

  /** Every decimal number in {@code text} rounded to {@code decimals} places, zeros dropped. */
  static String roundNumbers(String text, int decimals) {
    Matcher m = NUMBER.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, round(Double.parseDouble(m.group()), decimals));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String round(double value, int decimals) {
    String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
    if (text.indexOf('.') >= 0) {
      text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return text.equals("-0") ? "0" : text;
  }
}
