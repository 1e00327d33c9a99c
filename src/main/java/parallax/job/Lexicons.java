package parallax.job;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import parallax.framing.Lexicon;
import parallax.framing.LexiconEntry;
import parallax.framing.LexiconException;
import parallax.framing.LexiconLoader;

/**
 * The framing lexicon of a run, read on the driver: every framing {@code *.tsv} directly inside
 * each {@code --lexicons} folder (see {@link LexiconLoader}: other analyses' files in the shared
 * folder are listed, not read as framing), in file-name order, folders in the order given (later
 * ones extend earlier ones). Folders are opened through Hadoop's file systems like the inputs, so
 * {@code hdfs://} and {@code s3a://} work; a relative path resolves against the default file
 * system's working directory (the driver's working directory in local mode). The lexicon is
 * compiled once here, so a conflict fails the run before any work, and executors get the entries by
 * broadcast and compile them once per JVM ({@link Lexicon#shared}).
 */
final class Lexicons {

  /**
   * One file of a lexicon folder, for the manifest.
   *
   * @param framing whether it is a framing lexicon (else another analysis's file)
   * @param entries entries read from it by the analysis it belongs to (framing entries, verbs of
   *     saying, ...); 0 for a file no analysis read
   */
  record LexiconFile(String path, String sha256, boolean framing, int entries) {}

  /** The entries of all files, in reading order, and the files they came from. */
  record Loaded(List<LexiconEntry> entries, List<LexiconFile> files) {}

  private Lexicons() {}

  /**
   * Reads and checks the lexicon folders.
   *
   * @throws JobFailure naming the folder when it is missing or holds no framing {@code *.tsv} file,
   *     and naming file and line for a malformed or conflicting entry
   */
  static Loaded load(List<String> folders, Configuration conf) {
    List<LexiconEntry> entries = new ArrayList<>();
    List<LexiconFile> files = new ArrayList<>();
    for (String folder : folders) {
      boolean found = false;
      for (FileStatus file : tsvFiles(folder, conf)) {
        String display = stripSlash(folder) + "/" + file.getPath().getName();
        byte[] bytes = read(file.getPath(), display, conf);
        Optional<List<LexiconEntry>> read = parse(bytes, display);
        read.ifPresent(entries::addAll);
        found |= read.isPresent();
        files.add(
            new LexiconFile(
                display, sha256(bytes), read.isPresent(), read.map(List::size).orElse(0)));
      }
      if (!found) {
        throw new JobFailure(LexiconLoader.noLexicon(folder).getMessage());
      }
    }
    try {
      // Compiled here so conflicts stop the run now; in local mode executors reuse this one.
      Lexicon.shared(entries);
    } catch (LexiconException e) {
      throw new JobFailure("malformed lexicon: " + e.getMessage(), e);
    }
    return new Loaded(List.copyOf(entries), List.copyOf(files));
  }

  private static List<FileStatus> tsvFiles(String folder, Configuration conf) {
    try {
      Path path = new Path(folder);
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path) || !fs.getFileStatus(path).isDirectory()) {
        throw new JobFailure("lexicon folder does not exist: " + folder);
      }
      FileStatus[] listed = fs.listStatus(path, p -> p.getName().endsWith(".tsv"));
      List<FileStatus> files =
          Arrays.stream(listed)
              .filter(FileStatus::isFile)
              .sorted(Comparator.comparing(status -> status.getPath().getName()))
              .toList();
      return files;
    } catch (IOException e) {
      throw new JobFailure("cannot list lexicon folder " + folder + ": " + e.getMessage(), e);
    }
  }

  static byte[] read(Path path, String display, Configuration conf) {
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new JobFailure("cannot read lexicon file " + display + ": " + e.getMessage(), e);
    }
  }

  private static Optional<List<LexiconEntry>> parse(byte[] bytes, String display) {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
      return LexiconLoader.readIfFraming(reader, display);
    } catch (LexiconException e) {
      throw new JobFailure("malformed lexicon: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new JobFailure("cannot read lexicon file " + display + ": " + e.getMessage(), e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  static String stripSlash(String folder) {
    return folder.endsWith("/") && folder.length() > 1
        ? folder.substring(0, folder.length() - 1)
        : folder;
  }
}
