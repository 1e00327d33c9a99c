package parallax.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** The article bodies of a JSON Lines corpus (optionally gzip), for benchmarks and tests. */
public final class BenchCorpus {

  private BenchCorpus() {}

  static List<String> bodies(Path corpus) throws IOException {
    return bodies(corpus, Integer.MAX_VALUE);
  }

  /** The bodies of the first {@code limit} articles. */
  public static List<String> bodies(Path corpus, int limit) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> bodies = new ArrayList<>();
    try (BufferedReader reader = open(corpus)) {
      for (String line = reader.readLine();
          line != null && bodies.size() < limit;
          line = reader.readLine()) {
        if (!line.isBlank()) {
          JsonNode body = json.readTree(line).get("body");
          if (body != null && body.isTextual()) {
            bodies.add(body.textValue());
          }
        }
      }
    }
    return bodies;
  }

  /** The corpus's non-blank lines, one record each. */
  static List<String> records(Path corpus) throws IOException {
    try (BufferedReader reader = open(corpus)) {
      return reader.lines().filter(line -> !line.isBlank()).toList();
    }
  }

  /** A reader over the corpus's text, gunzipped if its name ends in {@code .gz}. */
  private static BufferedReader open(Path corpus) throws IOException {
    InputStream raw = Files.newInputStream(corpus);
    try {
      InputStream in = corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }
}
