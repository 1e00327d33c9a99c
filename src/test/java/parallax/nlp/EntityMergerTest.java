package parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parallax.nlp.EntityMerger.Entity;
import parallax.nlp.EntityMerger.Name;

class EntityMergerTest {

  private final EntityMerger merger = new EntityMerger();

  @Test
  void anUnlistedSurnameJoinsTheOnePersonOfThatName() {
    Map<String, Entity> merged =
        merger.merge(
            List.of(
                new Name("Olena Marchenko", "person", false),
                new Name("Marchenko", "other", false),
                new Name("Marchenko", "other", false)));
    assertEquals(new Entity("Olena Marchenko", "person"), merged.get("Marchenko"));
    assertEquals(new Entity("Olena Marchenko", "person"), merged.get("Olena Marchenko"));
  }

  @Test
  void anAmbiguousSurnameStaysApart() {
    Map<String, Entity> merged =
        merger.merge(
            List.of(
                new Name("Donald Trump", "person", false),
                new Name("Melania Trump", "person", false),
                new Name("Trump", "other", false)));
    assertEquals("Trump", merged.get("Trump").name());
  }

  @Test
  void aSurnameDoesNotJoinAnOrganisation() {
    Map<String, Entity> merged =
        merger.merge(
            List.of(
                new Name("Valdai Discussion Club", "organization", false),
                new Name("Club", "other", false)));
    assertEquals("Club", merged.get("Club").name());
  }

  @Test
  void listedEntitiesKeepTheirNameAndType() {
    Map<String, Entity> merged =
        merger.merge(
            List.of(
                new Name("Vladimir Putin", "person", true),
                new Name("Kremlin", "organization", true),
                new Name("Kremlin", "other", false)));
    assertEquals(new Entity("Kremlin", "organization"), merged.get("Kremlin"));
    assertEquals(new Entity("Vladimir Putin", "person"), merged.get("Vladimir Putin"));
  }

  @Test
  void theTypeIsTheMostFrequentGuess() {
    Map<String, Entity> merged =
        merger.merge(
            List.of(
                new Name("Holma", "place", false),
                new Name("Holma", "place", false),
                new Name("Holma", "other", false),
                new Name("Holma", "organization", false)));
    assertEquals("place", merged.get("Holma").type());
  }

  @Test
  void theOrderOfMentionsDoesNotMatter() {
    List<Name> names =
        new ArrayList<>(
            List.of(
                new Name("Olena Marchenko", "person", false),
                new Name("Marchenko", "other", false),
                new Name("Sochi", "place", false),
                new Name("Vladimir Putin", "person", true)));
    Map<String, Entity> forward = merger.merge(names);
    Collections.reverse(names);
    assertEquals(forward, merger.merge(names));
  }
}
