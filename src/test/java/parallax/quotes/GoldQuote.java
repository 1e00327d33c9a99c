package parallax.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One hand-annotated quote of {@code src/test/resources/quotes/gold.tsv}, located in its body.
 *
 * @param article sample name as in {@link SampleBodies}
 * @param kind direct or indirect
 * @param speaker canonical speaker as annotated
 * @param verb lemma of the verb of saying as annotated
 * @param start start of the span in the body
 * @param end end of the span in the body
 * @param text the span text
 */
record GoldQuote(
    String article, String kind, String speaker, String verb, int start, int end, String text) {

  static final Path FILE = Path.of("src/test/resources/quotes/gold.tsv");

  /** Reads the test set; each text is found at its stated occurrence in the article body. */
  static List<GoldQuote> load() {
    List<String> lines;
    try {
      lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
    List<GoldQuote> gold = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 6) {
        throw new IllegalArgumentException(FILE + ":" + (i + 1) + ": expected 6 fields: " + line);
      }
      String body = SampleBodies.body(f[0]);
      int occurrence = Integer.parseInt(f[4]);
      int start = -1;
      for (int n = 0; n < occurrence; n++) {
        start = body.indexOf(f[5], start + 1);
        if (start < 0) {
          throw new IllegalArgumentException(
              FILE
                  + ":"
                  + (i + 1)
                  + ": occurrence "
                  + occurrence
                  + " of '"
                  + f[5]
                  + "' not in "
                  + f[0]);
        }
      }
      gold.add(new GoldQuote(f[0], f[1], f[2], f[3], start, start + f[5].length(), f[5]));
    }
    return gold;
  }
}
