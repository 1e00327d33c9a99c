package parallax.job;

import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The run's output folder, written atomically: everything goes to a hidden temporary folder next to
 * the target, which replaces the target only when the run has finished. A failed or killed run
 * leaves the previous report as it was. A target holding anything but hidden files (such as {@code
 * .gitkeep}, which is carried over) is replaced only with {@code overwrite}.
 */
final class OutputFolder {

  private final FileSystem fs;
  private final Path target;
  private final Path temporary;

  private OutputFolder(FileSystem fs, Path target, Path temporary) {
    this.fs = fs;
    this.target = target;
    this.temporary = temporary;
  }

  /**
   * Checks the target and creates the temporary folder.
   *
   * @throws JobFailure when the target is a file, is not empty and {@code overwrite} is false, or
   *     its parent cannot be written
   */
  static OutputFolder prepare(String output, boolean overwrite, Configuration conf) {
    try {
      Path target = new Path(output);
      FileSystem fs = target.getFileSystem(conf);
      // No .crc side files next to the report on a local disk.
      fs.setWriteChecksum(false);
      target = fs.makeQualified(target);
      if (fs.exists(target)) {
        if (!fs.getFileStatus(target).isDirectory()) {
          throw new JobFailure("output " + output + " is a file, not a folder");
        }
        if (!overwrite && holdsVisibleFiles(fs, target)) {
          throw new JobFailure(
              "output folder " + output + " is not empty; pass --overwrite to replace it");
        }
      }
      Path temporary =
          new Path(
              target.getParent(), "." + target.getName() + ".parallax-tmp-" + UUID.randomUUID());
      if (!fs.mkdirs(temporary)) {
        throw new JobFailure(
            "cannot write output folder "
                + output
                + ": cannot create a folder in "
                + Path.getPathWithoutSchemeAndAuthority(target.getParent()));
      }
      return new OutputFolder(fs, target, temporary);
    } catch (IOException e) {
      throw new JobFailure("cannot write output folder " + output + ": " + e.getMessage(), e);
    }
  }

  private static boolean holdsVisibleFiles(FileSystem fs, Path folder) throws IOException {
    for (FileStatus child : fs.listStatus(folder)) {
      if (!child.getPath().getName().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  FileSystem fileSystem() {
    return fs;
  }

  /** A path inside the temporary folder. */
  Path path(String relative) {
    return new Path(temporary, relative);
  }

  /** Where the run ends up. */
  Path target() {
    return target;
  }

  /** Creates a file inside the temporary folder, with its parent folders. */
  OutputStream create(String relative) throws IOException {
    return fs.create(path(relative), true);
  }

  /** Moves the finished run into place, replacing the previous report. */
  void commit() {
    try {
      Path previous = null;
      if (fs.exists(target)) {
        previous =
            new Path(
                target.getParent(), "." + target.getName() + ".parallax-old-" + UUID.randomUUID());
        carryOverHiddenFiles();
        if (!fs.rename(target, previous)) {
          throw new JobFailure("cannot move the previous report " + target + " aside");
        }
      }
      if (!fs.rename(temporary, target)) {
        throw new JobFailure("cannot move the finished run " + temporary + " to " + target);
      }
      if (previous != null) {
        fs.delete(previous, true);
      }
    } catch (IOException e) {
      throw new JobFailure(
          "cannot move the finished run into " + target + ": " + e.getMessage(), e);
    }
  }

  private void carryOverHiddenFiles() throws IOException {
    for (FileStatus child : fs.listStatus(target)) {
      String name = child.getPath().getName();
      if (name.startsWith(".") && child.isFile()) {
        org.apache.hadoop.fs.FileUtil.copy(
            fs, child.getPath(), fs, path(name), false, fs.getConf());
      }
    }
  }

  /** Deletes the temporary folder of a run that failed. */
  void abandon() {
    try {
      fs.delete(temporary, true);
    } catch (IOException e) {
      // The run already failed; a leftover hidden temporary folder is harmless.
    }
  }
}
