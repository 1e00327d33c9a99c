package parallax.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import parallax.model.Outlet;
import parallax.model.OutletDirectory;

/**
 * Reads outlet metadata, {@code sources.csv} ({@code name, aliases, country, ownership, rating,
 * domain}, aliases separated by {@code |}; only {@code name} is required, other columns are
 * ignored), into an {@link OutletDirectory}. Stateless, thread-safe.
 */
public final class SourcesCsv {

  private SourcesCsv() {}

  /**
   * Parses {@code sources.csv}.
   *
   * @param file the file's name, for messages
   * @throws IllegalArgumentException naming the file and line of a row without a name, or a header
   *     without a {@code name} column
   */
  public static OutletDirectory parse(String file, Reader csv) throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();
    List<Outlet> outlets = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(csv, format)) {
      if (!parser.getHeaderNames().contains("name")) {
        throw new IllegalArgumentException(
            file + ": header must have a 'name' column; it has " + parser.getHeaderNames());
      }
      for (CSVRecord row : parser) {
        String name = get(row, "name");
        if (name.isEmpty()) {
          throw new IllegalArgumentException(
              file + ":" + parser.getCurrentLineNumber() + ": outlet has no name");
        }
        List<String> aliases = new ArrayList<>();
        for (String alias : get(row, "aliases").split("\\|")) {
          if (!alias.isBlank()) {
            aliases.add(alias.strip());
          }
        }
        outlets.add(
            new Outlet(
                name,
                aliases,
                get(row, "country"),
                get(row, "ownership"),
                get(row, "rating"),
                get(row, "domain")));
      }
    }
    return OutletDirectory.of(outlets);
  }

  /**
   * Reads a local {@code sources.csv} (the job reads it through Hadoop's file systems instead).
   *
   * @throws IllegalArgumentException as {@link #parse} does
   * @throws UncheckedIOException when the file cannot be read
   */
  public static OutletDirectory read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(file.toString(), reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read outlet metadata " + file, e);
    }
  }

  private static String get(CSVRecord row, String column) {
    return row.isMapped(column) && row.isSet(column) ? row.get(column).strip() : "";
  }
}
