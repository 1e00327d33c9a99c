package parallax.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders for what an integration test runs (kept under target/ for a look after a failure). */
public final class Runs {

  private Runs() {}

  /** Deletes {@code folder} with everything in it, then creates it empty. */
  public static Path clean(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    return Files.createDirectories(folder);
  }
}
