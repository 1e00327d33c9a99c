package parallax.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parallax.SharedSpark;
import parallax.report.HeadlessChromium;
import parallax.report.HtmlReport;

/**
 * Opens the report of {@code data/} in headless Chromium as a reader would, from {@code file://}
 * with no network, and checks that the pages render their versions, tables and charts with no
 * console error; saves screenshots under {@code target/screenshots/}. The report is written to
 * {@code target/report-of-data/}, where CI's notebook run reads it.
 *
 * <p>Skips when Chromium is not installed ({@code apt-get install chromium}), except under CI
 * ({@code CI=true}), which installs it: there a missing browser fails the test.
 */
class ReportBrowserIT {

  static final Path REPORT = Path.of("target/report-of-data");
  static final Path SCREENSHOTS = Path.of("target/screenshots");

  private static HeadlessChromium browser;
  private static Path hostileReport;

  @BeforeAll
  static void writeReportsAndStartTheBrowser() throws IOException {
    JobConfig config =
        JobConfig.builder()
            .inputs(List.of("data"))
            .output(REPORT.toString())
            .overwrite(true)
            .build();
    new ParallaxJob(SharedSpark.session(), config, System.out).run();
    Optional<Path> chromium = HeadlessChromium.executable();
    if (chromium.isEmpty() && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI must run the browser test: no chromium installed");
    }
    Assumptions.assumeTrue(
        chromium.isPresent(),
        "skipping: no chromium at /usr/bin/chromium (apt-get install chromium) or $CHROMIUM");
    Path temp = Files.createTempDirectory("parallax-hostile-");
    hostileReport = temp.resolve("report");
    JobConfig hostile =
        JobConfig.builder()
            .inputs(List.of(HostileInput.write(temp.resolve("in")).toString()))
            .output(hostileReport.toString())
            .build();
    new ParallaxJob(SharedSpark.session(), hostile, new PrintStream(new ByteArrayOutputStream()))
        .run();
    browser = HeadlessChromium.start(chromium.get(), 1400, 1000);
  }

  @AfterAll
  static void stopTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void reportsConsoleErrorsFailedLoadsAndDialogs() throws IOException {
    Path page = Files.createTempFile("parallax-broken-", ".html");
    Files.writeString(
        page,
        "<!DOCTYPE html><title>broken</title><img src=\"missing.svg\">"
            + "<script>console.error('boom'); alert('hi'); undefinedFunction();</script>");
    List<String> problems = browser.open(page);
    String all = String.join("\n", problems);
    assertTrue(all.contains("boom"), all);
    assertTrue(all.contains("missing.svg") || all.contains("ERR_FILE_NOT_FOUND"), all);
    assertTrue(all.contains("dialog: alert hi"), all);
    assertTrue(all.contains("undefinedFunction"), all);
    Files.delete(page);
  }

  @Test
  void indexRendersTheRunStoriesAndOutletsWithoutErrors() throws IOException {
    assertEquals(List.of(), browser.open(REPORT.resolve("index.html")));
    JsonNode page =
        browser.evaluate(
            "({stories: [...document.querySelectorAll('table.stories a')].map(a => a.textContent),"
                + " outlets: document.querySelectorAll('#sources tbody tr').length,"
                + " figures: document.querySelectorAll('.figure').length,"
                + " styled: getComputedStyle(document.querySelector('.figures')).display})");
    assertEquals(2, page.get("stories").size(), page.toString());
    assertEquals(9, page.get("outlets").asInt());
    assertTrue(page.get("figures").asInt() >= 5);
    assertEquals("flex", page.get("styled").asText(), "report.css did not load");
    browser.screenshot(SCREENSHOTS.resolve("index.png"), 1400);
  }

  @Test
  void storyPageShowsSevenVersionsSideBySideWithTablesChartsAndHighlights() throws IOException {
    Path story = REPORT.resolve(HtmlReport.storyFile("trump-putin-call"));
    assertEquals(List.of(), browser.open(story));
    JsonNode page =
        browser.evaluate(
            "({versions: document.querySelectorAll('article.version').length,"
                + " layout: getComputedStyle(document.querySelector('.versions')).display,"
                + " tops: [...document.querySelectorAll('article.version')]"
                + "   .map(v => Math.round(v.getBoundingClientRect().top)),"
                + " tables: [...document.querySelectorAll('section.report-section')]"
                + "   .map(s => s.id + ':' + s.querySelectorAll('tbody tr').length),"
                + " charts: [...document.images].map(i => i.getAttribute('src') + ':' +"
                + "   (i.complete && i.naturalWidth > 0)),"
                + " highlights: document.querySelectorAll('.text span.hl').length})");
    assertEquals(7, page.get("versions").asInt());
    assertEquals("grid", page.get("layout").asText());
    JsonNode tops = page.get("tops");
    for (JsonNode top : tops) {
      assertEquals(tops.get(0).asInt(), top.asInt(), "versions are not side by side: " + tops);
    }
    List<String> sections = new java.util.ArrayList<>();
    for (JsonNode table : page.get("tables")) {
      String[] idAndRows = table.asText().split(":");
      sections.add(idAndRows[0]);
      assertTrue(Integer.parseInt(idAndRows[1]) > 0, "empty section table " + table);
    }
    assertEquals(
        List.of(
            "section-versions",
            "section-span-counts",
            "section-framing",
            "section-contrasts",
            "section-distinctive-terms",
            "section-voices",
            "section-missing-voices",
            "section-tone",
            "section-entities",
            "section-similarity",
            "section-derivation"),
        sections);
    assertEquals("section-versions:7", page.get("tables").get(0).asText());
    List<String> charts = new java.util.ArrayList<>();
    page.get("charts").forEach(chart -> charts.add(chart.asText()));
    assertEquals(
        List.of("length", "framing", "variants", "voices", "tone", "entities", "similarity")
            .stream()
            .map(chart -> "../charts/" + chart + "-trump-putin-call.svg:true")
            .toList(),
        charts,
        "every chart of the story page loaded");
    assertTrue(page.get("highlights").asInt() > 100, page.toString());
    browser.screenshot(SCREENSHOTS.resolve("story-trump-putin-call.png"), 2400);
  }

  @Test
  void legendSwitchesTurnHighlightsAndVersionsOnAndOff() {
    Path story = REPORT.resolve(HtmlReport.storyFile("trump-putin-call"));
    assertEquals(List.of(), browser.open(story));
    // Plain sentence spans start switched off; other kinds (framing...) start on.
    String sentences =
        browser
            .evaluate(
                "[...document.querySelectorAll('.kind label')]"
                    + ".find(l => l.querySelector('strong').textContent === 'sentence')"
                    + ".querySelector('input').id")
            .asText();
    String background =
        "getComputedStyle(document.querySelector('.text span." + sentences + "')).backgroundColor";
    assertEquals("rgba(0, 0, 0, 0)", browser.evaluate(background).asText(), "starts off");
    browser.evaluate("document.getElementById('" + sentences + "').click()");
    assertFalse(browser.evaluate(background).asText().equals("rgba(0, 0, 0, 0)"));
    browser.evaluate("document.getElementById('show-v0').click()");
    assertEquals(
        "none",
        browser.evaluate("getComputedStyle(document.getElementById('v0')).display").asText());
  }

  @Test
  void hostileTitlesSourcesAndBodiesRunNoScript() throws IOException {
    Path story = hostileReport.resolve(HtmlReport.storyFile(HostileInput.STORY));
    assertEquals(List.of(), browser.open(story));
    JsonNode page =
        browser.evaluate(
            "({scripts: document.scripts.length,"
                + " headlines: [...document.querySelectorAll('.headline')].map(h => h.textContent),"
                + " title: document.title})");
    assertEquals(0, page.get("scripts").asInt());
    assertTrue(
        page.get("headlines").toString().contains("<script>alert(1)</script>"), page.toString());
    browser.screenshot(SCREENSHOTS.resolve("story-hostile.png"), 1400);
    assertEquals(List.of(), browser.open(hostileReport.resolve("index.html")));
    browser.screenshot(SCREENSHOTS.resolve("index-hostile.png"), 1400);
  }
}
