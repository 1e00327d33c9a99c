package parallax.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.regex.Pattern;
import parallax.model.Reject;

/**
 * Reads JSON Lines: one article object per line with {@code id}, {@code source} and {@code body}
 * required and {@code story_id}, {@code title}, {@code published}, {@code url}, {@code
 * credited_source} optional; other fields are ignored. Blank lines are skipped. Each bad line
 * becomes one reject naming the line and the problem; the lines after it are still read.
 *
 * <p>Not thread-safe: one per task.
 */
final class JsonLinesReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Pattern START_MARKER =
      Pattern.compile(" \\(start marker at \\[Source: .*?\\]\\)");

  private final RecordValidator validator;

  JsonLinesReader(RecordValidator validator) {
    this.validator = validator;
  }

  /** A cursor over the records (non-blank lines) of {@code in}. */
  RecordCursor open(String inputFile, InputStream in) {
    Utf8Lines lines = new Utf8Lines(in, validator.maxRecordBytes());
    return sink -> {
      for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
        if (line.isValidUtf8() && line.text().isBlank()) {
          continue;
        }
        if (line.tooLong()) {
          sink.reject(
              new Reject(
                  inputFile,
                  line.number(),
                  null,
                  validator.tooLong("line", line.bytes(), "bytes")));
        } else if (line.isValidUtf8()) {
          readLine(inputFile, line.number(), line.text(), sink);
        } else {
          sink.reject(new Reject(inputFile, line.number(), null, "line is not valid UTF-8 text"));
        }
        return true;
      }
      return false;
    };
  }

  private void readLine(String inputFile, long lineNumber, String text, IngestSink sink) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      sink.reject(new Reject(inputFile, lineNumber, null, "invalid JSON: " + firstLine(e)));
      return;
    }
    if (node == null || !node.isObject()) {
      String kind = node == null ? "nothing" : "a JSON " + node.getNodeType().name().toLowerCase();
      sink.reject(new Reject(inputFile, lineNumber, null, "expected a JSON object, found " + kind));
      return;
    }
    try {
      validator.accept(
          new RawRecord(
              inputFile,
              lineNumber,
              scalar(node, "id"),
              scalar(node, "story_id"),
              text(node, "source"),
              text(node, "credited_source"),
              text(node, "title"),
              text(node, "published"),
              text(node, "url"),
              text(node, "body")),
          sink);
    } catch (WrongType e) {
      sink.reject(new Reject(inputFile, lineNumber, idOrNull(node), e.getMessage()));
    }
  }

  /** A text field; numbers and booleans are a wrong type except where {@link #scalar} allows. */
  private static String text(JsonNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new WrongType(field, value);
    }
    return value.textValue();
  }

  /** An identifier field: text or a whole number. */
  private static String scalar(JsonNode object, String field) {
    JsonNode value = object.get(field);
    if (value != null && value.isIntegralNumber()) {
      return value.asText();
    }
    return text(object, field);
  }

  private static String idOrNull(JsonNode node) {
    JsonNode id = node.get("id");
    return id != null && (id.isTextual() || id.isIntegralNumber()) ? id.asText() : null;
  }

  private static String firstLine(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    int newline = message.indexOf('\n');
    String first = newline < 0 ? message : message.substring(0, newline);
    // Jackson points at where an unclosed object began in terms of its own input source; the
    // column below says where the line goes wrong, which is what a person needs.
    first = START_MARKER.matcher(first).replaceAll("");
    return first + " (column " + e.getLocation().getColumnNr() + ")";
  }

  /** A field holds the wrong JSON type. */
  private static final class WrongType extends RuntimeException {
    WrongType(String field, JsonNode value) {
      super(
          "field '"
              + field
              + "' must be text, found a JSON "
              + value.getNodeType().name().toLowerCase()
              + (value.isContainerNode()
                  ? ""
                  : " (" + RecordValidator.abbreviate(value.asText()) + ")"),
          null,
          false,
          false);
    }
  }
}
