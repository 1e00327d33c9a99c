package parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {

  @Test
  void keepsPlainDates() {
    assertEquals(Optional.of("2024-11-07"), PublishedDates.normalise("2024-11-07"));
  }

  @Test
  void normalisesOffsetsToUtc() {
    assertEquals(
        Optional.of("2025-04-12T07:30:00Z"), PublishedDates.normalise("2025-04-12T09:30:00+02:00"));
    assertEquals(
        Optional.of("2025-04-12T06:40:00Z"), PublishedDates.normalise("2025-04-12T06:40:00Z"));
  }

  @Test
  void acceptsASpaceBetweenDateAndTime() {
    assertEquals(Optional.of("2021-03-04T10:00"), PublishedDates.normalise("2021-03-04 10:00"));
  }

  @Test
  void refusesOtherShapes() {
    assertTrue(PublishedDates.normalise("March 4, 2021").isEmpty());
    assertTrue(PublishedDates.normalise("2021-13-01").isEmpty());
  }
}
