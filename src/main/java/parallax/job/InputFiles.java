package parallax.job;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import parallax.ingest.InputFormat;

/**
 * Expands the inputs of a run (files, folders read recursively, globs; any file system Hadoop
 * knows) into the article files to read, on the driver. Files of other kinds are listed as ignored
 * for the manifest; hidden files and folders (names starting with {@code .} or {@code _}) are
 * skipped as Spark does.
 */
final class InputFiles {

  /** An article file, with the name it is shown under in outputs. */
  record InputFile(String qualifiedPath, String displayPath, InputFormat format, long bytes)
      implements Serializable {}

  /** A file found under the inputs but not read, and why. */
  record IgnoredFile(String displayPath, String reason) {}

  /**
   * What the inputs hold.
   *
   * @param sourcesFile a {@code sources.csv} found at the top of an input folder, or null
   */
  record Listing(
      List<InputFile> files,
      List<IgnoredFile> ignored,
      List<String> warnings,
      String sourcesFile) {}

  private InputFiles() {}

  /**
   * Lists the inputs.
   *
   * @throws JobFailure when an input path that is not a glob does not exist or cannot be listed
   */
  static Listing list(List<String> inputs, Configuration conf) {
    TreeMap<String, InputFile> files = new TreeMap<>();
    List<IgnoredFile> ignored = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    String sourcesFile = null;
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          if (!isGlob(input)) {
            throw new JobFailure("input path does not exist: " + input);
          }
          warnings.add("input glob matches no files: " + input);
          continue;
        }
        for (FileStatus match : matches) {
          int before = files.size();
          String root = fs.makeQualified(match.getPath()).toString();
          String display =
              matches.length == 1 && !isGlob(input) ? stripSlash(input) : displayOf(input, match);
          if (match.isDirectory()) {
            addFolder(fs, match.getPath(), root, display, files, ignored);
            if (sourcesFile == null) {
              sourcesFile = sourcesCsvIn(fs, match.getPath()).orElse(null);
            }
          } else {
            addFile(match, root, display, files, ignored);
          }
          if (files.size() == before && match.isDirectory()) {
            warnings.add("input folder holds no article files: " + display);
          }
        }
      } catch (IOException e) {
        throw new JobFailure("cannot list input " + input + ": " + e.getMessage(), e);
      }
    }
    return new Listing(List.copyOf(files.values()), ignored, warnings, sourcesFile);
  }

  private static void addFolder(
      FileSystem fs,
      Path folder,
      String root,
      String display,
      TreeMap<String, InputFile> files,
      List<IgnoredFile> ignored)
      throws IOException {
    RemoteIterator<LocatedFileStatus> listing = fs.listFiles(folder, true);
    while (listing.hasNext()) {
      LocatedFileStatus status = listing.next();
      String qualified = fs.makeQualified(status.getPath()).toString();
      String relative = qualified.substring(Math.min(qualified.length(), root.length() + 1));
      if (isHidden(relative)) {
        continue;
      }
      addFile(status, qualified, display + "/" + relative, files, ignored);
    }
  }

  private static void addFile(
      FileStatus status,
      String qualified,
      String display,
      TreeMap<String, InputFile> files,
      List<IgnoredFile> ignored) {
    String name = status.getPath().getName();
    Optional<InputFormat> format = InputFormat.of(name);
    if (format.isPresent()) {
      files.putIfAbsent(
          qualified, new InputFile(qualified, display, format.get(), status.getLen()));
    } else if (name.equalsIgnoreCase("sources.csv")) {
      ignored.add(new IgnoredFile(display, "outlet metadata, not articles"));
    } else {
      ignored.add(
          new IgnoredFile(display, "not an article file (.jsonl, .csv or .txt, optionally .gz)"));
    }
  }

  private static Optional<String> sourcesCsvIn(FileSystem fs, Path folder) throws IOException {
    Path candidate = new Path(folder, "sources.csv");
    return fs.exists(candidate)
        ? Optional.of(fs.makeQualified(candidate).toString())
        : Optional.empty();
  }

  private static boolean isHidden(String relativePath) {
    for (String part : relativePath.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isGlob(String input) {
    return input.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  private static String displayOf(String input, FileStatus match) {
    String parent = input.contains("/") ? input.substring(0, input.lastIndexOf('/') + 1) : "";
    return isGlob(parent) ? match.getPath().toString() : parent + match.getPath().getName();
  }

  private static String stripSlash(String input) {
    return input.length() > 1 && input.endsWith("/")
        ? input.substring(0, input.length() - 1)
        : input;
  }
}
