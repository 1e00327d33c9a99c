package parallax.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parallax.SharedSpark;

/** Bad records end up in rejects.csv with a reason, and nothing is lost. */
class BadInputJobTest {

  @TempDir Path temp;

  @Test
  void rejectsBadRecordsDuplicateIdsAndReconcilesTheCounts() throws IOException {
    Path input = Files.createDirectories(temp.resolve("in/story-a"));
    Files.writeString(
        temp.resolve("in/feed.jsonl"),
        String.join(
            "\n",
            "{\"id\":\"a\",\"source\":\"RT\",\"story_id\":\"s\",\"body\":\"Putin spoke on Thursday.\"}",
            "{\"id\":\"b\",\"source\":\"RT\",\"body\":",
            "{\"id\":\"a\",\"source\":\"TASS\",\"body\":\"Another text entirely.\"}",
            "{\"id\":\"c\",\"source\":\"\",\"body\":\"No source.\"}",
            ""));
    Files.writeString(
        temp.resolve("in/feed.csv"), "id,source,body\nd,AP,\"Quoted, fine.\"\ne,AP\n");
    Files.writeString(input.resolve("wire.txt"), "Title only\n");
    Files.writeString(temp.resolve("in/notes.md"), "not an article");
    Path report = temp.resolve("out");

    JobConfig config =
        JobConfig.builder()
            .inputs(List.of(temp.resolve("in").toString()))
            .output(report.toString())
            .build();
    ParallaxJob.Result result =
        new ParallaxJob(SharedSpark.session(), config, new PrintStream(new ByteArrayOutputStream()))
            .run();

    assertEquals(7, result.recordsIn());
    assertEquals(2, result.analysed());
    assertEquals(5, result.rejected());
    List<Map<String, String>> rejects = ReportFiles.csv(report, "rejects");
    assertEquals(5, rejects.size());
    List<String> reasons = rejects.stream().map(r -> r.get("reason")).toList();
    assertTrue(reasons.contains("row has 2 fields, the header has 3"), reasons.toString());
    assertTrue(reasons.contains("empty source"), reasons.toString());
    assertTrue(reasons.contains("empty body"), reasons.toString());
    assertTrue(reasons.stream().anyMatch(r -> r.startsWith("invalid JSON")), reasons.toString());
    String in = temp.resolve("in").toString();
    assertTrue(
        reasons.contains(
            "duplicate id 'a': already read at " + in + "/feed.jsonl:1 (different text)"),
        reasons.toString());
    Map<String, String> duplicate = ReportFiles.row(rejects, "article_id", "a");
    assertEquals("3", duplicate.get("line"));

    JsonNode manifest = ReportFiles.manifest(report);
    assertTrue(manifest.get("counts").get("reconciled").asBoolean());
    assertEquals(1, manifest.get("counts").get("rejected_by_stage").get("duplicate_id").asLong());
    assertEquals(4, manifest.get("counts").get("rejected_by_stage").get("ingest").asLong());
    Map<String, Long> rejectedPerFile = new HashMap<>();
    for (JsonNode file : manifest.get("inputs")) {
      rejectedPerFile.put(
          Path.of(file.get("path").asText()).getFileName().toString(),
          file.get("rejected").asLong());
    }
    assertEquals(Map.of("feed.jsonl", 2L, "feed.csv", 1L, "wire.txt", 1L), rejectedPerFile);
    assertEquals(
        "not an article file (.jsonl, .csv or .txt, optionally .gz)",
        manifest.get("ignored_files").get(0).get("reason").asText());
  }

  @Test
  void warnsOfAGlobThatMatchesNothingAndStillFinishes() throws IOException {
    Path report = temp.resolve("out");
    JobConfig config =
        JobConfig.builder()
            .inputs(List.of(temp.resolve("nothing-*.jsonl").toString()))
            .output(report.toString())
            .build();
    ParallaxJob.Result result =
        new ParallaxJob(SharedSpark.session(), config, new PrintStream(new ByteArrayOutputStream()))
            .run();
    assertEquals(0, result.recordsIn());
    assertTrue(
        ReportFiles.manifest(report)
            .get("warnings")
            .get(0)
            .asText()
            .startsWith("input glob matches no files"));
    assertEquals(List.of(), ReportFiles.csv(report, "articles"));
  }
}
