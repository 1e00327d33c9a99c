package parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import parallax.model.LabelledSpan;

class HtmlReportTest {

  private static final String HOSTILE_TITLE = "<script>alert(1)</script>";
  private static final String BODY =
      "Putin asserted that Kiev must accept <b>reality</b> & \"peace\".";

  private static StoryPage.Version version(
      String id, String source, String title, String url, String body, List<LabelledSpan> spans) {
    return new StoryPage.Version(
        id, source, null, "RU", "state-affiliated", title, "2024-11-08", url, 9, body, spans);
  }

  private static StoryPage page(List<StoryPage.Version> versions, long versionCount) {
    ReportTable table =
        new ReportTable(
            List.of("source", "words", "share"),
            List.of(
                Arrays.asList("<i>RT</i>", 9L, 0.123456),
                Arrays.asList("=HYPERLINK(\"x\")", 7L, null)),
            12);
    ReportSection section =
        new ReportSection(
            "framing",
            "Framing <terms>",
            "Counts & shares.",
            "framing.csv",
            table,
            List.of(new ChartImage("Framing: s", "charts/framing-s.svg", "charts/framing-s.png")));
    return new StoryPage("s<1>", HOSTILE_TITLE, versionCount, versions, List.of(section));
  }

  @Test
  void escapesTitlesSourcesBodiesAndTableCells() {
    StoryPage.Version v =
        version("s/rt", "<b onmouseover=alert(2)>RT</b>", HOSTILE_TITLE, null, BODY, List.of());
    String html = HtmlReport.story(page(List.of(v), 1));
    Document doc = Jsoup.parse(html);
    assertTrue(doc.select("script").isEmpty(), html);
    assertTrue(doc.select("b").isEmpty(), "markup from the data became elements");
    assertTrue(doc.select("[onmouseover]").isEmpty());
    assertEquals(HOSTILE_TITLE, doc.selectFirst("h1").text());
    assertEquals(HOSTILE_TITLE + " · Parallax", doc.title());
    assertEquals("<b onmouseover=alert(2)>RT</b>", doc.selectFirst(".version h3").text());
    assertEquals(BODY, doc.selectFirst(".version .text").wholeText());
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertEquals("<i>RT</i>", doc.selectFirst("#section-framing td").text());
    assertEquals("Framing <terms>", doc.selectFirst("#section-framing h2").text());
  }

  @Test
  void linksOnlyHttpAddresses() {
    List<StoryPage.Version> versions =
        List.of(
            version("a", "A", "t", "javascript:alert(1)", BODY, List.of()),
            version("b", "B", "t", "https://example.org/a?b=1&c=2", BODY, List.of()),
            version("c", "C", "t", "data:text/html,<script>x</script>", BODY, List.of()));
    Document doc = Jsoup.parse(HtmlReport.story(page(versions, 3)));
    Elements links = doc.select(".version a");
    assertEquals(1, links.size());
    assertEquals("https://example.org/a?b=1&c=2", links.get(0).attr("href"));
    assertTrue(doc.select("#v0 .meta").text().contains("javascript:alert(1)"));
  }

  @Test
  void highlightsNestedAndOverlappingSpansWithEveryLabelInTheTooltip() {
    String body = "Putin asserted that Kiev must accept it.";
    List<LabelledSpan> spans =
        List.of(
            new LabelledSpan("quote", "direct", 0, 24),
            new LabelledSpan("framing", "attribution_verb/loaded", 6, 14),
            new LabelledSpan("framing", "place_name/russian", 20, 29));
    Document doc =
        Jsoup.parse(HtmlReport.story(page(List.of(version("a", "A", "t", null, body, spans)), 1)));
    Element text = doc.selectFirst("#v0 .text");
    assertEquals(body, text.wholeText());
    Element verb =
        text.select("span[title]").stream()
            .filter(e -> e.text().equals("asserted"))
            .findFirst()
            .orElseThrow();
    assertEquals("framing: attribution_verb/loaded\nquote: direct", verb.attr("title"));
    assertEquals("hl c0 k0", verb.attr("class"));
    assertEquals("hl c2 k1", verb.parent().attr("class"), "the quote encloses the verb");
    List<String> overlapTitles =
        text.select("span[title]").stream()
            .filter(e -> e.text().equals("Kiev"))
            .map(e -> e.attr("title"))
            .toList();
    assertEquals(List.of("framing: place_name/russian\nquote: direct"), overlapTitles);
    Element after =
        text.select("span[title]").stream()
            .filter(e -> e.wholeText().equals(" must"))
            .findFirst()
            .orElseThrow();
    assertEquals("framing: place_name/russian", after.attr("title"));
  }

  @Test
  void buildsTheLegendAndStylesFromTheSpansPresent() {
    List<LabelledSpan> spans =
        List.of(
            new LabelledSpan("framing", "war_naming/euphemism", 0, 5),
            new LabelledSpan("sentence", "sentence 0", 0, BODY.length()));
    String html = HtmlReport.story(page(List.of(version("a", "A", "t", null, BODY, spans)), 1));
    Document doc = Jsoup.parse(html);
    Elements kinds = doc.select("fieldset.legend .kind");
    assertEquals(2, kinds.size());
    assertTrue(doc.selectFirst("#k0").hasAttr("checked"), "framing starts on");
    assertFalse(doc.selectFirst("#k1").hasAttr("checked"), "plain sentences start off");
    assertEquals("framing: war_naming/euphemism (1)", kinds.get(0).selectFirst(".swatch").text());
    String style = doc.selectFirst("style").data();
    assertTrue(style.contains(".c0{background:rgba("), style);
    assertTrue(style.contains("body:has(#k1:not(:checked)) .k1{background:none}"), style);
  }

  @Test
  void showsSectionTablesChartsAndWhatWasLeftOut() {
    Document doc =
        Jsoup.parse(
            HtmlReport.story(page(List.of(version("a", "A", "t", null, BODY, List.of())), 30)));
    Element section = doc.selectFirst("#section-framing");
    assertEquals("../charts/framing-s.svg", section.selectFirst("img").attr("src"));
    assertEquals(List.of("source", "words", "share"), section.select("th").eachText());
    assertEquals(
        List.of("<i>RT</i>", "9", "0.1235"), section.select("tr").get(1).select("td").eachText());
    assertEquals("num", section.select("tr").get(1).select("td").get(1).attr("class"));
    assertTrue(section.text().contains("Showing the first 2 of 12 rows; all are in framing.csv."));
    assertTrue(doc.text().contains("Showing 1 of 30 versions"), doc.text());
  }

  @Test
  void indexListsStoriesWithPagesFiguresOutletsAndFiles() {
    IndexPage index =
        new IndexPage(
            List.of(new IndexPage.Figure("articles analysed", 11)),
            List.of(
                new IndexPage.Story(
                    "trump-putin-call", HOSTILE_TITLE, 7, 7, null, null, 3518, true),
                new IndexPage.Story("other", null, 1, 1, "2025-01-01", "2025-01-01", 10, false)),
            40,
            ReportTable.of(List.of("source", "articles"), List.of(Arrays.asList("RT", 1L))),
            List.of(),
            List.of("articles.csv", "manifest.json"));
    Document doc = Jsoup.parse(HtmlReport.index(index));
    Element link = doc.selectFirst("table.stories a");
    assertEquals("stories/trump-putin-call.html", link.attr("href"));
    assertEquals(HOSTILE_TITLE, link.text());
    assertEquals("other", doc.select("table.stories tr").get(2).child(0).text());
    assertTrue(doc.text().contains("Showing the 2 largest of 40 stories"));
    assertEquals("11", doc.selectFirst(".figure dd").text());
    assertEquals(List.of("articles.csv", "manifest.json"), doc.select("#files a").eachAttr("href"));
    assertEquals("RT", doc.selectFirst("#sources td").text());
  }

  @Test
  void indexShowsCorpusWideSectionsAddedByAnalyses() {
    ReportSection section =
        new ReportSection(
            "framing-overall",
            "Framing by outlet, all stories",
            "Per outlet.",
            "framing.csv",
            ReportTable.of(List.of("source", "terms"), List.of(Arrays.asList("RT", 12L))),
            List.of(new ChartImage("Framing", "charts/framing.svg", "charts/framing.png")));
    IndexPage index =
        new IndexPage(
            List.of(),
            List.of(),
            0,
            ReportTable.of(List.of("source"), List.of()),
            List.of(section),
            List.of());
    Document doc = Jsoup.parse(HtmlReport.index(index));
    Element shown = doc.selectFirst("#section-framing-overall");
    assertEquals("Framing by outlet, all stories", shown.selectFirst("h2").text());
    assertEquals(List.of("RT", "12"), shown.select("td").eachText());
    assertEquals("charts/framing.svg", shown.selectFirst("img").attr("src"));
    assertEquals("No rows.", doc.selectFirst("#sources .note").text());
  }

  @Test
  void writesTheStylesheetIndexAndOnePagePerStory() throws IOException {
    Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
    IndexPage index =
        new IndexPage(
            List.of(),
            List.of(),
            0,
            ReportTable.of(List.of("source"), List.of()),
            List.of(),
            List.of());
    List<String> written =
        HtmlReport.write(
            index,
            List.of(page(List.of(version("a", "A", "t", null, BODY, List.of())), 1)),
            path -> files.computeIfAbsent(path, p -> new ByteArrayOutputStream()));
    assertEquals(
        List.of(
            "report.css", "index.html", "stories/s-1-" + Slugs.of("s<1>").substring(4) + ".html"),
        written);
    assertTrue(files.get("report.css").toString(StandardCharsets.UTF_8).contains(".versions"));
    assertNull(
        Jsoup.parse(files.get("index.html").toString(StandardCharsets.UTF_8))
            .selectFirst("script"));
  }
}
