package parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ArticleFileReaderTest {

  private static final String LINES =
      "{\"id\":\"a\",\"source\":\"RT\",\"body\":\"One.\"}\n{\"id\":\"b\",\"source\":\"RT\",\"body\":\"Two.\"}\n";

  @Test
  void summarisesTheStoredBytesOfAGzipFile() throws Exception {
    byte[] gzip = gzip(LINES.getBytes(StandardCharsets.UTF_8));
    CollectingSink sink = new CollectingSink();
    FileSummary summary =
        new ArticleFileReader(1_000)
            .readAll(
                "x.jsonl.gz", InputFormat.JSON_LINES, () -> new ByteArrayInputStream(gzip), sink);
    assertEquals(2, sink.articles.size());
    assertEquals(2, summary.records());
    assertEquals(0, summary.rejected());
    assertEquals(gzip.length, summary.bytes());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(gzip)),
        summary.sha256());
  }

  @Test
  void turnsCorruptGzipIntoOneRejectAfterTheRecordsReadSoFar() throws IOException {
    byte[] gzip = gzip(LINES.repeat(200).getBytes(StandardCharsets.UTF_8));
    byte[] cut = Arrays.copyOf(gzip, gzip.length / 2);
    CollectingSink sink = new CollectingSink();
    FileSummary summary =
        new ArticleFileReader(1_000)
            .readAll(
                "x.jsonl.gz", InputFormat.JSON_LINES, () -> new ByteArrayInputStream(cut), sink);
    assertEquals(1, sink.rejects.size());
    assertEquals(0, sink.rejects.get(0).line());
    assertEquals(sink.articles.size() + 1, summary.records());
    assertEquals(1, summary.rejected());
  }

  @Test
  void turnsAFileThatCannotBeOpenedIntoOneReject() {
    CollectingSink sink = new CollectingSink();
    FileSummary summary =
        new ArticleFileReader(1_000)
            .readAll(
                "locked.txt",
                InputFormat.PLAIN_TEXT,
                () -> {
                  throw new java.nio.file.AccessDeniedException("locked.txt");
                },
                sink);
    assertTrue(sink.onlyReason().startsWith("cannot read file: locked.txt"), sink.onlyReason());
    assertEquals(1, summary.records());
    assertEquals(1, summary.rejected());
  }

  @Test
  void recognisesFormatsByNameAndSkipsOutletMetadata() {
    assertEquals(InputFormat.JSON_LINES, InputFormat.of("a/b.jsonl.gz").orElseThrow());
    assertEquals(InputFormat.CSV, InputFormat.of("FEED.CSV").orElseThrow());
    assertEquals(InputFormat.PLAIN_TEXT, InputFormat.of("story/rt.txt").orElseThrow());
    assertTrue(InputFormat.of("data/sources.csv").isEmpty());
    assertTrue(InputFormat.of("README.md").isEmpty());
  }

  private static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }
}
