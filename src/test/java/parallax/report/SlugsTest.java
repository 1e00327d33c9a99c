package parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

  @Test
  void keepsNamesThatAreAlreadySafe() {
    assertEquals("trump-putin-call", Slugs.of("trump-putin-call"));
  }

  @Test
  void makesOtherNamesSafeAndKeepsThemDistinct() {
    String a = Slugs.of("Kyiv / Київ");
    String b = Slugs.of("Kyiv   Київ");
    assertTrue(a.matches("[a-z0-9-]+"), a);
    assertTrue(a.startsWith("kyiv-"), a);
    assertNotEquals(a, b);
    assertTrue(Slugs.of("<script>").matches("script-[0-9a-f]{6}"));
  }

  @Test
  void limitsTheLength() {
    assertTrue(Slugs.of("x".repeat(500)).length() <= 67);
  }
}
