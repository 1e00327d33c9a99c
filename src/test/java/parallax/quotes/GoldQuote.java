package parallax.quotes;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

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

  /**
   * Reads a held-out set stored as offsets (id, kind, speaker, verb, start, end, sha1 prefix),
   * taking the texts from {@code bodies}.
   *
   * @throws IllegalStateException when a span's text no longer has the recorded checksum
   */
  static List<GoldQuote> loadOffsets(Path file, Map<String, String> bodies) {
    List<GoldQuote> gold = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        String body = bodies.get(f[0]);
        if (body == null) {
          throw new IllegalStateException(file + ":" + (i + 1) + ": no article " + f[0]);
        }
        int start = Integer.parseInt(f[4]);
        int end = Integer.parseInt(f[5]);
        String text = body.substring(start, end);
        byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(UTF_8));
        if (!HexFormat.of().formatHex(digest).startsWith(f[6])) {
          throw new IllegalStateException(
              file
                  + ":"
                  + (i + 1)
                  + ": the text at ["
                  + start
                  + ", "
                  + end
                  + ") of "
                  + f[0]
                  + " has changed: "
                  + text);
        }
        gold.add(new GoldQuote(f[0], f[1], f[2], f[3], start, end, text));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is not available", e);
    }
    return gold;
  }

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
