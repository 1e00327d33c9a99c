package parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parallax.model.Article;

class SourceDirectoryTest {

  private static SourceDirectory directory() throws IOException {
    return SourceDirectory.parse(
        "sources.csv",
        new StringReader(
            "name,aliases,country,ownership,rating,domain\n"
                + "RT,RT.com|Russia Today,RU,state-affiliated,state media,rt.com\n"
                + "The Kyiv Ledger,kyiv-ledger,UA,private,,kyivledger.example\n"));
  }

  @Test
  void mapsNamesAliasesAndDomainsToTheCanonicalNameIgnoringCase() throws IOException {
    SourceDirectory outlets = directory();
    assertEquals(Optional.of("RT"), outlets.canonical("rt.com"));
    assertEquals(Optional.of("RT"), outlets.canonical("Russia Today"));
    assertEquals(Optional.of("The Kyiv Ledger"), outlets.canonical("Kyiv Ledger"));
    assertEquals(Optional.of("The Kyiv Ledger"), outlets.canonical("www.kyivledger.example"));
    assertEquals("Unknown Outlet", outlets.canonicalOrSelf(" Unknown Outlet "));
  }

  @Test
  void dropsACreditOfTheArticlesOwnOutlet() throws IOException {
    Article own = new Article("a", null, "rt", "RT.com", null, null, null, "b", "f", 1);
    assertNull(directory().canonicalise(own).creditedSource());
    Article other = new Article("a", null, "kyiv-ledger", "RT.com", null, null, null, "b", "f", 1);
    assertEquals("RT", directory().canonicalise(other).creditedSource());
    assertEquals("The Kyiv Ledger", directory().canonicalise(other).source());
  }

  @Test
  void namesFileAndLineOfAnOutletWithoutName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SourceDirectory.parse("s.csv", new StringReader("name,aliases\nRT,x\n,y\n")));
    assertEquals("s.csv:3: outlet has no name", e.getMessage());
  }
}
