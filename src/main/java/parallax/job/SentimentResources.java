package parallax.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import parallax.nlp.NameWords;
import parallax.sentiment.SentimentModifiers;

/**
 * Reads the sentiment analysis's files on the driver, through Hadoop's file systems like the
 * lexicon folders (so {@code hdfs://} and {@code s3a://} work, and a relative path resolves against
 * the driver's working directory): the rules and name words from the {@code sentiment/} subfolder
 * of the lexicon folders (the last folder that has the file wins: a later folder's file replaces an
 * earlier one's), the entity list, and the optional models. Everything is compiled here once, so a
 * malformed file stops the run before any work with a {@link JobFailure} naming it; executors get
 * the contents by broadcast ({@link SentimentInputs}).
 */
final class SentimentResources {

  /**
   * One file read, for the manifest.
   *
   * @param role what it is: {@code modifiers}, {@code name_words}, {@code entities}, {@code
   *     ner_model} or {@code sentiment_model}
   */
  record ResourceFile(String role, String path, String sha256, long bytes) {}

  /**
   * What was read.
   *
   * @param inputs the contents, for the broadcast
   * @param files every file read, in the order above
   * @param method how scores are made ({@code lexicon}, {@code model}, {@code model+lexicon},
   *     {@code combined}), for the manifest
   * @param warnings things the user should know, e.g. that the default entity list was absent
   */
  record Loaded(
      SentimentInputs inputs, List<ResourceFile> files, String method, List<String> warnings) {}

  private SentimentResources() {}

  /**
   * Reads and compiles the files.
   *
   * @param lexiconFolders the run's lexicon folders, in order
   * @throws JobFailure naming the file when one is missing, unreadable or malformed
   */
  static Loaded load(List<String> lexiconFolders, SentimentSettings settings, Configuration conf) {
    List<ResourceFile> files = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Read modifiers =
        lastInFolders(lexiconFolders, SentimentModifiers.FILE, "sentiment rules", conf);
    files.add(modifiers.file("modifiers"));
    Read nameWords = lastInFolders(lexiconFolders, NameWords.FILE, "name words", conf);
    files.add(nameWords.file("name_words"));
    Read entities = null;
    if (settings.entitiesGiven() || exists(settings.entities(), conf)) {
      entities = read(settings.entities(), "entity list", conf);
      files.add(entities.file("entities"));
    } else {
      warnings.add(
          "no entity list: "
              + settings.entities()
              + " does not exist, so entities come from proper nouns alone"
              + " (give --entities FILE; on a cluster, an absolute or shared path)");
    }
    Read ner = settings.nerModel() == null ? null : read(settings.nerModel(), "NER model", conf);
    if (ner != null) {
      files.add(ner.file("ner_model"));
    }
    Read model =
        settings.sentimentModel() == null
            ? null
            : read(settings.sentimentModel(), "sentiment model", conf);
    if (model != null) {
      files.add(model.file("sentiment_model"));
    }
    StringBuilder key = new StringBuilder(settings.mode().label());
    files.forEach(file -> key.append(' ').append(file.role()).append('=').append(file.sha256()));
    SentimentInputs inputs =
        new SentimentInputs(
            modifiers.text(),
            modifiers.path(),
            nameWords.text(),
            nameWords.path(),
            entities == null ? null : entities.text(),
            entities == null ? null : entities.path(),
            ner == null ? null : ner.bytes(),
            ner == null ? null : ner.path(),
            model == null ? null : model.bytes(),
            model == null ? null : model.path(),
            settings.mode(),
            sha256(key.toString().getBytes(StandardCharsets.UTF_8)));
    String method;
    try {
      // Compiled here so a bad file stops the run now; in local mode executors reuse this one.
      method = inputs.analyser().method();
    } catch (IllegalArgumentException e) {
      throw new JobFailure("malformed sentiment input: " + firstLine(e.getMessage()), e);
    }
    return new Loaded(inputs, List.copyOf(files), method, List.copyOf(warnings));
  }

  /** The contents of one file and where it was read. */
  private record Read(String path, byte[] bytes, String sha256) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    ResourceFile file(String role) {
      return new ResourceFile(role, path, sha256, bytes.length);
    }
  }

  private static Read lastInFolders(
      List<String> folders, String file, String what, Configuration conf) {
    for (int i = folders.size() - 1; i >= 0; i--) {
      String path = stripSlash(folders.get(i)) + "/" + file;
      if (exists(path, conf)) {
        return read(path, what, conf);
      }
    }
    throw new JobFailure(
        "no "
            + file
            + " ("
            + what
            + ") in the lexicon folders "
            + String.join(", ", folders)
            + "; add a folder that has one, such as data/lexicons, with --extra-lexicons");
  }

  private static boolean exists(String path, Configuration conf) {
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(conf);
      return fs.exists(p) && fs.getFileStatus(p).isFile();
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  private static Read read(String path, String what, Configuration conf) {
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(conf);
      if (!fs.exists(p)) {
        throw new JobFailure(what + " does not exist: " + path);
      }
      if (!fs.getFileStatus(p).isFile()) {
        throw new JobFailure(what + " is not a file: " + path);
      }
      byte[] bytes;
      try (InputStream in = fs.open(p)) {
        bytes = in.readAllBytes();
      }
      return new Read(path, bytes, sha256(bytes));
    } catch (IOException | IllegalArgumentException e) {
      throw new JobFailure("cannot read " + what + " " + path + ": " + e.getMessage(), e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String firstLine(String message) {
    String text = String.valueOf(message);
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  private static String stripSlash(String folder) {
    return folder.endsWith("/") && folder.length() > 1
        ? folder.substring(0, folder.length() - 1)
        : folder;
  }
}
