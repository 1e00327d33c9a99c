package parallax.reuse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * An ISO-8601 publication date or date-time, compared at the precision both sides have: two
 * date-times by instant, anything against a bare date by calendar day (UTC).
 *
 * @param epochSecond the instant (start of day UTC for a bare date)
 * @param dateOnly true when the input gave only a date
 */
record PublicationTime(long epochSecond, boolean dateOnly) {

  /** The parsed time, or null when {@code value} is null, blank or not ISO-8601. */
  static PublicationTime parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String s = value.strip();
    try {
      if (s.length() == 10) {
        return new PublicationTime(LocalDate.parse(s).toEpochDay() * 86_400L, true);
      }
      try {
        return new PublicationTime(OffsetDateTime.parse(s).toEpochSecond(), false);
      } catch (DateTimeParseException e) {
        return new PublicationTime(LocalDateTime.parse(s).toEpochSecond(ZoneOffset.UTC), false);
      }
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Negative when this is earlier than {@code other}, 0 when their order cannot be told. */
  int compareOrder(PublicationTime other) {
    if (dateOnly || other.dateOnly) {
      return Long.compare(
          Math.floorDiv(epochSecond, 86_400L), Math.floorDiv(other.epochSecond, 86_400L));
    }
    return Long.compare(epochSecond, other.epochSecond);
  }
}
