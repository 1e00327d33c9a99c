package parallax.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobConfigTest {

  @Test
  void readsTheShippedLexiconsByDefault() {
    assertEquals(List.of("data/lexicons"), JobConfig.builder().build().lexicons());
  }

  @Test
  void replacesOrExtendsTheLexicons() {
    assertEquals(List.of("mine"), JobConfig.builder().lexicons(List.of("mine")).build().lexicons());
    assertEquals(
        List.of("data/lexicons", "extra"),
        JobConfig.builder().extraLexicons(List.of("extra")).build().lexicons());
  }

  @Test
  void rejectsALexiconFolderGivenTwiceOrBlank() {
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () -> JobConfig.builder().extraLexicons(List.of("data/lexicons")).build());
    assertEquals("lexicon folder data/lexicons is given twice", twice.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> JobConfig.builder().lexicons(List.of(" ")).build());
    assertThrows(
        IllegalArgumentException.class, () -> JobConfig.builder().lexicons(List.of()).build());
  }
}
