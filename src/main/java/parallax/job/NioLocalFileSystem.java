package parallax.job;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsAction;
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

  static Set<PosixFilePermission> posix(FsPermission permission) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    add(set, permission.getUserAction(), PosixFilePermission.OWNER_READ);
    add(set, permission.getGroupAction(), PosixFilePermission.GROUP_READ);
    add(set, permission.getOtherAction(), PosixFilePermission.OTHERS_READ);
    return set;
  }

  // PosixFilePermission lists read, write, execute for owner, group, others in that order.
  private static void add(Set<PosixFilePermission> set, FsAction action, PosixFilePermission read) {
    PosixFilePermission[] all = PosixFilePermission.values();
    if (action.implies(FsAction.READ)) {
      set.add(read);
    }
    if (action.implies(FsAction.WRITE)) {
      set.add(all[read.ordinal() + 1]);
    }
    if (action.implies(FsAction.EXECUTE)) {
      set.add(all[read.ordinal() + 2]);
    }
  }
}
