package parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import parallax.model.Article;

class JsonLinesReaderTest {

  private static final String GOOD =
      "{\"id\":\"a1\",\"story_id\":\"s\",\"source\":\"RT\",\"title\":\"T\","
          + "\"published\":\"2024-11-07\",\"url\":\"https://x.example/a\",\"body\":\"Putin spoke.\","
          + "\"extra\":[1,2]}";

  @Test
  void readsAllContractFieldsAndIgnoresExtraOnes() {
    CollectingSink sink = CollectingSink.read("in/a.jsonl", GOOD + "\n");
    Article a = sink.articles.get(0);
    assertEquals("a1", a.id());
    assertEquals("s", a.storyId());
    assertEquals("RT", a.source());
    assertEquals("T", a.title());
    assertEquals("2024-11-07", a.published());
    assertEquals("https://x.example/a", a.url());
    assertEquals("Putin spoke.", a.body());
    assertEquals("in/a.jsonl", a.inputFile());
    assertEquals(1, a.line());
    assertTrue(sink.rejects.isEmpty());
  }

  @Test
  void numbersLinesAcrossBlankLinesAndMixedLineEnds() {
    String good2 = GOOD.replace("a1", "a2");
    String good3 = GOOD.replace("a1", "a3");
    CollectingSink sink = CollectingSink.read("a.jsonl", GOOD + "\r\n\n" + good2 + "\r" + good3);
    assertEquals(3, sink.articles.size());
    assertEquals(1, sink.articles.get(0).line());
    assertEquals(3, sink.articles.get(1).line());
    assertEquals(4, sink.articles.get(2).line());
  }

  @Test
  void dropsAByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] line = GOOD.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(bom);
    bytes.writeBytes(line);
    CollectingSink sink = CollectingSink.read("a.jsonl", bytes.toByteArray());
    assertEquals("a1", sink.articles.get(0).id());
  }

  @Test
  void rejectsTruncatedJsonAndKeepsReading() {
    CollectingSink sink =
        CollectingSink.read("a.jsonl", "{\"id\":\"x\",\"source\":\"RT\",\"bo\n" + GOOD + "\n");
    assertEquals(1, sink.articles.size());
    assertEquals(1, sink.rejects.get(0).line());
    assertTrue(sink.onlyReason().startsWith("invalid JSON"), sink.onlyReason());
  }

  @Test
  void rejectsLineThatIsNotAnObject() {
    assertEquals(
        "expected a JSON object, found a JSON array",
        CollectingSink.read("a.jsonl", "[1,2]").onlyReason());
  }

  @Test
  void rejectsLineWithoutBody() {
    assertEquals(
        "missing body",
        CollectingSink.read("a.jsonl", "{\"id\":\"x\",\"source\":\"RT\"}").onlyReason());
  }

  @Test
  void rejectsEmptyBody() {
    assertEquals(
        "empty body",
        CollectingSink.read("a.jsonl", "{\"id\":\"x\",\"source\":\"RT\",\"body\":\"  \"}")
            .onlyReason());
  }

  @Test
  void rejectsLineWithoutSource() {
    assertEquals(
        "missing source",
        CollectingSink.read("a.jsonl", "{\"id\":\"x\",\"body\":\"b\"}").onlyReason());
  }

  @Test
  void rejectsLineWithoutId() {
    assertEquals(
        "missing id",
        CollectingSink.read("a.jsonl", "{\"source\":\"RT\",\"body\":\"b\"}").onlyReason());
  }

  @Test
  void acceptsWholeNumberIdsButRejectsBodiesOfTheWrongType() {
    CollectingSink numeric =
        CollectingSink.read("a.jsonl", "{\"id\":17,\"source\":\"RT\",\"body\":\"b\"}");
    assertEquals("17", numeric.articles.get(0).id());

    CollectingSink wrong =
        CollectingSink.read("a.jsonl", "{\"id\":\"x\",\"source\":\"RT\",\"body\":42}");
    assertEquals("field 'body' must be text, found a JSON number (42)", wrong.onlyReason());
    assertEquals("x", wrong.rejects.get(0).articleId());
  }

  @Test
  void rejectsLineThatIsNotUtf8WithoutLosingTheNextOne() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(
        "{\"id\":\"x\",\"source\":\"RT\",\"body\":\"caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9); // Latin-1 e-acute: not UTF-8
    bytes.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(GOOD.getBytes(StandardCharsets.UTF_8));
    CollectingSink sink = CollectingSink.read("a.jsonl", bytes.toByteArray());
    assertEquals("line is not valid UTF-8 text", sink.onlyReason());
    assertEquals(1, sink.rejects.get(0).line());
    assertEquals(1, sink.articles.size());
  }

  @Test
  void rejectsDateThatIsNotIso() {
    String line = GOOD.replace("2024-11-07", "07/11/2024");
    assertEquals(
        "published '07/11/2024' is not an ISO-8601 date or date-time",
        CollectingSink.read("a.jsonl", line).onlyReason());
  }

  @Test
  void rejectsBodyLongerThanTheLimit() {
    String line = GOOD.replace("Putin spoke.", "x".repeat(5_001));
    assertEquals(
        "body has 5001 characters, more than the limit of 5000 (--max-body-chars)",
        CollectingSink.read("a.jsonl", line).onlyReason());
  }

  @Test
  void flattensHtmlBodiesToTextWithOneParagraphPerLine() {
    String line =
        GOOD.replace(
            "Putin spoke.",
            "<p>Putin <b>spoke</b>.</p><script>alert(1)</script><p>Trump &amp; aides listened.</p>");
    Article a = CollectingSink.read("a.jsonl", line).articles.get(0);
    assertEquals("Putin spoke.\nTrump & aides listened.", a.body());
  }

  @Test
  void rejectsBodyOfBinaryJunk() {
    String line = GOOD.replace("Putin spoke.", "\\u0000\\u0001abc");
    assertTrue(CollectingSink.read("a.jsonl", line).onlyReason().startsWith("body contains NUL"));
  }

  @Test
  void keepsNullsForOptionalFields() {
    Article a =
        CollectingSink.read(
                "a.jsonl", "{\"id\":\"x\",\"source\":\"RT\",\"body\":\"b\",\"title\":null}")
            .articles
            .get(0);
    assertNull(a.title());
    assertNull(a.storyId());
    assertNull(a.published());
  }

  @Test
  void skipsALineTooLongForAnyArticleWithoutHoldingItAndReadsOn() {
    String huge = "x".repeat(1_100_000);
    CollectingSink sink = CollectingSink.read("a.jsonl", huge + "\n" + GOOD + "\n");
    assertEquals(
        "line has 1100000 bytes, too long for an article within the limit of 5000 characters"
            + " (--max-body-chars); not read",
        sink.onlyReason());
    assertEquals(1, sink.rejects.get(0).line());
    assertEquals(2, sink.articles.get(0).line());
  }
}
