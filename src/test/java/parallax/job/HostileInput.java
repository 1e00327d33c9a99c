package parallax.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles whose ids, story, outlets, titles, addresses and bodies hold markup, script,
 * formula-like text and quotes: what the report must show as text and the CSVs must neutralise.
 */
final class HostileInput {

  static final String STORY = "<svg onload=alert(5)>";
  static final String SCRIPT_TITLE = "<script>alert(1)</script>";
  static final String MARKUP_SOURCE = "<b>Evil</b> & \"Co\"";
  static final String FORMULA_SOURCE = "=HYPERLINK(\"http://evil.example\",\"click\")";
  static final String FORMULA_TITLE = "=SUM(A1:A9)";
  static final String QUOTED_TITLE = "+1 \"quoted\" title, with comma";
  static final String ESCAPED_SCRIPT_TEXT = "<script>alert(3)</script>";
  static final String IMG_TEXT = "<img src=x onerror=alert(4)>";

  private HostileInput() {}

  /** Writes {@code feed.jsonl} into {@code folder} and returns the folder. */
  static Path write(Path folder) throws IOException {
    Files.createDirectories(folder);
    List<Map<String, String>> articles = new ArrayList<>();
    articles.add(
        article(
            "h1",
            MARKUP_SOURCE,
            SCRIPT_TITLE,
            "javascript:alert(6)",
            "<p>Officials said &lt;script&gt;alert(3)&lt;/script&gt; was \"harmless\".</p>"
                + "<p>=1+2 is a formula, they said.</p>"));
    articles.add(
        article(
            "h2",
            FORMULA_SOURCE,
            FORMULA_TITLE,
            "https://example.org/news?a=1&b='2'",
            IMG_TEXT + " The minister said \"no\", twice.\n+44 called, and it was -5 degrees."));
    articles.add(
        article(
            "-h3",
            "@Outlet",
            QUOTED_TITLE,
            null,
            "Plain text, with a comma.\r\nSecond line with 'single' and \"double\" quotes."));
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    for (Map<String, String> article : articles) {
      lines.append(json.writeValueAsString(article)).append('\n');
    }
    Files.writeString(folder.resolve("feed.jsonl"), lines.toString());
    return folder;
  }

  private static Map<String, String> article(
      String id, String source, String title, String url, String body) {
    Map<String, String> article = new LinkedHashMap<>();
    article.put("id", id);
    article.put("story_id", STORY);
    article.put("source", source);
    article.put("title", title);
    if (url != null) {
      article.put("url", url);
    }
    article.put("body", body);
    return article;
  }
}
