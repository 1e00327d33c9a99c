package parallax.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parallax.SharedSpark;

/** The whole job on the sample data, in the shared local SparkSession. */
class ParallaxJobTest {

  @TempDir static Path temp;
  private static Path report;
  private static String console;

  @BeforeAll
  static void runOnSampleData() {
    report = temp.resolve("reports");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JobConfig config =
        JobConfig.builder().inputs(List.of("data")).output(report.toString()).parquet(true).build();
    new ParallaxJob(
            SharedSpark.session(), config, new PrintStream(out, true, StandardCharsets.UTF_8))
        .run();
    console = out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesOneRowPerSampleArticleWithSourcesFromBylinesFileNamesAndMetadata() throws IOException {
    List<Map<String, String>> articles = ReportFiles.csv(report, "articles");
    assertEquals(11, articles.size());
    Map<String, String> troib = ReportFiles.row(articles, "article_id", "trump-putin-call/troib");
    assertEquals("TROIB News", troib.get("source"));
    assertEquals("RT", troib.get("credited_source"));
    assertEquals("trump-putin-call", troib.get("story_id"));
    assertEquals("Trump Announces Intent to Speak with Putin", troib.get("title"));
    assertTrue(Integer.parseInt(troib.get("words")) > 400, troib.toString());
    Map<String, String> rt = ReportFiles.row(articles, "article_id", "trump-putin-call/rt");
    assertEquals("RU", rt.get("country"));
    assertEquals("state-affiliated", rt.get("ownership"));
    Map<String, String> flood = ReportFiles.row(articles, "article_id", "river-flood-newshub");
    assertEquals("2025-04-12T08:15:00Z", flood.get("published"));
    assertEquals("data/feeds/river-flood.jsonl", flood.get("input_file"));
    assertEquals("2", flood.get("line"));
  }

  @Test
  void groupsVersionsIntoTheTwoSampleStories() throws IOException {
    List<Map<String, String>> stories = ReportFiles.csv(report, "stories");
    assertEquals(
        List.of("river-flood", "trump-putin-call"),
        stories.stream().map(r -> r.get("story_id")).toList());
    Map<String, String> trump = ReportFiles.row(stories, "story_id", "trump-putin-call");
    assertEquals("7", trump.get("articles"));
    assertEquals("7", trump.get("sources"));
    assertEquals(
        "2025-04-12T06:40:00Z",
        ReportFiles.row(stories, "story_id", "river-flood").get("first_published"));
  }

  @Test
  void summarisesEachOutletPerStoryAndOverall() throws IOException {
    List<Map<String, String>> sources = ReportFiles.csv(report, "sources");
    long overall = sources.stream().filter(r -> r.get("scope").equals("overall")).count();
    assertEquals(9, overall);
    Map<String, String> meridian =
        sources.stream()
            .filter(
                r -> r.get("scope").equals("overall") && r.get("source").equals("Meridian Wire"))
            .findFirst()
            .orElseThrow();
    assertEquals("2", meridian.get("stories"));
    assertEquals("wire service", meridian.get("rating"));
  }

  @Test
  void everySpanTextIsTheBodyAtItsOffsets() throws IOException {
    List<Map<String, String>> spans = ReportFiles.csv(report, "spans");
    assertFalse(spans.isEmpty());
    String troibBody = troibBody();
    int checked = 0;
    for (Map<String, String> span : spans) {
      if (span.get("article_id").equals("trump-putin-call/troib")) {
        int start = Integer.parseInt(span.get("start"));
        int end = Integer.parseInt(span.get("end"));
        assertEquals(troibBody.substring(start, end), span.get("text"));
        checked++;
      }
    }
    assertTrue(checked > 10, "spans checked: " + checked);
  }

  private static String troibBody() throws IOException {
    String file = Files.readString(Path.of("data/stories/trump-putin-call/troib.txt"));
    return file.substring(file.indexOf('\n') + 1).strip();
  }

  @Test
  void manifestReconcilesRecordsAndListsInputsWithChecksums() throws IOException {
    JsonNode manifest = ReportFiles.manifest(report);
    JsonNode counts = manifest.get("counts");
    assertEquals(11, counts.get("records_in").asLong());
    assertEquals(11, counts.get("analysed").asLong());
    assertEquals(0, counts.get("rejected").asLong());
    assertTrue(counts.get("reconciled").asBoolean());
    assertEquals(8, manifest.get("inputs").size());
    assertEquals(64, manifest.get("inputs").get(0).get("sha256").asText().length());
    assertTrue(manifest.get("stages").size() >= 3);
    assertTrue(ReportFiles.csv(report, "rejects").isEmpty());
  }

  @Test
  void drawsALengthChartPerStoryAsPngAndSvg() {
    assertTrue(Files.exists(report.resolve("charts/length-trump-putin-call.png")));
    assertTrue(Files.exists(report.resolve("charts/length-trump-putin-call.svg")));
    assertTrue(Files.exists(report.resolve("charts/length-river-flood.svg")));
  }

  @Test
  void printsOneLinePerStageWithCounts() {
    assertTrue(console.contains("ingest   11 records from 8 files: 11 articles"), console);
    assertTrue(console.contains("analyse  11 articles analysed"), console);
    assertTrue(console.contains("report   2 story pages, 2 charts"), console);
  }

  @Test
  void writesTheSpansAlsoAsParquetWithTheSameRows() throws IOException {
    List<Map<String, String>> csv = ReportFiles.csv(report, "spans");
    List<Row> parquet =
        SharedSpark.session()
            .read()
            .parquet(report.resolve("spans.parquet").toString())
            .orderBy("article_id", "start", "end", "kind", "label")
            .collectAsList();
    assertEquals(csv.size(), parquet.size());
    assertEquals(csv.get(0).get("text"), parquet.get(0).getAs("text"));
    assertEquals(Integer.parseInt(csv.get(0).get("end")), parquet.get(0).<Integer>getAs("end"));
    try (var files = Files.list(report.resolve("spans.parquet"))) {
      assertTrue(files.allMatch(f -> f.getFileName().toString().endsWith(".parquet")));
    }
  }

  @Test
  void writesAnIndexLinkingAPagePerStoryWithItsVersionsTablesAndCharts() throws IOException {
    Document index = Jsoup.parse(report.resolve("index.html").toFile(), "UTF-8");
    assertEquals(
        List.of("stories/trump-putin-call.html", "stories/river-flood.html"),
        index.select("table.stories a").eachAttr("href"));
    assertTrue(index.select("#files a").eachAttr("href").contains("spans.parquet"));
    Document story = Jsoup.parse(report.resolve("stories/trump-putin-call.html").toFile(), "UTF-8");
    assertEquals(7, story.select("article.version").size());
    assertEquals(
        "Trump Announces Intent to Speak with Putin",
        story.select("article.version").stream()
            .filter(v -> v.selectFirst("h3").text().equals("TROIB News"))
            .findFirst()
            .orElseThrow()
            .selectFirst(".headline")
            .text());
    assertEquals(7, story.select("#section-versions tbody tr").size());
    assertEquals(7, story.select("#section-span-counts tbody tr").size());
    assertEquals(
        "../charts/length-trump-putin-call.svg",
        story.selectFirst("#section-versions img").attr("src"));
    assertTrue(Files.exists(report.resolve("report.css")));
    String troibText =
        story.select("article.version").stream()
            .filter(v -> v.selectFirst("h3").text().equals("TROIB News"))
            .findFirst()
            .orElseThrow()
            .selectFirst(".text")
            .wholeText();
    assertEquals(troibBody(), troibText);
    assertFalse(story.select(".text span.hl[title]").isEmpty(), "no highlighted spans");
  }

  @Test
  void refusesToReplaceANonEmptyReportWithoutOverwrite() {
    JobConfig again = JobConfig.builder().inputs(List.of("data")).output(report.toString()).build();
    JobFailure failure =
        assertThrows(
            JobFailure.class,
            () ->
                new ParallaxJob(
                        SharedSpark.session(), again, new PrintStream(new ByteArrayOutputStream()))
                    .run());
    assertTrue(failure.getMessage().contains("pass --overwrite"), failure.getMessage());
  }

  @Test
  void leavesThePreviousReportUntouchedWhenARunFails() throws IOException {
    Path missing = temp.resolve("no-such-folder");
    JobConfig failing =
        JobConfig.builder()
            .inputs(List.of(missing.toString()))
            .output(report.toString())
            .overwrite(true)
            .build();
    String before = Files.readString(report.resolve("articles.csv"));
    JobFailure failure =
        assertThrows(
            JobFailure.class,
            () ->
                new ParallaxJob(
                        SharedSpark.session(),
                        failing,
                        new PrintStream(new ByteArrayOutputStream()))
                    .run());
    assertEquals("input path does not exist: " + missing, failure.getMessage());
    assertEquals(before, Files.readString(report.resolve("articles.csv")));
    try (var siblings = Files.list(temp)) {
      assertTrue(siblings.noneMatch(p -> p.getFileName().toString().contains("parallax-tmp")));
    }
  }
}
