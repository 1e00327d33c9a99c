package parallax.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parallax.SharedSpark;

/**
 * The whole job over a corpus of bad input made on purpose ({@link BadInputCorpus}): it finishes,
 * every bad record is in rejects.csv with its reason, and records in = analysed + rejected.
 */
class BadInputCorpusTest {

  @TempDir static Path temp;
  private static BadInputCorpus corpus;
  private static Path report;
  private static ParallaxJob.Result result;
  private static List<Map<String, String>> rejects;
  private static List<Map<String, String>> articles;

  @BeforeAll
  static void runOnTheCorpus() throws IOException {
    corpus = BadInputCorpus.write(temp.resolve("in"));
    Path emptyFolder = Files.createDirectories(temp.resolve("empty"));
    report = temp.resolve("report");
    JobConfig config =
        JobConfig.builder()
            .inputs(
                List.of(
                    corpus.in.toString(),
                    emptyFolder.toString(),
                    temp.resolve("nothing-*.jsonl").toString()))
            .output(report.toString())
            .build();
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    result =
        new ParallaxJob(
                SharedSpark.session(),
                config,
                new PrintStream(console, true, StandardCharsets.UTF_8))
            .run();
    rejects = ReportFiles.csv(report, "rejects");
    articles = ReportFiles.csv(report, "articles");
    printCaseTable();
  }

  @Test
  void reconcilesRecordsInWithAnalysedPlusRejected() throws IOException {
    assertEquals(result.recordsIn(), result.analysed() + result.rejected());
    assertEquals(result.analysed(), articles.size());
    assertEquals(result.rejected(), rejects.size());
    JsonNode counts = ReportFiles.manifest(report).get("counts");
    assertTrue(counts.get("reconciled").asBoolean(), counts.toString());
    assertEquals(result.recordsIn(), counts.get("records_in").asLong());
    long inFiles = 0;
    for (JsonNode input : ReportFiles.manifest(report).get("inputs")) {
      inFiles += input.get("records").asLong();
    }
    assertEquals(result.recordsIn(), inFiles);
  }

  @Test
  void rejectsEveryBadRecordWithItsReasonAndLine() {
    List<String> missing = new ArrayList<>();
    for (BadInputCorpus.ExpectedReject expected : corpus.rejects) {
      boolean found =
          rejects.stream()
              .anyMatch(
                  row ->
                      row.get("input_file").equals(expected.file())
                          && Long.parseLong(row.get("line")) == expected.line()
                          && row.get("reason").startsWith(expected.reasonStart()));
      if (!found) {
        missing.add(expected.toString());
      }
    }
    assertEquals(List.of(), missing, "rejects.csv:\n" + String.join("\n", lines(rejects)));
  }

  @Test
  void analysesEveryGoodRecordAmongTheBadOnes() {
    Set<String> ids = new TreeSet<>();
    for (Map<String, String> article : articles) {
      String id = article.get("article_id");
      if (!id.startsWith("gz-")) {
        ids.add(id);
      }
    }
    assertEquals(new TreeSet<>(corpus.analysedIds), ids);
    assertEquals("1", ReportFiles.row(articles, "article_id", "one-word").get("words"));
    assertEquals(
        "Flood warning", ReportFiles.row(articles, "article_id", "flood/bom").get("title"));
    assertTrue(
        articles.stream().anyMatch(a -> a.get("article_id").startsWith("gz-")),
        "records before the cut in a truncated gzip file are kept");
  }

  @Test
  void rejectsEveryRecordOfBinaryJunk() {
    for (String file : corpus.allRejected) {
      String path = corpus.in + "/" + file;
      assertTrue(rejects.stream().anyMatch(r -> r.get("input_file").equals(path)), path);
      assertFalse(articles.stream().anyMatch(a -> a.get("input_file").equals(path)), path);
    }
  }

  @Test
  void turnsHtmlIntoTextWithoutScripts() throws IOException {
    List<String> sentences =
        ReportFiles.csv(report, "spans").stream()
            .filter(span -> span.get("article_id").equals("html"))
            .filter(span -> span.get("kind").equals("sentence"))
            .map(span -> span.get("text"))
            .toList();
    assertEquals(List.of("Ministers met on Tuesday & agreed.", "Talks resume in May."), sentences);
  }

  @Test
  void warnsOfAnEmptyFolderAndAGlobThatMatchesNothing() throws IOException {
    List<String> warnings = new ArrayList<>();
    ReportFiles.manifest(report).get("warnings").forEach(w -> warnings.add(w.asText()));
    assertEquals(
        List.of(
            "input folder holds no article files: " + temp.resolve("empty"),
            "input glob matches no files: " + temp.resolve("nothing-*.jsonl")),
        warnings);
  }

  @Test
  void triesAnUnreadableFile() {
    Assumptions.assumeTrue(
        corpus.unreadableNote != null,
        "skipping the unreadable-file case: running as root, and no write-only kernel file to"
            + " stand in for a file root cannot read");
    System.out.println("unreadable file: " + corpus.unreadableNote);
    String path = corpus.in + "/unreadable.jsonl";
    assertTrue(
        rejects.stream()
            .anyMatch(
                r ->
                    r.get("input_file").equals(path)
                        && r.get("reason").contains("Permission denied")),
        String.join("\n", lines(rejects)));
  }

  /** What each case produced, printed for the test's report. */
  private static void printCaseTable() {
    System.out.println("case | file:line | reason");
    for (BadInputCorpus.ExpectedReject expected : corpus.rejects) {
      String reason =
          rejects.stream()
              .filter(
                  row ->
                      row.get("input_file").equals(expected.file())
                          && Long.parseLong(row.get("line")) == expected.line())
              .map(row -> row.get("reason"))
              .findFirst()
              .orElse("(no reject)");
      System.out.printf(
          "%s | %s:%d | %s%n",
          expected.what(),
          expected.file().substring(corpus.in.toString().length() + 1),
          expected.line(),
          reason);
    }
    System.out.printf(
        "records in %d = analysed %d + rejected %d%n",
        result.recordsIn(), result.analysed(), result.rejected());
  }

  private static List<String> lines(List<Map<String, String>> rows) {
    return rows.stream().map(Object::toString).toList();
  }
}
