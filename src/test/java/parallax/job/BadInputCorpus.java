package parallax.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a corpus of everything that goes wrong with real inputs, each case with what Parallax must
 * make of it: an article analysed under an id, or a reject with a reason a person understands.
 * Cases whose outcome depends on bytes the test does not choose one by one (random junk, a gzip
 * stream cut short) are checked by kind, not by line.
 */
final class BadInputCorpus {

  /** A record that must be rejected: where, and the start of the reason. */
  record ExpectedReject(String file, long line, String reasonStart, String what) {}

  private static final String TOO_LONG =
      " bytes, too long for an article within the limit of 1000000 characters (--max-body-chars);"
          + " not read";

  final Path in;
  final List<ExpectedReject> rejects = new ArrayList<>();
  final List<String> analysedIds = new ArrayList<>();

  /** Files whose every record must be rejected (random junk). */
  final List<String> allRejected = new ArrayList<>();

  /** Whether an unreadable file could be made (see {@link #unreadable}). */
  String unreadableNote;

  private BadInputCorpus(Path in) {
    this.in = in;
  }

  static BadInputCorpus write(Path in) throws IOException {
    BadInputCorpus corpus = new BadInputCorpus(Files.createDirectories(in));
    corpus.jsonLines();
    corpus.lineEnds();
    corpus.junk();
    corpus.gzip();
    corpus.csv();
    corpus.plainText();
    corpus.unreadable();
    Files.createDirectories(in.resolve("empty-folder"));
    Files.writeString(in.resolve("notes.md"), "not an article file");
    return corpus;
  }

  private void jsonLines() throws IOException {
    String file = "feed.jsonl";
    Lines lines = new Lines();
    lines.add(
        "{\"id\":\"good-1\",\"source\":\"Wire\",\"story_id\":\"s1\",\"body\":\"Officials said"
            + " the bridge would reopen on Monday.\"}");
    analysedIds.add("good-1");
    reject(
        file,
        lines.add("{\"id\":\"cut\",\"source\":\"Wire\",\"body\":\"The text stops in th"),
        "invalid JSON: Unexpected end-of-input",
        "truncated JSON");
    reject(
        file,
        lines.add("{id: \"bare\", source: \"Wire\"}"),
        "invalid JSON: Unexpected character",
        "invalid JSON (unquoted names)");
    reject(
        file,
        lines.add("[\"an\", \"array\"]"),
        "expected a JSON object, found a JSON array",
        "a JSON array, not an object");
    reject(
        file,
        lines.add("\"just a string\""),
        "expected a JSON object, found a JSON string",
        "a JSON string, not an object");
    lines.add("");
    reject(
        file,
        lines.add("{\"id\":\"num-body\",\"source\":\"Wire\",\"body\":42}"),
        "field 'body' must be text, found a JSON number (42)",
        "wrong type: number body");
    reject(
        file,
        lines.add("{\"id\":\"bool-source\",\"source\":true,\"body\":\"Text.\"}"),
        "field 'source' must be text, found a JSON boolean (true)",
        "wrong type: boolean source");
    reject(
        file,
        lines.add(
            "{\"id\":\"obj-title\",\"source\":\"W\",\"title\":{\"en\":\"T\"},\"body\":\"T.\"}"),
        "field 'title' must be text, found a JSON object",
        "wrong type: object title");
    reject(
        file,
        lines.add("{\"id\":[1],\"source\":\"Wire\",\"body\":\"Text.\"}"),
        "field 'id' must be text, found a JSON array",
        "wrong type: array id");
    reject(
        file, lines.add("{\"source\":\"Wire\",\"body\":\"No id.\"}"), "missing id", "missing id");
    reject(
        file,
        lines.add("{\"id\":\"no-source\",\"body\":\"Text.\"}"),
        "missing source",
        "missing source");
    reject(
        file,
        lines.add("{\"id\":\"no-body\",\"source\":\"Wire\"}"),
        "missing body",
        "missing body");
    reject(
        file,
        lines.add("{\"id\":\"null-body\",\"source\":\"Wire\",\"body\":null}"),
        "missing body",
        "null body");
    reject(
        file,
        lines.add("{\"id\":\"\",\"source\":\"Wire\",\"body\":\"Text.\"}"),
        "empty id",
        "empty id");
    reject(
        file,
        lines.add("{\"id\":\"blank-source\",\"source\":\"   \",\"body\":\"Text.\"}"),
        "empty source",
        "blank source");
    reject(
        file,
        lines.add("{\"id\":\"empty-body\",\"source\":\"Wire\",\"body\":\"\"}"),
        "empty body",
        "empty body");
    reject(
        file,
        lines.add(
            "{\"id\":\"markup-only\",\"source\":\"Wire\",\"body\":\"<p> </p><div>" + "</div>\"}"),
        "body has no text once HTML markup is removed",
        "HTML body without text");
    reject(
        file,
        lines.add(
            "{\"id\":\"bad-date\",\"source\":\"Wire\",\"published\":\"yesterday\","
                + "\"body\":\"Text.\"}"),
        "published 'yesterday' is not an ISO-8601 date or date-time",
        "date that is not ISO-8601");
    reject(
        file,
        lines.add("{\"id\":\"nul\",\"source\":\"Wire\",\"body\":\"abc\\u0000def\"}"),
        "body contains NUL characters: binary data, not text",
        "NUL characters in the body");
    reject(
        file,
        lines.add(
            "{\"id\":\"controls\",\"source\":\"Wire\",\"body\":\""
                + "\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006".repeat(5)
                + "ab\"}"),
        "body is binary data, not text (30 control characters in 32)",
        "control characters");
    lines.add("{\"id\":12345,\"source\":\"Wire\",\"body\":\"A numeric id is fine.\"}");
    analysedIds.add("12345");
    lines.add("{\"id\":\"one-word\",\"source\":\"Wire\",\"body\":\"Breaking.\"}");
    analysedIds.add("one-word");
    reject(
        file,
        lines.add("{\"id\":\"good-1\",\"source\":\"Other\",\"body\":\"Other text.\"}"),
        "duplicate id 'good-1': already read at " + in + "/feed.jsonl:1 (different text)",
        "duplicate id, different text");
    reject(
        file,
        lines.add(
            "{\"id\":\"good-1\",\"source\":\"Wire\",\"body\":\"Officials said the"
                + " bridge would reopen on Monday.\"}"),
        "duplicate id 'good-1': already read at " + in + "/feed.jsonl:1 (same text)",
        "duplicate id, same text");
    lines.add(
        "{\"id\":\"ru\",\"source\":\"ТАСС\",\"body\":\"Президент провёл телефонный разговор."
            + " Стороны обсудили ситуацию.\"}");
    lines.add("{\"id\":\"zh\",\"source\":\"新华社\",\"body\":\"两国领导人通电话。双方讨论了局势。\"}");
    lines.add("{\"id\":\"ar\",\"source\":\"الجزيرة\",\"body\":\"أجرى الرئيسان اتصالا هاتفيا.\"}");
    analysedIds.addAll(List.of("ru", "zh", "ar"));
    lines.add(
        "{\"id\":\"html\",\"source\":\"Wire\",\"body\":\"<html><head><style>p{color:red}"
            + "</style></head><body><script>track('x')</script><p>Ministers met on <b>Tuesday</b>"
            + " &amp; agreed.</p><p>Talks resume in May.</p></body></html>\"}");
    analysedIds.add("html");
    long notUtf8 =
        lines.addBytes(
            concat(
                "{\"id\":\"latin1\",\"source\":\"Wire\",\"body\":\"caf",
                new byte[] {(byte) 0xE9},
                "\"}"));
    reject(file, notUtf8, "line is not valid UTF-8 text", "bytes that are not UTF-8");
    String huge = "{\"id\":\"huge\",\"source\":\"Wire\",\"body\":\"" + twentyMegabytes() + "\"}";
    reject(file, lines.add(huge), "line has " + huge.length() + TOO_LONG, "a 20 MB article (JSON)");
    Files.write(in.resolve(file), lines.bytes());
  }

  private void lineEnds() throws IOException {
    ByteArrayOutputStream bom = new ByteArrayOutputStream();
    bom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bom.writeBytes(
        ("{\"id\":\"bom-1\",\"source\":\"Wire\",\"body\":\"First line.\"}\r\n"
                + "{\"id\":\"bom-2\",\"source\":\"Wire\",\"body\":\"Second line.\"}\r\n")
            .getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("bom-crlf.jsonl"), bom.toByteArray());
    analysedIds.addAll(List.of("bom-1", "bom-2"));
    Files.writeString(
        in.resolve("mixed.jsonl"),
        "{\"id\":\"mixed-1\",\"source\":\"Wire\",\"body\":\"One.\"}\n"
            + "{\"id\":\"mixed-2\",\"source\":\"Wire\",\"body\":\"Two.\"}\r\n"
            + "{\"id\":\"mixed-3\",\"source\":\"Wire\",\"body\":\"Three.\"}\r"
            + "{\"id\":\"bad\",\"source\":\"Wire\",\"body\":\"Four.\"\r\n");
    analysedIds.addAll(List.of("mixed-1", "mixed-2", "mixed-3"));
    reject(
        "mixed.jsonl",
        4,
        "invalid JSON: Unexpected end-of-input: expected close marker for" + " Object (column 43)",
        "mixed line ends, a broken last line");
  }

  private void junk() throws IOException {
    Random random = new Random(20241107);
    byte[] junk = new byte[4096];
    random.nextBytes(junk);
    Files.write(in.resolve("junk.jsonl"), junk);
    allRejected.add("junk.jsonl");
    random.nextBytes(junk);
    Files.write(Files.createDirectories(in.resolve("stories/junk")).resolve("noise.txt"), junk);
    reject("stories/junk/noise.txt", 1, "file is not valid UTF-8 text", "binary junk (.txt)");
  }

  private void gzip() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(zipped)) {
      Random random = new Random(7);
      for (int i = 0; i < 2000; i++) {
        gz.write(
            ("{\"id\":\"gz-"
                    + i
                    + "\",\"source\":\"Wire\",\"body\":\"Report number "
                    + i
                    + " of "
                    + random.nextInt()
                    + ".\"}\n")
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] whole = zipped.toByteArray();
    Files.write(in.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
    reject(
        "cut.jsonl.gz",
        0,
        "file is cut off (Unexpected end of ZLIB input stream (EOFException)); the ",
        "gzip cut off half way");
    Files.writeString(in.resolve("plain.jsonl.gz"), "{\"id\":\"x\"}\n");
    reject("plain.jsonl.gz", 0, "corrupt gzip data: Not in GZIP format", "not gzip at all");
  }

  private void csv() throws IOException {
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    csv.writeBytes(
        ("id,source,story_id,title,body\n"
                + "c1,Wire,s1,\"Title, with a comma\",\"He said \"\"no\"\".\nThen he left.\"\n"
                + "c2,Wire\n")
            .getBytes(StandardCharsets.UTF_8));
    reject("feed.csv", 4, "row has 2 fields, the header has 5", "CSV row with too few fields");
    csv.writeBytes(concat("c3,Wire,s1,T,caf", new byte[] {(byte) 0xE9}, "\n"));
    reject("feed.csv", 5, "row is not valid UTF-8 text", "CSV row that is not UTF-8");
    csv.writeBytes(
        "c4,Wire,s1,T,\"Quoted \"\"word\"\", a comma, and\r\na CRLF.\"\n"
            .getBytes(StandardCharsets.UTF_8));
    csv.writeBytes(
        "c5,Wire,s1,T,\"never closed, runs to the end\nof the file\n"
            .getBytes(StandardCharsets.UTF_8));
    reject(
        "feed.csv",
        8,
        "malformed CSV, rest of file skipped: the quoted field starting on line 8 is never closed",
        "CSV quote never closed");
    Files.write(in.resolve("feed.csv"), csv.toByteArray());
    analysedIds.addAll(List.of("c1", "c4"));
    ByteArrayOutputStream bom = new ByteArrayOutputStream();
    bom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bom.writeBytes(
        "ID,Source,Body\r\ncrlf-1,Wire,Windows line ends.\r\n".getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("windows.csv"), bom.toByteArray());
    analysedIds.add("crlf-1");
    Files.writeString(in.resolve("no-body.csv"), "id,source,title\nn1,Wire,T\n");
    reject(
        "no-body.csv",
        1,
        "CSV header lacks required column(s) body; it has: id, source, title",
        "CSV without a body column");
    Files.writeString(in.resolve("empty.csv"), "");
    reject("empty.csv", 1, "empty file: no CSV header", "empty CSV");
    Files.writeString(in.resolve("empty.jsonl"), "");
  }

  private void plainText() throws IOException {
    Path story = Files.createDirectories(in.resolve("stories/flood"));
    String big = "A title\n" + twentyMegabytes();
    Files.writeString(story.resolve("big.txt"), big);
    reject(
        "stories/flood/big.txt",
        1,
        "file has " + big.length() + TOO_LONG,
        "a 20 MB article (.txt)");
    Files.writeString(story.resolve("title-only.txt"), "Only a title\n");
    reject("stories/flood/title-only.txt", 1, "empty body", "text file with a title only");
    Files.writeString(story.resolve("empty.txt"), "");
    reject("stories/flood/empty.txt", 1, "empty file: no title and no body", "empty text file");
    Files.write(
        story.resolve("bom.txt"),
        concat(
            "\uFEFFFlood warning\r\n\r\n",
            new byte[0],
            "The river rose overnight.\r\nRoads were closed.\r\n"));
    analysedIds.add("flood/bom");
    Files.write(story.resolve("latin1.txt"), concat("Title\nCaf", new byte[] {(byte) 0xE9}, "\n"));
    reject("stories/flood/latin1.txt", 1, "file is not valid UTF-8 text", "Latin-1 text file");
  }

  /**
   * A file that cannot be read. chmod 000 where that stops the reader; root ignores permission
   * bits, so as root a link to a write-only kernel attribute (which the kernel refuses to read even
   * for root) stands in. If neither is possible the case is left out and {@link #unreadableNote}
   * says so.
   */
  private void unreadable() throws IOException {
    Path file = in.resolve("unreadable.jsonl");
    Files.writeString(file, "{\"id\":\"secret\",\"source\":\"Wire\",\"body\":\"Hidden.\"}\n");
    if (file.toFile().setReadable(false, false) && !Files.isReadable(file)) {
      unreadableNote = "chmod 000 file";
    } else {
      Files.delete(file);
      Optional<Path> writeOnly = writeOnlyKernelFile();
      if (writeOnly.isEmpty()) {
        unreadableNote = null;
        return;
      }
      Files.createSymbolicLink(file, writeOnly.get());
      unreadableNote = "link to write-only " + writeOnly.get() + " (running as root)";
    }
    reject("unreadable.jsonl", 0, "cannot read file: ", "unreadable file");
  }

  private static Optional<Path> writeOnlyKernelFile() throws IOException {
    for (Path root : List.of(Path.of("/sys/class"), Path.of("/sys/bus"), Path.of("/sys/devices"))) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root, 4)) {
        Optional<Path> found =
            walk.filter(Files::isRegularFile)
                .filter(BadInputCorpus::noReadBits)
                .filter(BadInputCorpus::unreadable)
                .findFirst();
        if (found.isPresent()) {
          return found;
        }
      } catch (java.io.UncheckedIOException e) {
        // a folder of /sys that cannot be listed: try the next
      }
    }
    return Optional.empty();
  }

  private static boolean noReadBits(Path path) {
    try {
      return Collections.disjoint(
          Files.getPosixFilePermissions(path),
          Set.of(
              PosixFilePermission.OWNER_READ,
              PosixFilePermission.GROUP_READ,
              PosixFilePermission.OTHERS_READ));
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean unreadable(Path path) {
    try (var stream = Files.newInputStream(path)) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  /** 20,000,000 characters of plain ASCII prose. */
  private static String twentyMegabytes() {
    return "All work and no play. ".repeat(20_000_000 / 22 + 1).substring(0, 20_000_000);
  }

  private void reject(String file, long line, String reasonStart, String what) {
    rejects.add(new ExpectedReject(in + "/" + file, line, reasonStart, what));
  }

  private static byte[] concat(String before, byte[] middle, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(middle);
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** A file built line by line (LF), numbering lines as Parallax does. */
  private static final class Lines {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private long count;

    long add(String line) {
      return addBytes(line.getBytes(StandardCharsets.UTF_8));
    }

    long addBytes(byte[] line) {
      bytes.writeBytes(line);
      bytes.write('\n');
      return ++count;
    }

    byte[] bytes() {
      return bytes.toByteArray();
    }
  }
}
