package parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EntityListTest {

  @Test
  void looksUpNamesAndAliasesCaseInsensitively() throws Exception {
    EntityList list =
        EntityList.read(
            new BufferedReader(
                new StringReader("name\taliases\ttype\nKyiv\tKiev\tplace\n# comment\n")),
            "test");
    assertEquals(new EntityList.Entry("Kyiv", "place"), list.lookup("KIEV"));
    assertEquals("Kyiv", list.lookup("Kyiv").name());
    assertNull(list.lookup("Kharkiv"));
  }

  @Test
  void namesTheLineOfAnUnknownType() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                EntityList.read(
                    new BufferedReader(new StringReader("Kyiv\tKiev\tcity\n")), "entities.tsv"));
    assertTrue(e.getMessage().contains("entities.tsv line 1"), e.getMessage());
    assertTrue(e.getMessage().contains("city"), e.getMessage());
  }

  @Test
  void theShippedListNamesThePeopleOfTheSampleStory() {
    EntityList list = EntityList.load(Path.of("data/entities.tsv"));
    assertEquals("Volodymyr Zelensky", list.lookup("Zelenskiy").name());
    assertEquals("Vladimir Putin", list.lookup("the Russian president").name());
    assertEquals("person", list.lookup("Peskov").type());
    assertEquals("organization", list.lookup("Kremlin").type());
  }
}
