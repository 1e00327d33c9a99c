package parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import parallax.model.Reject;

/**
 * Reads one article from a plain-text file: the first non-blank line is the title, the rest the
 * body. The story is the name of the folder holding the file and the id is {@code story/name}. The
 * source is the outlet a byline names ("... for TROIB News"), else the file name without {@code
 * .txt}; a credit line ("Read Full Article at RT.com") fills {@code credited_source}.
 *
 * <p>Stateless apart from its validator; thread-safe.
 */
final class PlainTextReader {

  private final RecordValidator validator;

  PlainTextReader(RecordValidator validator) {
    this.validator = validator;
  }

  /** A cursor over the file's single record. */
  RecordCursor open(String inputFile, InputStream in) {
    boolean[] done = {false};
    return sink -> {
      if (done[0]) {
        return false;
      }
      done[0] = true;
      read(inputFile, in, sink);
      return true;
    };
  }

  private void read(String inputFile, InputStream in, IngestSink sink) throws IOException {
    String stem = fileStem(inputFile);
    String story = parentFolder(inputFile);
    String id = story == null ? stem : story + "/" + stem;
    int limit = (int) validator.maxRecordBytes();
    byte[] bytes = in.readNBytes(limit + 1);
    if (bytes.length > limit) {
      long size = bytes.length + in.transferTo(OutputStream.nullOutputStream());
      sink.reject(new Reject(inputFile, 1, id, validator.tooLong("file", size, "bytes")));
      return;
    }
    String text = Utf8Lines.decodeStrict(bytes);
    if (text == null) {
      sink.reject(new Reject(inputFile, 1, id, "file is not valid UTF-8 text"));
      return;
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    int titleStart = firstNonBlank(text);
    if (titleStart < 0) {
      sink.reject(new Reject(inputFile, 1, id, "empty file: no title and no body"));
      return;
    }
    int titleEnd = lineEnd(text, titleStart);
    String title = text.substring(titleStart, titleEnd).strip();
    long titleLine = text.substring(0, titleStart).lines().count() + 1;
    String body = text.substring(skipLineBreak(text, titleEnd)).strip();
    validator.accept(
        new RawRecord(
            inputFile,
            titleLine,
            id,
            story,
            SourceCredits.byline(body).orElse(stem),
            SourceCredits.credited(body).orElse(null),
            title,
            null,
            null,
            body),
        sink);
  }

  private static int firstNonBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int lineEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static int skipLineBreak(String text, int at) {
    if (at < text.length() && text.charAt(at) == '\r') {
      at++;
    }
    if (at < text.length() && text.charAt(at) == '\n') {
      at++;
    }
    return at;
  }

  static String fileStem(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (InputFormat.isGzip(name)) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String parentFolder(String path) {
    int slash = path.lastIndexOf('/');
    if (slash <= 0) {
      return null;
    }
    String parent = path.substring(0, slash);
    String name = parent.substring(parent.lastIndexOf('/') + 1);
    return name.isBlank() || name.contains(":") ? null : name;
  }
}
