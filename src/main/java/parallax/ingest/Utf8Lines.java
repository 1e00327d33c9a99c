package parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a byte stream line by line as UTF-8, accepting {@code \n}, {@code \r\n} and lone {@code \r}
 * line ends (mixed in one file, too) and dropping a byte-order mark at the start. Each line is
 * decoded on its own, so a line with bytes that are not UTF-8 is reported as such without losing
 * the lines around it. A line longer than the limit is counted and skipped, never held in memory,
 * so a file without line breaks (binary data, one huge record) cannot exhaust a task's memory.
 *
 * <p>Not thread-safe; reads the stream to its end but does not close it.
 */
final class Utf8Lines {

  /**
   * One line of the input. {@code text} is null when the line is not valid UTF-8 or is too long;
   * {@code bytes} is its length without the line end.
   */
  record Line(long number, String text, long bytes, boolean tooLong) {
    boolean isValidUtf8() {
      return text != null;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
  private final long maxLineBytes;
  private long lineNumber;
  private int pushedBack = -1;
  private boolean atStart = true;

  /** Lines of {@code in}; lines over {@code maxLineBytes} are skipped and reported as too long. */
  Utf8Lines(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    buffer.reset();
    int b = read();
    if (b < 0) {
      return null;
    }
    long length = 0;
    while (b >= 0 && b != '\n' && b != '\r') {
      if (length < maxLineBytes) {
        buffer.write(b);
      }
      length++;
      b = read();
    }
    if (b == '\r') {
      int after = read();
      if (after != '\n' && after >= 0) {
        pushedBack = after;
      }
    }
    lineNumber++;
    if (length > maxLineBytes) {
      return new Line(lineNumber, null, length, true);
    }
    return new Line(lineNumber, decode(buffer.toByteArray()), length, false);
  }

  private int read() throws IOException {
    if (pushedBack >= 0) {
      int b = pushedBack;
      pushedBack = -1;
      return b;
    }
    int b = in.read();
    if (atStart) {
      atStart = false;
      if (b == 0xEF) {
        return skipByteOrderMark();
      }
    }
    return b;
  }

  private int skipByteOrderMark() throws IOException {
    int second = in.read();
    int third = second == 0xBB ? in.read() : -1;
    if (second == 0xBB && third == 0xBF) {
      return in.read();
    }
    // Not a BOM: keep the bytes read so far as ordinary (and so invalid) line content.
    buffer.write(0xEF);
    if (second == 0xBB) {
      buffer.write(second);
      return third;
    }
    return second;
  }

  private String decode(byte[] bytes) {
    try {
      CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Decodes a whole byte array as UTF-8, or returns null when it is not valid UTF-8. */
  static String decodeStrict(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
