package parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
  // Read in chunks: a byte at a time from a GZIPInputStream is one call into zlib per byte, which
  // made reading a compressed file take seconds.
  private final byte[] chunk = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[8192];
  private int lineLength;
  private final long maxLineBytes;
  private long lineNumber;
  private boolean atStart = true;

  /** Lines of {@code in}; lines over {@code maxLineBytes} are skipped and reported as too long. */
  Utf8Lines(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    lineLength = 0;
    if (atStart) {
      atStart = false;
      skipByteOrderMark();
    }
    if (!fill()) {
      return null;
    }
    long length = lineLength;
    int end = -1;
    while (end < 0 && fill()) {
      int from = position;
      while (position < limit && chunk[position] != '\n' && chunk[position] != '\r') {
        position++;
      }
      keep(from, position - from, length);
      length += position - from;
      if (position < limit) {
        end = chunk[position++];
      }
    }
    if (end == '\r' && fill() && chunk[position] == '\n') {
      position++;
    }
    lineNumber++;
    if (length > maxLineBytes) {
      return new Line(lineNumber, null, length, true);
    }
    return new Line(lineNumber, decode(line, lineLength), length, false);
  }

  /** Keeps {@code count} bytes of the chunk for the line, up to the limit of a line. */
  private void keep(int from, int count, long lengthSoFar) {
    long room = maxLineBytes - lengthSoFar;
    int kept = (int) Math.max(0, Math.min(count, room));
    if (kept == 0) {
      return;
    }
    if (lineLength + kept > line.length) {
      line = Arrays.copyOf(line, Math.max(lineLength + kept, 2 * line.length));
    }
    System.arraycopy(chunk, from, line, lineLength, kept);
    lineLength += kept;
  }

  /** True when a byte is ready in the chunk, reading more if needed; false at the end. */
  private boolean fill() throws IOException {
    while (position >= limit) {
      int n = in.read(chunk, 0, chunk.length);
      if (n < 0) {
        return false;
      }
      position = 0;
      limit = n;
    }
    return true;
  }

  private void skipByteOrderMark() throws IOException {
    // A BOM's three bytes can straddle reads from the stream: look at them one at a time.
    byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    int matched = 0;
    while (matched < mark.length && fill() && chunk[position] == mark[matched]) {
      position++;
      matched++;
    }
    if (matched < mark.length) {
      // Not a BOM: the bytes read so far are ordinary (and so invalid) line content.
      System.arraycopy(mark, 0, line, 0, matched);
      lineLength = matched;
    }
  }

  private String decode(byte[] bytes, int length) {
    try {
      CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(bytes, 0, length));
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
