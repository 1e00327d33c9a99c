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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parallax.SharedSpark;
import parallax.framing.LexiconEntry;

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
      if (file.get("path").asText().contains("/quotes/")) {
        assertFalse(file.get("framing").asBoolean(), "other analyses' subfolders: " + file);
      }
    }
    Map<String, Integer> entriesByPath = new HashMap<>();
    lexicons.forEach(f -> entriesByPath.put(f.get("path").asText(), f.get("entries").asInt()));
    assertTrue(
        entriesByPath.getOrDefault("data/lexicons/quotes/speech-verbs.tsv", 0) > 50,
        lexicons.toString());
    assertTrue(
        entriesByPath.getOrDefault("data/lexicons/quotes/given-names.tsv", 0) > 100,
        lexicons.toString());
    JsonNode tasks = manifest.get("analysis_task_seconds");
    assertTrue(tasks.get("nlp").asDouble() > 0, tasks.toString());
    assertTrue(tasks.get("framing").asDouble() > 0, tasks.toString());
    assertTrue(tasks.get("quotes").asDouble() > 0, tasks.toString());
    assertEquals(2, manifest.get("story_pass").get("stories").asLong());
    assertEquals(0, manifest.get("story_pass").get("failed").asLong());
    for (String table :
        List.of(
            "framing.csv",
            "contrasts.csv",
            "distinctive_terms.csv",
            "quotes.csv",
            "voices.csv",
            "missing_voices.csv")) {
      assertTrue(manifest.get("outputs").toString().contains(table), table);
    }
  }

  @Test
  void printsOneLinePerStageWithCounts() {
    assertTrue(console.contains("ingest   11 records from 8 files: 11 articles"), console);
    assertTrue(console.contains("analyse  11 articles analysed"), console);
    assertTrue(console.contains("stories  2 stories compared, 0 cut to 200 versions"), console);
    assertTrue(console.contains("report   2 story pages, 13 charts"), console);
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

  private static final String TROIB = "trump-putin-call/troib";

  /** TROIB's quotes in quotes.csv, as "kind | speaker | text". */
  private static List<String> troibQuotes() throws IOException {
    return ReportFiles.csv(report, "quotes").stream()
        .filter(q -> q.get("article_id").equals(TROIB))
        .map(q -> q.get("kind") + " | " + q.get("speaker") + " | " + q.get("text"))
        .toList();
  }

  @Test
  void attributesTroibsDirectQuotesToTrumpPutinAndPeskov() throws IOException {
    List<String> quotes = troibQuotes();
    for (String expected :
        List.of(
            "direct | Donald Trump | I think we\u2019ll speak",
            "direct | Vladimir Putin | It wouldn\u2019t be beneath me to call him myself",
            "direct | Dmitry Peskov | think there is a magic wand",
            "direct | Vladimir Putin | deserve attention, at the very least",
            "direct | Vladimir Putin | During his first presidency\u2026he was harassed by everyone"
                + " on all sides, he was bullied, he was afraid of making a step to the left, to"
                + " the right, saying the wrong thing",
            "direct | Vladimir Putin | I don\u2019t know what\u2019s going to happen now during"
                + " his new presidency. Whatever he does is up to him")) {
      assertTrue(quotes.contains(expected), expected + " not in " + quotes);
    }
  }

  @Test
  void readsMoscowInsistsAndTheKremlinMaintainsAsIndirectSpeech() throws IOException {
    List<String> quotes = troibQuotes();
    assertTrue(
        quotes.stream()
            .anyMatch(q -> q.startsWith("indirect | Moscow | any settlement necessitates Ukraine")),
        quotes.toString());
    assertTrue(
        quotes.stream()
            .anyMatch(
                q -> q.startsWith("indirect | Kremlin | the objectives of its military operation")),
        quotes.toString());
    Map<String, String> moscow =
        ReportFiles.csv(report, "quotes").stream()
            .filter(q -> q.get("article_id").equals(TROIB) && q.get("speaker").equals("Moscow"))
            .filter(q -> q.get("kind").equals("indirect"))
            .findFirst()
            .orElseThrow();
    assertEquals("insist", moscow.get("verb"));
    assertEquals("loaded", moscow.get("verb_class"));
    Map<String, String> kremlin =
        ReportFiles.csv(report, "quotes").stream()
            .filter(q -> q.get("article_id").equals(TROIB) && q.get("speaker").equals("Kremlin"))
            .filter(q -> q.get("text").startsWith("the objectives of its military operation"))
            .findFirst()
            .orElseThrow();
    assertEquals("indirect", kremlin.get("kind"));
    assertEquals("maintain", kremlin.get("verb"));
    assertEquals("loaded", kremlin.get("verb_class"));
  }

  @Test
  void quoteVerbClassesAreThoseOfTheFramingAttributionVerbs() throws IOException {
    Map<String, String> framingClass = new HashMap<>();
    for (LexiconEntry entry :
        Lexicons.load(List.of("data/lexicons"), new Configuration()).entries()) {
      if (entry.category().startsWith("attribution_verb/")) {
        framingClass.put(
            entry.canonical(), entry.category().substring("attribution_verb/".length()));
      }
    }
    int checked = 0;
    for (Map<String, String> quote : ReportFiles.csv(report, "quotes")) {
      String expected = framingClass.get(quote.get("verb"));
      if (expected != null) {
        assertEquals(expected, quote.get("verb_class"), quote.toString());
        checked++;
      }
    }
    assertTrue(checked > 10, checked + " quotes with a framing attribution verb");
  }

  @Test
  void quoteTextsAndQuoteSpansAreTheBodyAtTheirOffsets() throws IOException {
    String body = troibBody();
    List<Map<String, String>> quotes =
        ReportFiles.csv(report, "quotes").stream()
            .filter(q -> q.get("article_id").equals(TROIB))
            .toList();
    for (Map<String, String> quote : quotes) {
      int start = Integer.parseInt(quote.get("start"));
      int end = Integer.parseInt(quote.get("end"));
      assertEquals(body.substring(start, end), quote.get("text"));
      if (!quote.get("speaker_start").isEmpty()) {
        assertEquals(
            body.substring(
                Integer.parseInt(quote.get("speaker_start")),
                Integer.parseInt(quote.get("speaker_end"))),
            quote.get("speaker_text"));
      }
    }
    List<Map<String, String>> spans =
        ReportFiles.csv(report, "spans").stream()
            .filter(s -> s.get("article_id").equals(TROIB) && s.get("kind").equals("quote"))
            .toList();
    assertEquals(quotes.size(), spans.size());
    for (Map<String, String> span : spans) {
      assertEquals(
          body.substring(Integer.parseInt(span.get("start")), Integer.parseInt(span.get("end"))),
          span.get("text"));
    }
    assertTrue(
        spans.stream().anyMatch(s -> s.get("label").equals("direct/Vladimir Putin")),
        spans.toString());
  }

  @Test
  void countsQuotesPerArticleAndPerOutlet() throws IOException {
    Map<String, String> troib =
        ReportFiles.row(ReportFiles.csv(report, "articles"), "article_id", TROIB);
    long direct =
        ReportFiles.csv(report, "quotes").stream()
            .filter(q -> q.get("article_id").equals(TROIB) && q.get("kind").equals("direct"))
            .count();
    assertEquals(direct, Long.parseLong(troib.get("direct_quotes")));
    double share = Double.parseDouble(troib.get("quoted_share"));
    assertEquals(
        Double.parseDouble(troib.get("quoted_words")) / Double.parseDouble(troib.get("words")),
        share,
        0.0001);
    assertTrue(share > 0.2 && share < 0.8, troib.toString());
    Map<String, String> outlet =
        ReportFiles.csv(report, "sources").stream()
            .filter(r -> r.get("scope").equals("overall") && r.get("source").equals("TROIB News"))
            .findFirst()
            .orElseThrow();
    assertEquals(troib.get("quoted_share"), outlet.get("quoted_share"));
  }

  @Test
  void measuresShareOfVoicePerVersionAndTheVoicesEachVersionLeavesOut() throws IOException {
    List<Map<String, String>> voices = ReportFiles.csv(report, "voices");
    Map<String, String> putin =
        voices.stream()
            .filter(v -> v.get("article_id").equals(TROIB))
            .filter(v -> v.get("speaker").equals("Vladimir Putin"))
            .findFirst()
            .orElseThrow();
    assertTrue(Integer.parseInt(putin.get("direct_quotes")) >= 4, putin.toString());
    assertTrue(putin.get("loaded_verbs").contains("assert"), putin.toString());
    assertEquals("6", putin.get("other_versions_quoting"), "every version quotes Putin");
    double troibShares =
        voices.stream()
            .filter(v -> v.get("article_id").equals(TROIB))
            .mapToDouble(v -> Double.parseDouble(v.get("share")))
            .sum();
    assertEquals(1.0, troibShares, 0.001);
    assertFalse(ReportFiles.csv(report, "missing_voices").isEmpty());
    assertTrue(Files.exists(report.resolve("charts/voices-trump-putin-call.png")));
    assertTrue(Files.exists(report.resolve("charts/voices-trump-putin-call.svg")));

    Document story = Jsoup.parse(report.resolve("stories/trump-putin-call.html").toFile(), "UTF-8");
    assertEquals(
        "../charts/voices-trump-putin-call.svg",
        story.selectFirst("#section-voices img").attr("src"));
    assertTrue(
        story.select("#section-voices tbody tr").stream()
            .anyMatch(tr -> tr.text().startsWith("TROIB News " + TROIB + " Vladimir Putin")),
        story.select("#section-voices tbody").text());
    assertFalse(story.select("#section-missing-voices tbody tr").isEmpty());
    assertTrue(
        story.select(".text span.hl[title]").stream()
            .anyMatch(span -> span.attr("title").contains("quote: direct")),
        "quote spans highlighted");
  }

  @Test
  void stopsBeforeAnyWorkNamingFileAndLineOfAMalformedSpeechVerbLine() throws IOException {
    Path lexicons = Files.createDirectories(temp.resolve("bad-speech-verbs"));
    Files.writeString(
        lexicons.resolve("terms.tsv"),
        "category\tcanonical\tforms\tmatch\nloaded_language/x\tzyzzyvas\t\texact\n");
    Files.createDirectories(lexicons.resolve("quotes"));
    Files.writeString(lexicons.resolve("quotes/speech-verbs.tsv"), "say\tneutral\nopine\n");
    JobConfig bad =
        JobConfig.builder()
            .inputs(List.of("data"))
            .output(temp.resolve("never-written-quotes").toString())
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
            + "/quotes/speech-verbs.tsv:2: expected lemma<TAB>class[<TAB>object], found: opine",
        failure.getMessage());
    assertFalse(Files.exists(temp.resolve("never-written-quotes")));
  }

  /** The people the sample story is about, with a word every form of their name contains. */
  private static final Map<String, String> STORY_PEOPLE =
      Map.of(
          "Vladimir Putin", "Putin",
          "Donald Trump", "Trump",
          "Volodymyr Zelensky", "Zelensk",
          "Dmitry Peskov", "Peskov");

  @Test
  void namesPutinTrumpZelenskyAndPeskovInEveryVersionThatNamesThemMergedWithIntervals()
      throws IOException {
    List<Map<String, String>> entities =
        ReportFiles.csv(report, "entities").stream()
            .filter(r -> r.get("story_id").equals("trump-putin-call"))
            .toList();
    List<Map<String, String>> articles = ReportFiles.csv(report, "articles");
    int checked = 0;
    for (Map<String, String> article : articles) {
      if (!article.get("story_id").equals("trump-putin-call")) {
        continue;
      }
      String body = Files.readString(Path.of(article.get("input_file")));
      for (Map.Entry<String, String> person : STORY_PEOPLE.entrySet()) {
        if (!body.contains(person.getValue())) {
          continue;
        }
        List<Map<String, String>> rows =
            entities.stream()
                .filter(r -> r.get("source").equals(article.get("source")))
                .filter(r -> r.get("entity").equals(person.getKey()))
                .toList();
        assertFalse(rows.isEmpty(), person.getKey() + " in " + article.get("article_id"));
        for (Map<String, String> row : rows) {
          assertEquals("person", row.get("type"), row.toString());
          double mean = Double.parseDouble(row.get("mean"));
          assertTrue(Double.parseDouble(row.get("ci_low")) <= mean, row.toString());
          assertTrue(mean <= Double.parseDouble(row.get("ci_high")), row.toString());
          assertTrue(Integer.parseInt(row.get("mentions")) >= 1, row.toString());
          assertTrue(Integer.parseInt(row.get("n_sentences")) >= 1, row.toString());
        }
        checked++;
      }
    }
    assertEquals(28, checked, "four people in each of the seven versions");
    for (Map<String, String> row : entities) {
      for (Map.Entry<String, String> person : STORY_PEOPLE.entrySet()) {
        if (row.get("entity").contains(person.getValue())) {
          assertEquals(person.getKey(), row.get("entity"), "name forms merged: " + row);
        }
      }
    }
  }

  @Test
  void scoresEverySentenceOfEveryArticleWithItsSpanAndQuotedFlag() throws IOException {
    List<Map<String, String>> sentences = ReportFiles.csv(report, "sentiment");
    for (Map<String, String> article : ReportFiles.csv(report, "articles")) {
      List<Map<String, String>> own =
          sentences.stream()
              .filter(r -> r.get("article_id").equals(article.get("article_id")))
              .toList();
      assertEquals(Integer.parseInt(article.get("sentences")), own.size(), article.toString());
      long quoted = own.stream().filter(r -> r.get("quoted").equals("true")).count();
      assertEquals(Integer.parseInt(article.get("quoted_sentences")), quoted, article.toString());
      assertEquals(
          Integer.parseInt(article.get("author_sentences")),
          own.size() - quoted,
          article.toString());
    }
    for (Map<String, String> row : sentences) {
      double score = Double.parseDouble(row.get("score"));
      assertTrue(score >= -1 && score <= 1, row.toString());
      assertTrue(
          List.of("positive", "negative", "neutral").contains(row.get("label")), row.toString());
      assertTrue(List.of("true", "false").contains(row.get("quoted")), row.toString());
    }
    List<Map<String, String>> troibSentences =
        sentences.stream()
            .filter(r -> r.get("article_id").equals("trump-putin-call/troib"))
            .toList();
    assertTrue(troibSentences.stream().anyMatch(r -> r.get("quoted").equals("true")));
    assertTrue(troibSentences.stream().anyMatch(r -> r.get("quoted").equals("false")));
    List<Map<String, String>> spans =
        ReportFiles.csv(report, "spans").stream()
            .filter(r -> r.get("article_id").equals("trump-putin-call/troib"))
            .toList();
    for (Map<String, String> sentence : troibSentences) {
      String label =
          sentence.get("label") + (sentence.get("quoted").equals("true") ? "/quoted" : "");
      assertTrue(
          spans.stream()
              .anyMatch(
                  s ->
                      s.get("kind").equals("sentiment")
                          && s.get("label").equals(label)
                          && s.get("start").equals(sentence.get("start"))
                          && s.get("end").equals(sentence.get("end"))),
          "a sentiment span for " + sentence);
    }
    assertTrue(
        spans.stream()
            .anyMatch(
                s ->
                    s.get("kind").equals("entity")
                        && s.get("label").equals("person/Dmitry Peskov")
                        && s.get("text").equals("Peskov")),
        "entity spans");
  }

  @Test
  void givesArticlesAndOutletsTheirToneWithIntervalsAndShares() throws IOException {
    for (Map<String, String> row : ReportFiles.csv(report, "articles")) {
      assertToneWithinInterval(row);
    }
    List<Map<String, String>> sources = ReportFiles.csv(report, "sources");
    for (Map<String, String> row : sources) {
      assertToneWithinInterval(row);
      double shares =
          Double.parseDouble(row.get("author_positive"))
              + Double.parseDouble(row.get("author_negative"))
              + Double.parseDouble(row.get("author_neutral"));
      assertEquals(1.0, shares, 0.0003, row.toString());
    }
    Map<String, String> meridian =
        sources.stream()
            .filter(
                r -> r.get("scope").equals("overall") && r.get("source").equals("Meridian Wire"))
            .findFirst()
            .orElseThrow();
    long meridianSentences =
        ReportFiles.csv(report, "articles").stream()
            .filter(r -> r.get("source").equals("Meridian Wire"))
            .mapToLong(r -> Long.parseLong(r.get("sentences")))
            .sum();
    assertEquals(
        meridianSentences,
        Long.parseLong(meridian.get("author_sentences"))
            + Long.parseLong(meridian.get("quoted_sentences")),
        "an outlet's tone covers the sentences of all its versions");
  }

  private static void assertToneWithinInterval(Map<String, String> row) {
    if (row.get("author_tone").isEmpty()) {
      assertEquals("0", row.get("author_sentences"), row.toString());
      return;
    }
    double mean = Double.parseDouble(row.get("author_tone"));
    assertTrue(Double.parseDouble(row.get("author_tone_ci_low")) <= mean, row.toString());
    assertTrue(mean <= Double.parseDouble(row.get("author_tone_ci_high")), row.toString());
  }

  @Test
  void drawsToneAndEntityChartsPerStoryAndRecordsSentimentInTheManifest() throws IOException {
    for (String chart :
        List.of("tone-trump-putin-call", "tone-river-flood", "entities-trump-putin-call")) {
      assertTrue(Files.exists(report.resolve("charts/" + chart + ".png")), chart);
      assertTrue(Files.exists(report.resolve("charts/" + chart + ".svg")), chart);
    }
    JsonNode manifest = ReportFiles.manifest(report);
    assertEquals("lexicon", manifest.get("sentiment").get("method").asText());
    assertTrue(
        manifest.get("sentiment").get("files").toString().contains("data/entities.tsv"),
        manifest.get("sentiment").toString());
    assertTrue(manifest.get("analysis_task_seconds").get("sentiment").asDouble() > 0);
    for (String table : List.of("sentiment.csv", "entities.csv")) {
      assertTrue(manifest.get("outputs").toString().contains(table), table);
    }
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
