package parallax.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NioLocalFileSystemTest {

  @TempDir java.nio.file.Path folder;

  private static FileSystem fileSystem(boolean nio) throws IOException {
    Configuration conf = new Configuration();
    conf.setBoolean("fs.file.impl.disable.cache", true);
    if (nio) {
      conf.set("fs.file.impl", NioLocalFileSystem.class.getName());
    }
    return FileSystem.get(java.net.URI.create("file:///"), conf);
  }

  @Test
  void createsFilesAndFoldersWithTheSamePermissionsAsHadoopsOwn() throws IOException {
    FileSystem nio = fileSystem(true);
    FileSystem hadoop = fileSystem(false);
    assertTrue(nio instanceof NioLocalFileSystem);
    try (OutputStream out = nio.create(new Path(folder.toUri() + "nio/charts/a.svg"), true)) {
      out.write('x');
    }
    try (OutputStream out = hadoop.create(new Path(folder.toUri() + "hadoop/charts/a.svg"), true)) {
      out.write('x');
    }
    for (String relative : new String[] {"", "/charts", "/charts/a.svg"}) {
      assertEquals(
          PosixFilePermissions.toString(
              Files.getPosixFilePermissions(folder.resolve("hadoop" + relative))),
          PosixFilePermissions.toString(
              Files.getPosixFilePermissions(folder.resolve("nio" + relative))),
          relative);
    }
    assertEquals("x", Files.readString(folder.resolve("nio/charts/a.svg")));
  }

  @Test
  void setsEveryPermissionBit() throws IOException {
    FileSystem nio = fileSystem(true);
    Path file = new Path(folder.toUri() + "f");
    nio.create(file, true).close();
    for (String mode : new String[] {"640", "755", "600", "444", "777", "000", "751"}) {
      nio.setPermission(file, new FsPermission(mode));
      assertEquals(
          new FsPermission(mode).toString(),
          PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("f"))),
          mode);
    }
  }
}
