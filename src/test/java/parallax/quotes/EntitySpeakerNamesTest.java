package parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static parallax.quotes.StorySpeakerNamesTest.quote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parallax.nlp.EntityList;

class EntitySpeakerNamesTest {

  @TempDir Path dir;

  private EntityList entities(String tsv) throws IOException {
    Path file = dir.resolve("entities.tsv");
    Files.writeString(file, tsv);
    return EntityList.load(file);
  }

  @Test
  void spellingsListedAsAliasesAreOneSpeaker() throws IOException {
    EntityList list =
        entities("Volodymyr Zelensky\tZelensky|Zelenskyy|Volodymyr Zelenskyy\tperson\n");
    SpeakerNames names =
        EntitySpeakerNames.of(
            List.of(
                quote(Quote.DIRECT, "Volodymyr Zelenskyy", true, 4),
                quote(Quote.DIRECT, "Zelensky", true, 2)),
            list);
    assertEquals("Volodymyr Zelensky", names.canonical("Volodymyr Zelenskyy"));
    assertEquals("Volodymyr Zelensky", names.canonical("Zelensky"));
  }

  @Test
  void unlistedSurnameJoinsTheFullNameAndCaseVariantsMerge() throws IOException {
    SpeakerNames names =
        EntitySpeakerNames.of(
            List.of(
                quote(Quote.DIRECT, "Olena Marchenko", true, 4),
                quote(Quote.INDIRECT, "Marchenko", true, 6),
                quote(Quote.INDIRECT, "Police", false, 3),
                quote(Quote.INDIRECT, "police", false, 5),
                quote(Quote.INDIRECT, "police", false, 5)),
            EntityList.empty());
    assertEquals("Olena Marchenko", names.canonical("Marchenko"));
    assertEquals("police", names.canonical("Police"));
  }

  @Test
  void listedOrganisationKeepsItsListedNameAndUnknownSpeakerStaysEmpty() throws IOException {
    EntityList list = entities("Kremlin\tthe Kremlin\torganization\n");
    SpeakerNames names =
        EntitySpeakerNames.of(
            List.of(quote(Quote.INDIRECT, "Kremlin", false, 7), quote(Quote.DIRECT, "", false, 2)),
            list);
    assertEquals("Kremlin", names.canonical("Kremlin"));
    assertEquals("", names.canonical(""));
  }
}
