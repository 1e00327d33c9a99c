package parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTableTest {

  private static final ReportTable TABLE =
      new ReportTable(
          List.of("story_id", "source", "words", "tone"),
          List.of(
              Arrays.asList("s", "RT", 634, 0.25), Arrays.asList("s", "TROIB News", null, null)),
          5);

  @Test
  void readsColumnsByNameWithNullsAsNoValue() {
    assertEquals(List.of(634L, 0L), TABLE.longs("words"));
    assertEquals(0.25, TABLE.doubles("tone").get(0));
    assertTrue(Double.isNaN(TABLE.doubles("tone").get(1)));
    assertEquals(Arrays.asList("RT", "TROIB News"), TABLE.strings("source"));
  }

  @Test
  void namesTheMissingColumnAndThePresentOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TABLE.column("speaker"));
    assertEquals(
        "no column 'speaker' in table with [story_id, source, words, tone]", e.getMessage());
  }

  @Test
  void refusesARowOfTheWrongWidth() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ReportTable.of(List.of("a", "b"), List.of(List.of("only one"))));
  }

  @Test
  void dropsAColumnKeepingTheTotal() {
    ReportTable shown = TABLE.without("story_id");
    assertEquals(List.of("source", "words", "tone"), shown.columns());
    assertEquals(5, shown.totalRows());
    assertTrue(shown.truncated());
  }
}
