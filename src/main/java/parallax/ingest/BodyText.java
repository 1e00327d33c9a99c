package parallax.ingest;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a raw article body into the text Parallax analyses: HTML markup becomes plain text with one
 * paragraph per line, and bodies that are binary data rather than text are recognised. Every
 * character offset of the analysis points into the text this returns.
 */
final class BodyText {

  /** Tags that start a new line when an HTML body is flattened to text. */
  private static final Pattern BLOCK_TAGS =
      Pattern.compile("(?i)^(p|div|br|li|h[1-6]|blockquote|tr|section|article|header|footer)$");

  private static final Pattern LOOKS_LIKE_HTML =
      Pattern.compile(
          "(?i)<(p|div|br|span|a|b|i|em|strong|h[1-6]|ul|li|script|style|html|body)\\b[^>]*>");

  private BodyText() {}

  /** True when the body carries HTML markup to strip. */
  static boolean looksLikeHtml(String body) {
    return body.indexOf('<') >= 0 && LOOKS_LIKE_HTML.matcher(body).find();
  }

  /** The body as text: HTML flattened, or the body itself when it is not HTML. */
  static String clean(String body) {
    return looksLikeHtml(body) ? htmlToText(body) : body;
  }

  /**
   * Why the text cannot be analysed as prose (NUL bytes, mostly control characters), or empty when
   * it is fine.
   */
  static Optional<String> binaryReason(String text) {
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return Optional.of("body contains NUL characters: binary data, not text");
      }
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        control++;
      }
    }
    if (control > 16 && control * 20 > text.length()) {
      return Optional.of(
          "body is binary data, not text ("
              + control
              + " control characters in "
              + text.length()
              + ")");
    }
    return Optional.empty();
  }

  private static String htmlToText(String html) {
    Document document = Jsoup.parseBodyFragment(html);
    document.select("script, style, noscript, template").remove();
    StringBuilder text = new StringBuilder(html.length());
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
              appendCollapsed(text, textNode.text());
            } else if (node instanceof Element element && isBlock(element)) {
              newLine(text);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element element && isBlock(element)) {
              newLine(text);
            }
          }
        },
        document.body());
    return text.toString().strip();
  }

  private static boolean isBlock(Element element) {
    return BLOCK_TAGS.matcher(element.normalName()).matches();
  }

  private static void appendCollapsed(StringBuilder text, String words) {
    String collapsed = words.replaceAll("\\s+", " ");
    boolean atLineStart = text.isEmpty() || text.charAt(text.length() - 1) == '\n';
    text.append(atLineStart ? collapsed.stripLeading() : collapsed);
  }

  private static void newLine(StringBuilder text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    text.setLength(end);
    if (end > 0 && text.charAt(end - 1) != '\n') {
      text.append('\n');
    }
  }
}
