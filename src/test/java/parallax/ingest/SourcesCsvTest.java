package parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parallax.model.Outlet;
import parallax.model.OutletDirectory;

class SourcesCsvTest {

  @Test
  void readsNamesAliasesAndMetadataIgnoringOtherColumns() throws IOException {
    OutletDirectory outlets =
        SourcesCsv.parse(
            "sources.csv",
            new StringReader(
                "name,aliases,country,ownership,rating,domain,fictional\n"
                    + "RT,RT.com| Russia Today ,RU,state-affiliated,state media,rt.com,no\n"
                    + "\n"
                    + "The Kyiv Ledger,kyiv-ledger,UA,private,,kyivledger.example,yes\n"));
    assertEquals(
        List.of(
            new Outlet(
                "RT",
                List.of("RT.com", "Russia Today"),
                "RU",
                "state-affiliated",
                "state media",
                "rt.com"),
            new Outlet(
                "The Kyiv Ledger",
                List.of("kyiv-ledger"),
                "UA",
                "private",
                "",
                "kyivledger.example")),
        outlets.outlets());
    assertEquals(Optional.of("RT"), outlets.canonical("Russia Today"));
  }

  @Test
  void needsOnlyANameColumn() throws IOException {
    OutletDirectory outlets = SourcesCsv.parse("s.csv", new StringReader("name\nRT\n"));
    assertEquals(List.of(Outlet.named("RT")), outlets.outlets());
  }

  @Test
  void namesFileAndLineOfAnOutletWithoutName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SourcesCsv.parse("s.csv", new StringReader("name,aliases\nRT,x\n,y\n")));
    assertEquals("s.csv:3: outlet has no name", e.getMessage());
  }

  @Test
  void namesTheColumnsOfAHeaderWithoutName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SourcesCsv.parse("s.csv", new StringReader("outlet,aliases\nRT,rt\n")));
    assertEquals(
        "s.csv: header must have a 'name' column; it has [outlet, aliases]", e.getMessage());
  }

  @Test
  void readsTheSampleOutlets() {
    OutletDirectory outlets = SourcesCsv.read(Path.of("data/sources.csv"));
    assertEquals(9, outlets.outlets().size());
    assertEquals("wire service", outlets.outlets().get(2).rating());
  }
}
