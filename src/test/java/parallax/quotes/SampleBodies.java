package parallax.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Article bodies of the sample data in {@code data/}, named as in the quote test set: a path under
 * {@code data/} for plain text (the body is everything after the title line), {@code file#id} for
 * JSON Lines (the {@code body} field).
 */
final class SampleBodies {

  static final Path DATA = Path.of("data");

  private SampleBodies() {}

  static String body(String article) {
    try {
      int hash = article.indexOf('#');
      if (hash < 0) {
        String text = Files.readString(DATA.resolve(article), StandardCharsets.UTF_8);
        return text.substring(text.indexOf('\n') + 1);
      }
      Path file = DATA.resolve(article.substring(0, hash));
      String id = article.substring(hash + 1);
      ObjectMapper json = new ObjectMapper();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        JsonNode record = json.readTree(line);
        if (id.equals(record.path("id").asText())) {
          return record.path("body").asText();
        }
      }
      throw new IllegalArgumentException("no record with id " + id + " in " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sample " + article, e);
    }
  }
}
