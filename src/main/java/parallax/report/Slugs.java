package parallax.report;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * File-name-safe names for stories and sources: lower-case ASCII letters, digits and hyphens, at
 * most 60 characters. Names that had to be changed get a short checksum of the original appended,
 * so two different names never share a file.
 */
public final class Slugs {

  private static final int MAX_LENGTH = 60;

  private Slugs() {}

  public static String of(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (ascii.length() > MAX_LENGTH) {
      ascii = ascii.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    if (ascii.equals(name) && !ascii.isEmpty()) {
      return ascii;
    }
    CRC32 crc = new CRC32();
    crc.update(name.getBytes(StandardCharsets.UTF_8));
    String suffix = String.format(Locale.ROOT, "%08x", crc.getValue()).substring(0, 6);
    return ascii.isEmpty() ? suffix : ascii + "-" + suffix;
  }
}
