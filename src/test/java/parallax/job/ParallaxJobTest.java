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
  void recordsHowEachStoryWasGrouped() throws IOException {
    List<Map<String, String>> stories = ReportFiles.csv(report, "stories");
    for (Map<String, String> story : stories) {
      assertEquals(StoryGrouping.GIVEN, story.get("grouped_by"), story.toString());
    }
  }

  @Test
  void findsTroibDerivedFromRtWithTheReadFullArticleCreditAsEvidence() throws IOException {
    List<Map<String, String>> derivations = ReportFiles.csv(report, "derivation");
    Map<String, String> troib = ReportFiles.row(derivations, "derived", "trump-putin-call/troib");
    assertEquals("trump-putin-call/rt", troib.get("source"));
    assertEquals("trump-putin-call", troib.get("story_id"));
    assertTrue(
        troib.get("evidence").contains("Read Full Article at RT.com"), troib.get("evidence"));
    assertTrue(Double.parseDouble(troib.get("confidence")) >= 0.8, troib.toString());
    for (Map<String, String> derivation : derivations) {
      assertEquals(
          derivation.get("derived").startsWith("river-flood"),
          derivation.get("source").startsWith("river-flood"),
          "a derivation across stories: " + derivation);
    }

    List<Map<String, String>> articles = ReportFiles.csv(report, "articles");
    Map<String, String> troibRow =
        ReportFiles.row(articles, "article_id", "trump-putin-call/troib");
    assertEquals("trump-putin-call/rt", troibRow.get("derived_from"));
    assertEquals("true", troibRow.get("derived_copy"));
    Map<String, String> rtRow = ReportFiles.row(articles, "article_id", "trump-putin-call/rt");
    assertEquals("", rtRow.get("derived_from"));
    assertEquals("false", rtRow.get("derived_copy"));
  }

  @Test
  void alignsTroibWithRtSentenceBySentenceAsParaphrase() throws IOException {
    List<Map<String, String>> troibInRt =
        ReportFiles.csv(report, "alignment").stream()
            .filter(r -> r.get("article_a").equals("trump-putin-call/troib"))
            .filter(r -> r.get("article_b").equals("trump-putin-call/rt"))
            .toList();
    int sentences =
        Integer.parseInt(
            ReportFiles.row(
                    ReportFiles.csv(report, "articles"), "article_id", "trump-putin-call/troib")
                .get("sentences"));
    assertEquals(sentences, troibInRt.size());
    long paraphrased = troibInRt.stream().filter(r -> r.get("kind").equals("paraphrased")).count();
    long matched = troibInRt.stream().filter(r -> !r.get("kind").equals("unmatched")).count();
    assertTrue(paraphrased > sentences / 2, "paraphrased " + paraphrased + " of " + sentences);
    // Sentence by sentence: the matches follow TROIB's order through RT's text.
    int previous = -1;
    int inOrder = 0;
    for (Map<String, String> row : troibInRt) {
      int match = Integer.parseInt(row.get("match"));
      if (match > previous) {
        inOrder++;
        previous = match;
      }
    }
    assertTrue(inOrder >= matched * 3 / 4, inOrder + " of " + matched + " matches in order");

    Map<String, String> pair =
        ReportFiles.csv(report, "similarity").stream()
            .filter(r -> r.get("article_a").equals("trump-putin-call/rt"))
            .filter(r -> r.get("article_b").equals("trump-putin-call/troib"))
            .findFirst()
            .orElseThrow();
    assertEquals("RT", pair.get("source_a"));
    assertEquals("TROIB News", pair.get("source_b"));
  }

  @Test
  void comparesVersionsOnlyWithinTheirStory() throws IOException {
    for (Map<String, String> pair : ReportFiles.csv(report, "similarity")) {
      String story = pair.get("story_id");
      assertTrue(pair.get("article_a").startsWith(story), pair.toString());
      assertTrue(pair.get("article_b").startsWith(story), pair.toString());
    }
    assertEquals(21 + 6, ReportFiles.csv(report, "similarity").size());
  }

  @Test
  void writesTheCreditsAndTheDerivedVersionsChangesAsReuseSpans() throws IOException {
    List<Map<String, String>> reuse =
        ReportFiles.csv(report, "spans").stream()
            .filter(r -> r.get("kind").equals("reuse"))
            .toList();
    assertTrue(
        reuse.stream()
            .anyMatch(
                r ->
                    r.get("article_id").equals("trump-putin-call/troib")
                        && r.get("label").equals("credit/read_at")
                        && r.get("text").contains("Read Full Article at RT.com")),
        reuse.toString());
    assertTrue(reuse.stream().anyMatch(r -> r.get("label").equals("added")), reuse.toString());
    assertTrue(reuse.stream().anyMatch(r -> r.get("label").equals("omitted")), reuse.toString());
  }

  @Test
  void drawsASimilarityHeatmapPerStoryAsPngAndSvg() {
    for (String story : List.of("trump-putin-call", "river-flood")) {
      assertTrue(Files.exists(report.resolve("charts/similarity-" + story + ".png")), story);
      assertTrue(Files.exists(report.resolve("charts/similarity-" + story + ".svg")), story);
    }
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
  void placesTroibAndRtInTheRussianTransliterationGroupAndTheKyivLedgerInTheUkrainian()
      throws IOException {
    List<Map<String, String>> articles = ReportFiles.csv(report, "articles");
    Map<String, String> troib = ReportFiles.row(articles, "article_id", "trump-putin-call/troib");
    assertEquals("russian", troib.get("transliteration_leaning"));
    assertEquals(
        "3", troib.get("transliteration_russian"), "Lugansk, Zaporozhye, Vladimir Zelensky");
    assertEquals("0", troib.get("transliteration_ukrainian"));
    assertEquals(
        "russian",
        ReportFiles.row(articles, "article_id", "trump-putin-call/rt")
            .get("transliteration_leaning"));
    assertEquals(
        "ukrainian",
        ReportFiles.row(articles, "article_id", "trump-putin-call/kyiv-ledger")
            .get("transliteration_leaning"));
    assertEquals(
        "none",
        ReportFiles.row(articles, "article_id", "river-flood-newshub")
            .get("transliteration_leaning"));
  }

  @Test
  void countsTroibsLoadedAttributionVerbsWithSpansWhoseTextIsTheBodyAtTheirOffsets()
      throws IOException {
    List<Map<String, String>> framing = ReportFiles.csv(report, "framing");
    Map<String, Integer> loaded = new java.util.TreeMap<>();
    for (Map<String, String> row : framing) {
      if (row.get("article_id").equals("trump-putin-call/troib")
          && row.get("category").equals("attribution_verb/loaded")) {
        loaded.put(row.get("term"), Integer.parseInt(row.get("count")));
        int words =
            Integer.parseInt(
                ReportFiles.row(
                        ReportFiles.csv(report, "articles"), "article_id", row.get("article_id"))
                    .get("words"));
        assertEquals(
            Integer.parseInt(row.get("count")) * 1000.0 / words,
            Double.parseDouble(row.get("per_1k_words")),
            0.0001);
      }
    }
    assertEquals(2, loaded.get("assert"), loaded.toString());
    assertEquals(1, loaded.get("insist"), loaded.toString());
    assertEquals(2, loaded.get("maintain"), loaded.toString());
    assertEquals(2, loaded.get("remark"), loaded.toString());

    String body = troibBody();
    List<String> spanTexts = new java.util.ArrayList<>();
    for (Map<String, String> span : ReportFiles.csv(report, "spans")) {
      if (span.get("article_id").equals("trump-putin-call/troib")
          && span.get("kind").equals("framing")
          && span.get("label").equals("attribution_verb/loaded")) {
        int start = Integer.parseInt(span.get("start"));
        int end = Integer.parseInt(span.get("end"));
        assertEquals(body.substring(start, end), span.get("text"));
        spanTexts.add(span.get("text"));
      }
    }
    assertTrue(
        spanTexts.containsAll(List.of("asserted", "insists", "maintains", "remarked")),
        spanTexts.toString());
    assertEquals(loaded.values().stream().mapToInt(Integer::intValue).sum(), spanTexts.size());
  }

  @Test
  void flagsTheKyivKievDivergenceInContrasts() throws IOException {
    List<Map<String, String>> kyiv =
        ReportFiles.csv(report, "contrasts").stream()
            .filter(r -> r.get("story_id").equals("trump-putin-call"))
            .filter(r -> r.get("referent").equals("Kyiv"))
            .toList();
    Map<String, String> rt = ReportFiles.row(kyiv, "source", "RT");
    assertEquals("Kiev", rt.get("variant"));
    assertEquals("russian", rt.get("variant_group"));
    assertEquals("4", rt.get("count"));
    Map<String, String> ledger = ReportFiles.row(kyiv, "source", "The Kyiv Ledger");
    assertEquals("Kyiv", ledger.get("variant"));
    assertTrue(kyiv.stream().allMatch(r -> r.get("diverges").equals("true")), kyiv.toString());
    assertEquals("Kiev; Kyiv", rt.get("story_variants"));
  }

  @Test
  void ranksDistinctiveTermsPerOutletWithinEachStoryAndOverall() throws IOException {
    List<Map<String, String>> terms = ReportFiles.csv(report, "distinctive_terms");
    Map<String, String> rtInStory =
        terms.stream()
            .filter(r -> r.get("scope").equals("story") && r.get("source").equals("RT"))
            .findFirst()
            .orElseThrow();
    assertEquals("trump-putin-call", rtInStory.get("story_id"));
    assertEquals("1", rtInStory.get("rank"));
    Map<String, String> rtOverall =
        terms.stream()
            .filter(r -> r.get("scope").equals("overall") && r.get("source").equals("RT"))
            .findFirst()
            .orElseThrow();
    assertEquals("", rtOverall.get("story_id"));
    assertEquals("kiev", rtOverall.get("term"), "RT alone writes Kiev");
    assertTrue(Double.parseDouble(rtOverall.get("z")) > 1.96, rtOverall.toString());
    assertTrue(Double.parseDouble(rtOverall.get("delta")) > 0, rtOverall.toString());
    for (Map<String, String> row : terms) {
      assertTrue(Double.isFinite(Double.parseDouble(row.get("z"))), row.toString());
      assertTrue(Long.parseLong(row.get("source_count")) > 0, row.toString());
    }
    assertEquals(
        "story", terms.get(0).get("scope"), "story rows come first, then the overall ones");
  }

  @Test
  void summarisesLoadedAttributionAndTransliterationPerOutlet() throws IOException {
    List<Map<String, String>> overall =
        ReportFiles.csv(report, "sources").stream()
            .filter(r -> r.get("scope").equals("overall"))
            .toList();
    Map<String, String> troib = ReportFiles.row(overall, "source", "TROIB News");
    Map<String, String> wire = ReportFiles.row(overall, "source", "Meridian Wire");
    assertTrue(
        Double.parseDouble(troib.get("loaded_attribution_share"))
            > Double.parseDouble(wire.get("loaded_attribution_share")),
        troib + " vs " + wire);
    assertEquals("russian", troib.get("transliteration_leaning"));
    assertEquals("ukrainian", wire.get("transliteration_leaning"));
  }

  @Test
  void showsFramingContrastsAndDistinctiveTermsOnTheStoryPage() throws IOException {
    Document story = Jsoup.parse(report.resolve("stories/trump-putin-call.html").toFile(), "UTF-8");
    assertEquals(
        "../charts/framing-trump-putin-call.svg",
        story.selectFirst("#section-framing img").attr("src"));
    assertEquals(
        "../charts/variants-trump-putin-call.svg",
        story.selectFirst("#section-contrasts img").attr("src"));
    assertTrue(
        story.select("#section-contrasts tbody tr").stream()
            .anyMatch(tr -> tr.text().contains("Kyiv RT Kiev russian 4 true")),
        story.select("#section-contrasts tbody").text());
    assertFalse(story.select("#section-distinctive-terms tbody tr").isEmpty());
    assertTrue(
        story.select(".text span.hl[title]").stream()
            .anyMatch(span -> span.attr("title").contains("framing: attribution_verb/loaded")),
        "framing spans highlighted");
  }

  @Test
  void drawsTheFramingChartsPerStoryAsPngAndSvg() {
    for (String chart :
        List.of("framing-trump-putin-call", "variants-trump-putin-call", "framing-river-flood")) {
      assertTrue(Files.exists(report.resolve("charts/" + chart + ".png")), chart);
      assertTrue(Files.exists(report.resolve("charts/" + chart + ".svg")), chart);
    }
    assertFalse(
        Files.exists(report.resolve("charts/variants-river-flood.png")),
        "the flood story names no referent with variants");
  }

  @Test
  void manifestRecordsLexiconChecksumsAndTaskTimePerAnalysis() throws IOException {
    JsonNode manifest = ReportFiles.manifest(report);
    assertEquals("data/lexicons", manifest.get("config").get("lexicons").get(0).asText());
    JsonNode lexicons = manifest.get("lexicons");
    assertTrue(lexicons.size() >= 7, lexicons.toString());
    assertEquals("data/lexicons/attribution-verbs.tsv", lexicons.get(0).get("path").asText());
    assertEquals(64, lexicons.get(0).get("sha256").asText().length());
    assertTrue(lexicons.get(0).get("framing").asBoolean());
    for (JsonNode file : lexicons) {
      assertFalse(
          file.get("path").asText().contains("/quotes/"), "other analyses' subfolders: " + file);
    }
    JsonNode tasks = manifest.get("analysis_task_seconds");
    assertTrue(tasks.get("nlp").asDouble() > 0, tasks.toString());
    assertTrue(tasks.get("framing").asDouble() > 0, tasks.toString());
    assertEquals(2, manifest.get("story_pass").get("stories").asLong());
    assertEquals(0, manifest.get("story_pass").get("failed").asLong());
    for (String table : List.of("framing.csv", "contrasts.csv", "distinctive_terms.csv")) {
      assertTrue(manifest.get("outputs").toString().contains(table), table);
    }
  }

  @Test
  void printsOneLinePerStageWithCounts() {
    assertTrue(console.contains("ingest   11 records from 8 files: 11 articles"), console);
    assertTrue(console.contains("analyse  11 articles analysed"), console);
    assertTrue(console.contains("stories  2 stories compared, 0 cut to 200 versions"), console);
    assertTrue(console.contains("report   2 story pages, 7 charts"), console);
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
  void stopsBeforeAnyWorkNamingFileAndLineOfAMalformedLexiconLine() throws IOException {
    Path lexicons = Files.createDirectories(temp.resolve("bad-lexicons"));
    Files.writeString(
        lexicons.resolve("terms.tsv"),
        "category\tcanonical\tforms\tmatch\nloaded_language/x\tbrutal\t\tfuzzy\n");
    JobConfig bad =
        JobConfig.builder()
            .inputs(List.of("data"))
            .output(temp.resolve("never-written").toString())
            .extraLexicons(List.of(lexicons.toString()))
            .build();
    JobFailure failure =
        assertThrows(
            JobFailure.class,
            () ->
                new ParallaxJob(
                        SharedSpark.session(), bad, new PrintStream(new ByteArrayOutputStream()))
                    .run());
    assertEquals(
        "malformed lexicon: "
            + lexicons
            + "/terms.tsv:2: match must be 'exact' or 'lemma', was 'fuzzy'",
        failure.getMessage());
    assertFalse(Files.exists(temp.resolve("never-written")));
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
