package parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compares two report folders file by file: the same files, every one byte-identical except {@code
 * manifest.json}, which must be equal once what differs by nature between two runs is removed
 * (start time, stage timings, master, output folder).
 */
public final class ReportFolders {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportFolders() {}

  /** Asserts {@code actual} holds exactly the report in {@code expected}. */
  public static void assertSameReport(Path expected, Path actual) throws IOException {
    List<String> expectedFiles = files(expected);
    assertFalse(expectedFiles.isEmpty(), "no report in " + expected);
    assertEquals(expectedFiles, files(actual), "files of " + actual + " vs " + expected);
    for (String file : expectedFiles) {
      if (file.equals("manifest.json")) {
        assertEquals(
            stableManifest(expected.resolve(file)),
            stableManifest(actual.resolve(file)),
            "manifest.json of " + actual + " vs " + expected);
      } else {
        byte[] want = Files.readAllBytes(expected.resolve(file));
        byte[] got = Files.readAllBytes(actual.resolve(file));
        if (!Arrays.equals(want, got)) {
          assertEquals(
              new String(want, java.nio.charset.StandardCharsets.UTF_8),
              new String(got, java.nio.charset.StandardCharsets.UTF_8),
              file + " differs between " + expected + " and " + actual);
          throw new AssertionError(
              file + " differs in bytes between " + expected + " and " + actual);
        }
      }
    }
  }

  /** The report's files, relative paths, sorted. */
  public static List<String> files(Path report) throws IOException {
    if (!Files.isDirectory(report)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(report)) {
      return walk.filter(Files::isRegularFile)
          .map(path -> report.relativize(path).toString())
          .sorted()
          .toList();
    }
  }

  /** The manifest without the parts that differ between any two runs. */
  static JsonNode stableManifest(Path manifest) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(manifest.toFile());
      root.remove(List.of("started", "stages", "wall_seconds", "analysis_task_seconds"));
      ObjectNode config = (ObjectNode) root.get("config");
      config.remove(List.of("master", "output", "overwrite", "partitions"));
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
