package parallax.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import parallax.model.Reject;

/**
 * Reads CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks) with a header row
 * naming the article columns, case-insensitively: {@code id}, {@code source}, {@code body}
 * required; {@code story_id}, {@code title}, {@code published}, {@code url}, {@code
 * credited_source} optional. A row with the wrong number of fields or bytes that are not UTF-8 is
 * one reject; a quoting error that makes the rest of the file unreadable ends the file with one
 * reject naming the line.
 *
 * <p>Not thread-safe: one per task.
 */
final class CsvArticleReader {

  /** Stands in for undecodable bytes: a noncharacter that valid text never holds. */
  private static final char UNDECODABLE = '\uFFFF';

  private static final List<String> REQUIRED = List.of("id", "source", "body");

  /** Commons CSV's account of a quote that is never closed. */
  private static final Pattern UNCLOSED_QUOTE =
      Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");

  private final RecordValidator validator;

  CsvArticleReader(RecordValidator validator) {
    this.validator = validator;
  }

  /** A cursor over the rows after the header of {@code in}. */
  RecordCursor open(String inputFile, InputStream in) {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();
    CSVParser parser;
    BoundedRecordReader bounded;
    try {
      bounded = new BoundedRecordReader(utf8Reader(in), validator.maxRecordBytes());
      parser = CSVParser.parse(bounded, format);
    } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
      // Unreadable header, e.g. duplicate or empty column names, or a quoting error in it.
      return single(new Reject(inputFile, 1, null, "unreadable CSV header: " + rootMessage(e)));
    }
    if (parser.getHeaderNames().isEmpty()) {
      return single(new Reject(inputFile, 1, null, "empty file: no CSV header"));
    }
    Map<String, String> columns = columnsByLowerName(parser.getHeaderNames());
    List<String> missing = new ArrayList<>();
    for (String required : REQUIRED) {
      if (!columns.containsKey(required)) {
        missing.add(required);
      }
    }
    if (!missing.isEmpty()) {
      return single(
          new Reject(
              inputFile,
              1,
              null,
              "CSV header lacks required column(s) "
                  + String.join(", ", missing)
                  + "; it has: "
                  + String.join(", ", parser.getHeaderNames())));
    }
    int width = parser.getHeaderNames().size();
    Iterator<CSVRecord> rows = parser.iterator();
    boolean[] broken = {false};
    return sink -> {
      if (broken[0]) {
        return false;
      }
      long line = parser.getCurrentLineNumber() + 1;
      CSVRecord row;
      try {
        bounded.startRecord();
        if (!rows.hasNext()) {
          return false;
        }
        row = rows.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        broken[0] = true;
        sink.reject(new Reject(inputFile, line, null, malformed(e)));
        return true;
      }
      readRow(inputFile, line, row, width, columns, sink);
      return true;
    };
  }

  private String malformed(RuntimeException e) {
    if (e.getCause() instanceof BoundedRecordReader.RecordTooLong tooLong) {
      return "malformed CSV, rest of file skipped: a record runs over "
          + tooLong.limit()
          + " characters, too long for an article within --max-body-chars (a quote never closed?)";
    }
    String message = rootMessage(e);
    Matcher unclosed = UNCLOSED_QUOTE.matcher(message);
    if (unclosed.find()) {
      return "malformed CSV, rest of file skipped: the quoted field starting on line "
          + unclosed.group(1)
          + " is never closed";
    }
    return "malformed CSV, rest of file skipped: " + message;
  }

  /** The message of the innermost cause: Commons CSV wraps the one that says what is wrong. */
  private static String rootMessage(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }

  private static RecordCursor single(Reject reject) {
    boolean[] done = {false};
    return sink -> {
      if (done[0]) {
        return false;
      }
      done[0] = true;
      sink.reject(reject);
      return true;
    };
  }

  private void readRow(
      String inputFile,
      long line,
      CSVRecord row,
      int width,
      Map<String, String> columns,
      IngestSink sink) {
    String id = field(row, columns, "id");
    if (row.size() != width) {
      sink.reject(
          new Reject(
              inputFile,
              line,
              RecordValidator.blankToNull(id),
              "row has " + row.size() + " fields, the header has " + width));
      return;
    }
    for (String value : row) {
      if (value.indexOf(UNDECODABLE) >= 0) {
        sink.reject(new Reject(inputFile, line, null, "row is not valid UTF-8 text"));
        return;
      }
    }
    validator.accept(
        new RawRecord(
            inputFile,
            line,
            id,
            field(row, columns, "story_id"),
            field(row, columns, "source"),
            field(row, columns, "credited_source"),
            field(row, columns, "title"),
            field(row, columns, "published"),
            field(row, columns, "url"),
            field(row, columns, "body")),
        sink);
  }

  private static String field(CSVRecord row, Map<String, String> columns, String name) {
    String header = columns.get(name);
    return header != null && row.isSet(header) ? row.get(header) : null;
  }

  private static Map<String, String> columnsByLowerName(List<String> headerNames) {
    Map<String, String> columns = new TreeMap<>();
    for (String name : headerNames) {
      columns.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), name);
    }
    return columns;
  }

  private static Reader utf8Reader(InputStream in) throws IOException {
    PushbackInputStream pushback = new PushbackInputStream(in, 3);
    byte[] head = new byte[3];
    int read = pushback.readNBytes(head, 0, 3);
    boolean bom =
        read == 3
            && (head[0] & 0xFF) == 0xEF
            && (head[1] & 0xFF) == 0xBB
            && (head[2] & 0xFF) == 0xBF;
    if (!bom && read > 0) {
      pushback.unread(head, 0, read);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith(String.valueOf(UNDECODABLE));
    return new BufferedReader(new InputStreamReader(pushback, decoder), 1 << 16);
  }
}
