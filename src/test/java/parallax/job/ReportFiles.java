package parallax.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a run's output files back, for assertions. */
final class ReportFiles {

  private ReportFiles() {}

  /** The rows of {@code name}.csv as column -> value maps, in file order. */
  static List<Map<String, String>> csv(Path report, String name) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    try (Reader reader =
            Files.newBufferedReader(report.resolve(name + ".csv"), StandardCharsets.UTF_8);
        CSVParser parser =
            CSVParser.parse(
                reader, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      for (CSVRecord record : parser) {
        rows.add(new LinkedHashMap<>(record.toMap()));
      }
    }
    return rows;
  }

  static JsonNode manifest(Path report) throws IOException {
    return new ObjectMapper().readTree(report.resolve("manifest.json").toFile());
  }

  /** The first row whose {@code column} equals {@code value}. */
  static Map<String, String> row(List<Map<String, String>> rows, String column, String value) {
    return rows.stream()
        .filter(r -> value.equals(r.get(column)))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no row with " + column + "=" + value + " in " + rows));
  }
}
