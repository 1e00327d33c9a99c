package parallax.framing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads labelled sentences in the format of BABE (Spinde et al. 2021, {@code
 * final_labels_SG*.csv}): semicolon-separated, header row, columns {@code text}, {@code label_bias}
 * ({@code Biased}, {@code Non-biased}, {@code No agreement}) and {@code biased_words}, a
 * Python-style list such as {@code ['bizarre', 'characteristically']}. Other columns are ignored;
 * rows without agreement are skipped. Stateless and thread-safe.
 */
public final class BabeReader {

  /** What was read: the usable sentences and how many rows were skipped as unlabelled. */
  public record Result(List<LabelledSentence> sentences, int skipped) {}

  private static final List<String> COLUMNS = List.of("text", "label_bias", "biased_words");

  private BabeReader() {}

  /**
   * Reads {@code file}.
   *
   * @throws IllegalArgumentException naming the file, and the line where one is at fault, when a
   *     column is missing or a label or word list cannot be read
   */
  public static Result read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read labelled file " + file, e);
    }
  }

  static Result read(Reader in, String name) throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(in, format)) {
      Map<String, Integer> header = parser.getHeaderMap();
      header = stripBom(header);
      for (String column : COLUMNS) {
        if (!header.containsKey(column)) {
          throw new IllegalArgumentException(
              name
                  + ": no column '"
                  + column
                  + "'; found "
                  + header.keySet()
                  + ", need "
                  + COLUMNS);
        }
      }
      List<LabelledSentence> sentences = new ArrayList<>();
      int skipped = 0;
      for (CSVRecord record : parser) {
        String location = name + ":" + record.getParser().getCurrentLineNumber();
        String label = record.get(header.get("label_bias")).trim();
        if (label.equalsIgnoreCase("No agreement") || label.isEmpty()) {
          skipped++;
          continue;
        }
        boolean biased = parseLabel(label, location);
        sentences.add(
            new LabelledSentence(
                record.get(header.get("text")),
                biased,
                parseWordList(record.get(header.get("biased_words")), location),
                location));
      }
      return new Result(sentences, skipped);
    }
  }

  private static Map<String, Integer> stripBom(Map<String, Integer> header) {
    Map<String, Integer> clean = new HashMap<>();
    header.forEach((name, index) -> clean.put(name.replace("\uFEFF", "").trim(), index));
    return clean;
  }

  private static boolean parseLabel(String label, String location) {
    if (label.equalsIgnoreCase("Biased")) {
      return true;
    }
    if (label.equalsIgnoreCase("Non-biased")) {
      return false;
    }
    throw new IllegalArgumentException(
        location + ": label_bias must be Biased, Non-biased or No agreement, was '" + label + "'");
  }

  /** Parses {@code ['a', "b's", 'c']}; an empty or blank cell is an empty list. */
  static List<String> parseWordList(String cell, String location) {
    String value = cell.trim();
    List<String> words = new ArrayList<>();
    if (value.isEmpty() || value.equals("[]")) {
      return words;
    }
    if (!value.startsWith("[") || !value.endsWith("]")) {
      throw new IllegalArgumentException(
          location + ": biased_words must be a list like ['word', 'word'], was " + cell);
    }
    int i = 1;
    int end = value.length() - 1;
    while (i < end) {
      char c = value.charAt(i);
      if (c == '\'' || c == '"') {
        int close = value.indexOf(c, i + 1);
        if (close < 0 || close > end) {
          throw new IllegalArgumentException(location + ": unclosed quote in biased_words " + cell);
        }
        words.add(value.substring(i + 1, close));
        i = close + 1;
      } else if (c == ',' || Character.isWhitespace(c)) {
        i++;
      } else {
        throw new IllegalArgumentException(
            location + ": unexpected '" + c + "' in biased_words " + cell);
      }
    }
    return words;
  }
}
