package parallax.framing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class InflectionsTest {

  @Test
  void regularVerbsGetThirdPersonPastAndIng() {
    assertTrue(
        Inflections.of("insist").containsAll(Set.of("insist", "insists", "insisted", "insisting")));
  }

  @Test
  void spellingRulesForFinalEYAndDoubledConsonants() {
    assertTrue(Inflections.of("argue").containsAll(Set.of("argues", "argued", "arguing")));
    assertTrue(Inflections.of("deny").containsAll(Set.of("denies", "denied", "denying")));
    assertTrue(Inflections.of("admit").containsAll(Set.of("admits", "admitted", "admitting")));
    assertTrue(Inflections.of("approach").contains("approaches"));
    assertTrue(Inflections.of("tie").contains("tying"));
    assertTrue(Inflections.of("stay").containsAll(Set.of("stays", "stayed", "staying")));
  }
}
