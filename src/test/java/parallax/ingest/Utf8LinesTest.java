package parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class Utf8LinesTest {

  /** Hands out at most one byte per read, so every line end and mark straddles two reads. */
  private static final class Trickle extends InputStream {
    private final ByteArrayInputStream in;

    Trickle(byte[] bytes) {
      this.in = new ByteArrayInputStream(bytes);
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      return length == 0 ? 0 : in.read(buffer, offset, 1);
    }
  }

  private static List<Utf8Lines.Line> lines(InputStream in, long maxLineBytes) throws IOException {
    Utf8Lines reader = new Utf8Lines(in, maxLineBytes);
    List<Utf8Lines.Line> lines = new ArrayList<>();
    for (Utf8Lines.Line line = reader.next(); line != null; line = reader.next()) {
      lines.add(line);
    }
    return lines;
  }

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
      } else {
        out.writeBytes((byte[]) part);
      }
    }
    return out.toByteArray();
  }

  @Test
  void readsEveryKindOfLineEndTheSameWhateverTheReadsReturn() throws IOException {
    byte[] input =
        bytes(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            "first\r\nsecond\rthird\n\n\u041a\u0438\u0457\u0432 \uD83D\uDE00\r\r\n",
            new byte[] {'b', 'a', 'd', (byte) 0xC3, '\n'},
            "last, without an end");
    List<Utf8Lines.Line> expected =
        List.of(
            new Utf8Lines.Line(1, "first", 5, false),
            new Utf8Lines.Line(2, "second", 6, false),
            new Utf8Lines.Line(3, "third", 5, false),
            new Utf8Lines.Line(4, "", 0, false),
            new Utf8Lines.Line(5, "\u041a\u0438\u0457\u0432 \uD83D\uDE00", 13, false),
            new Utf8Lines.Line(6, "", 0, false),
            new Utf8Lines.Line(7, null, 4, false),
            new Utf8Lines.Line(8, "last, without an end", 20, false));
    assertEquals(expected, lines(new ByteArrayInputStream(input), 1000));
    assertEquals(expected, lines(new Trickle(input), 1000));
  }

  @Test
  void aLineOverTheLimitIsSkippedAndCounted() throws IOException {
    byte[] input = bytes("short\n", "x".repeat(100_000), "\nafter\n");
    List<Utf8Lines.Line> expected =
        List.of(
            new Utf8Lines.Line(1, "short", 5, false),
            new Utf8Lines.Line(2, null, 100_000, true),
            new Utf8Lines.Line(3, "after", 5, false));
    assertEquals(expected, lines(new ByteArrayInputStream(input), 99_999));
    assertEquals(expected, lines(new Trickle(input), 99_999));
    assertEquals(
        new Utf8Lines.Line(2, "x".repeat(100_000), 100_000, false),
        lines(new ByteArrayInputStream(input), 100_000).get(1));
  }

  @Test
  void bytesThatOnlyBeginAMarkAreContent() throws IOException {
    byte[] input = bytes(new byte[] {(byte) 0xEF, (byte) 0xBB}, "x\nok\n");
    List<Utf8Lines.Line> read = lines(new Trickle(input), 1000);
    assertEquals(2, read.size());
    assertEquals(null, read.get(0).text());
    assertEquals(new Utf8Lines.Line(2, "ok", 2, false), read.get(1));
  }

  @Test
  void readsLongCompressedInputLineByLine() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append("{\"id\": ").append(i).append(", \"body\": \"").append("w ".repeat(i % 50));
      text.append("\"}").append(i % 3 == 0 ? "\r\n" : "\n");
    }
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
      gzip.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    List<Utf8Lines.Line> read =
        lines(new GZIPInputStream(new ByteArrayInputStream(compressed.toByteArray())), 1 << 20);
    List<String> expected = text.toString().lines().toList();
    assertEquals(expected, read.stream().map(Utf8Lines.Line::text).toList());
  }
}
