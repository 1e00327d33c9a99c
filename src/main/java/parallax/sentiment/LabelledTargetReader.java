package parallax.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads labelled sentiment examples in the two shapes training and evaluation accept:
 *
 * <ul>
 *   <li>NewsMTSC JSON Lines ({@code .jsonl}, {@code .json}): {@code sentence_normalized} and {@code
 *       targets[]} with {@code from}, {@code to} and {@code polarity} (2.0 negative, 4.0 neutral,
 *       6.0 positive); one example per target.
 *   <li>CSV with a header naming {@code text} and {@code label} (any other extension): one
 *       untargeted example per row; labels as {@link Polarity#parse(String)} reads them.
 * </ul>
 *
 * <p>Errors name the file and line. Stateless and thread-safe.
 */
public final class LabelledTargetReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads {@code file} in the shape its extension names. */
  public List<LabelledTarget> read(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return name.endsWith(".jsonl") || name.endsWith(".json")
          ? readNewsMtsc(reader, file.toString())
          : readCsv(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read labelled sentiment file " + file, e);
    }
  }

  /** NewsMTSC JSON Lines. */
  List<LabelledTarget> readNewsMtsc(BufferedReader reader, String file) throws IOException {
    List<LabelledTarget> examples = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String where = file + " line " + number;
      JsonNode record;
      try {
        record = JSON.readTree(line);
      } catch (IOException e) {
        throw new IllegalArgumentException(where + ": not a JSON object: " + e.getMessage(), e);
      }
      String text = requireText(record, "sentence_normalized", where);
      JsonNode targets = record.get("targets");
      if (targets == null || !targets.isArray()) {
        throw new IllegalArgumentException(where + ": field 'targets' must be an array");
      }
      for (JsonNode target : targets) {
        int from = requireInt(target, "from", where);
        int to = requireInt(target, "to", where);
        JsonNode polarity = target.get("polarity");
        if (polarity == null || !polarity.isNumber()) {
          throw new IllegalArgumentException(where + ": target has no numeric 'polarity'");
        }
        Polarity label;
        try {
          label = Polarity.fromNewsMtsc(polarity.asDouble());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        examples.add(new LabelledTarget(text, from, to, label, where));
      }
    }
    return examples;
  }

  /** {@code text,label} CSV with a header row. */
  List<LabelledTarget> readCsv(Reader reader, String file) throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    List<LabelledTarget> examples = new ArrayList<>();
    try (CSVParser parser = format.parse(reader)) {
      if (!parser.getHeaderMap().containsKey("text")
          || !parser.getHeaderMap().containsKey("label")) {
        throw new IllegalArgumentException(
            file + ": header must name columns text and label, was: " + parser.getHeaderNames());
      }
      for (CSVRecord record : parser) {
        String where = file + " line " + parser.getCurrentLineNumber();
        Polarity label;
        try {
          label = Polarity.parse(record.get("label"));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        examples.add(new LabelledTarget(record.get("text"), -1, -1, label, where));
      }
    }
    return examples;
  }

  private static String requireText(JsonNode record, String field, String where) {
    JsonNode value = record.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException(where + ": field '" + field + "' must be a string");
    }
    return value.asText();
  }

  private static int requireInt(JsonNode record, String field, String where) {
    JsonNode value = record.get(field);
    if (value == null || !value.canConvertToInt()) {
      throw new IllegalArgumentException(where + ": target field '" + field + "' must be an int");
    }
    return value.asInt();
  }
}
