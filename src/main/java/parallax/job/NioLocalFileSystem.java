package parallax.job;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system with permissions set through {@code java.nio} instead of a {@code
 * chmod} process. Without Hadoop's native library, {@link RawLocalFileSystem} starts {@code chmod}
 * for every file and folder it creates (about 10 ms each here): a local run creates about 800 of
 * them (every chart, page, and part of a table), which cost seconds of the report. The files and
 * their permissions are the same. {@link Sessions} installs it as {@code fs.file.impl} for local
 * masters.
 */
public final class NioLocalFileSystem extends LocalFileSystem {

  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  public NioLocalFileSystem() {
    super(new Raw());
  }

  /** The raw file system underneath, with the permission change done in process. */
  static final class Raw extends RawLocalFileSystem {
    @Override
    public void setPermission(Path path, FsPermission permission) throws IOException {
      if (!POSIX || permission.getStickyBit()) {
        super.setPermission(path, permission);
        return;
      }
      Files.setPosixFilePermissions(pathToFile(path).toPath(), posix(permission));
    }
  }

  /** The same bits as POSIX permissions ({@code rwxr-x---}, without the sticky bit). */
  static Set<PosixFilePermission> posix(FsPermission permission) {
    return PosixFilePermissions.fromString(
        permission.getUserAction().SYMBOL
            + permission.getGroupAction().SYMBOL
            + permission.getOtherAction().SYMBOL);
  }
}
