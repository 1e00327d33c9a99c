package parallax.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parallax.SharedSpark;
import parallax.report.HtmlReport;

/** Markup, script, formulas and quotes in the input come out as text in every output. */
class HostileInputJobTest {

  @TempDir static Path temp;
  private static Path report;

  @BeforeAll
  static void runOnHostileInput() throws IOException {
    Path input = HostileInput.write(temp.resolve("in"));
    report = temp.resolve("out");
    JobConfig config =
        JobConfig.builder().inputs(List.of(input.toString())).output(report.toString()).build();
    new ParallaxJob(SharedSpark.session(), config, new PrintStream(new ByteArrayOutputStream()))
        .run();
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAreNeutralised() throws IOException {
    List<Map<String, String>> articles = ReportFiles.csv(report, "articles");
    assertEquals(3, articles.size());
    Map<String, String> h2 = ReportFiles.row(articles, "article_id", "h2");
    assertEquals("'" + HostileInput.FORMULA_SOURCE, h2.get("source"));
    assertEquals("'" + HostileInput.FORMULA_TITLE, h2.get("title"));
    Map<String, String> h3 = ReportFiles.row(articles, "article_id", "'-h3");
    assertEquals("'@Outlet", h3.get("source"));
    assertEquals("'" + HostileInput.QUOTED_TITLE, h3.get("title"));
    Map<String, String> h1 = ReportFiles.row(articles, "article_id", "h1");
    assertEquals(HostileInput.MARKUP_SOURCE, h1.get("source"));
    assertEquals(HostileInput.SCRIPT_TITLE, h1.get("title"));
    String raw = Files.readString(report.resolve("articles.csv"), StandardCharsets.UTF_8);
    assertTrue(raw.contains("\"'+1 \"\"quoted\"\" title, with comma\""), raw);

    List<String> spanTexts =
        ReportFiles.csv(report, "spans").stream().map(r -> r.get("text")).toList();
    assertTrue(spanTexts.contains("'=1+2 is a formula, they said."), spanTexts.toString());
    assertTrue(spanTexts.stream().anyMatch(t -> t.startsWith("'+44 called")), spanTexts.toString());
    for (String text : spanTexts) {
      assertFalse(text.matches("^[=+\\-@\\t\\r].*"), "formula-like span text: " + text);
    }
    assertEquals(
        "'" + HostileInput.QUOTED_TITLE, ReportFiles.csv(report, "stories").get(0).get("label"));
  }

  @Test
  void everyCsvIsStrictUtf8Rfc4180WithAHeaderAndCrLfLineEnds() throws IOException {
    List<Path> csvs;
    try (var files = Files.list(report)) {
      csvs = files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
    }
    assertEquals(16, csvs.size(), csvs.toString());
    for (Path csv : csvs) {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Files.readAllBytes(csv)))
              .toString();
      assertFalse(text.startsWith("\uFEFF"), csv + " starts with a byte-order mark");
      String outsideQuotes = text.replaceAll("\"(?:[^\"]|\"\")*\"", "");
      assertEquals(
          outsideQuotes.split("\r\n", -1).length - 1,
          outsideQuotes.chars().filter(c -> c == '\n').count(),
          csv + " has a line end that is not CRLF outside quoted cells");
      assertTrue(text.endsWith("\r\n"), csv + " does not end with CRLF");
      try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
        List<CSVRecord> records = parser.getRecords();
        int width = records.get(0).size();
        for (CSVRecord record : records) {
          assertEquals(width, record.size(), csv + " line " + record.getRecordNumber());
        }
      }
    }
  }

  @Test
  void htmlPagesShowMarkupScriptAndFormulasAsText() throws IOException {
    Document index = page("index.html");
    Document story = page(HtmlReport.storyFile(HostileInput.STORY));
    for (Document doc : List.of(index, story)) {
      assertTrue(doc.select("script").isEmpty(), "a script element");
      assertTrue(doc.select("b, svg").isEmpty(), "markup from the data became elements");
      for (Element element : doc.getAllElements()) {
        for (Attribute attribute : element.attributes()) {
          assertFalse(attribute.getKey().startsWith("on"), "event handler on " + element);
        }
      }
      for (Element img : doc.select("img")) {
        assertTrue(img.attr("src").matches("(\\.\\./)?charts/[a-z0-9-]+\\.svg"), img.toString());
      }
      for (Element link : doc.select("a[href]")) {
        String href = link.attr("href");
        assertTrue(href.startsWith("https://") || !href.contains(":"), "unsafe link " + href);
      }
    }
    assertNotNull(index.selectFirst("a[href=" + HtmlReport.storyFile(HostileInput.STORY) + "]"));
    assertEquals(
        List.of(HostileInput.SCRIPT_TITLE, HostileInput.FORMULA_TITLE, HostileInput.QUOTED_TITLE),
        story.select(".version .headline").eachText());
    assertEquals(
        List.of(HostileInput.MARKUP_SOURCE, HostileInput.FORMULA_SOURCE, "@Outlet"),
        story.select(".version h3").eachText());
    String texts = story.select(".version .text").eachText().toString();
    assertTrue(texts.contains(HostileInput.ESCAPED_SCRIPT_TEXT), texts);
    assertTrue(texts.contains(HostileInput.IMG_TEXT), texts);
    assertTrue(story.select("#v0 .meta").text().contains("javascript:alert(6)"));
    assertEquals(
        "https://example.org/news?a=1&b='2'", story.selectFirst("#v1 a[href^=https]").attr("href"));
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(Files.readString(report.resolve(path), StandardCharsets.UTF_8));
  }
}
