package parallax.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutletDirectoryTest {

  private final OutletDirectory outlets = SampleStories.OUTLETS;

  @Test
  void resolvesNamesAliasesAndDomains() {
    assertEquals("RT", outlets.resolve("RT.com"));
    assertEquals("RT", outlets.resolve("Russia Today"));
    assertEquals("Atlantic Broadcast News", outlets.resolve("abnnews.example"));
    assertEquals(
        "Atlantic Broadcast News", outlets.resolve("https://www.abnnews.example/politics"));
    assertEquals("The Kyiv Ledger", outlets.resolve("the Kyiv Ledger"));
    assertEquals("TROIB News", outlets.resolve("troib"));
  }

  @Test
  void resolvesAPhraseThroughItsLeadingWords() {
    assertEquals("Meridian Wire", outlets.resolve("Meridian Wire correspondents in Moscow"));
  }

  @Test
  void unknownNamesResolveToNothing() {
    assertNull(outlets.resolve("the regional water authority"));
    assertNull(outlets.resolve("NBC News"));
    assertNull(OutletDirectory.empty().resolve("RT"));
  }

  @Test
  void rejectsAnOutletListWithoutANameColumn(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("sources.csv");
    Files.writeString(file, "outlet,aliases\nRT,rt\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OutletDirectory.fromCsv(file));
    assertTrue(e.getMessage().contains("no 'name' column"), e.getMessage());
    assertTrue(e.getMessage().contains("[outlet, aliases]"), e.getMessage());
  }

  @Test
  void rejectsABlankNameNamingTheLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("sources.csv");
    Files.writeString(file, "name,aliases\nRT,rt\n ,x\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OutletDirectory.fromCsv(file));
    assertEquals(file + ":3: outlet name is blank", e.getMessage());
  }

  @Test
  void firstOutletKeepsAFormTwoOutletsClaim() {
    OutletDirectory directory =
        OutletDirectory.of(
            List.of(
                new OutletDirectory.Outlet("Alpha News", List.of("AN"), null),
                new OutletDirectory.Outlet("Another Network", List.of("AN"), null)));
    assertEquals("Alpha News", directory.resolve("AN"));
  }
}
