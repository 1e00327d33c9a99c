package parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import parallax.model.Article;

class CsvArticleReaderTest {

  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
    String csv =
        "ID,Source,Title,Body\r\n"
            + "a1,RT,\"Trump, Putin\",\"He said \"\"yes\"\".\nSecond line.\"\r\n"
            + "a2,TASS,Plain,Short body\r\n";
    CollectingSink sink = CollectingSink.read("feed.csv", csv);
    assertEquals(2, sink.articles.size());
    Article first = sink.articles.get(0);
    assertEquals("Trump, Putin", first.title());
    assertEquals("He said \"yes\".\nSecond line.", first.body());
    assertEquals(2, first.line());
    assertEquals(4, sink.articles.get(1).line());
  }

  @Test
  void rejectsFileWhoseHeaderLacksRequiredColumns() {
    String reason = CollectingSink.read("feed.csv", "id,title\r\na,b\r\n").onlyReason();
    assertEquals("CSV header lacks required column(s) source, body; it has: id, title", reason);
  }

  @Test
  void rejectsRowWithTheWrongNumberOfFields() {
    CollectingSink sink =
        CollectingSink.read("feed.csv", "id,source,body\na,RT,text,extra\nb,RT,ok\n");
    assertEquals("row has 4 fields, the header has 3", sink.onlyReason());
    assertEquals("a", sink.rejects.get(0).articleId());
    assertEquals(1, sink.articles.size());
  }

  @Test
  void rejectsRowWithEmptyRequiredField() {
    assertEquals(
        "empty source", CollectingSink.read("feed.csv", "id,source,body\na,,text\n").onlyReason());
  }

  @Test
  void rejectsRowThatIsNotUtf8() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("id,source,body\na,RT,caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9);
    bytes.writeBytes("\nb,RT,fine\n".getBytes(StandardCharsets.UTF_8));
    CollectingSink sink = CollectingSink.read("feed.csv", bytes.toByteArray());
    assertEquals("row is not valid UTF-8 text", sink.onlyReason());
    assertEquals(1, sink.articles.size());
  }

  @Test
  void stopsAtAnUnterminatedQuoteWithOneReject() {
    CollectingSink sink =
        CollectingSink.read("feed.csv", "id,source,body\na,RT,ok\nb,RT,\"never closed\n");
    assertEquals(1, sink.articles.size());
    assertTrue(
        sink.onlyReason().startsWith("malformed CSV, rest of file skipped"), sink.onlyReason());
    assertEquals(3, sink.rejects.get(0).line());
  }

  @Test
  void dropsAByteOrderMarkBeforeTheHeader() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.writeBytes("id,source,body\na,RT,text\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("a", CollectingSink.read("feed.csv", bytes.toByteArray()).articles.get(0).id());
  }

  @Test
  void stopsAtAQuoteThatNeverClosesBeforeItHoldsAnArticleTooLong() {
    CollectingSink sink =
        CollectingSink.read(
            "feed.csv", "id,source,body\na,RT,ok\nb,RT,\"" + "never closed ".repeat(100_000));
    assertEquals(1, sink.articles.size());
    assertTrue(
        sink.onlyReason().contains("a record runs over 1068576 characters"), sink.onlyReason());
  }

  @Test
  void namesTheProblemOfAnUnclosedQuoteWithoutExceptionNames() {
    CollectingSink sink = CollectingSink.read("feed.csv", "id,source,body\nb,RT,\"never closed\n");
    assertEquals(
        "malformed CSV, rest of file skipped: the quoted field starting on line 2 is never closed",
        sink.onlyReason());
  }
}
