package parallax.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the {@code published} field: an ISO-8601 date ({@code 2024-11-07}) or date-time, with or
 * without an offset, with {@code T} or a space between date and time. Date-times with an offset are
 * normalised to UTC ({@code 2024-11-07T06:40:00Z}) so they sort and compare as text.
 */
final class PublishedDates {

  private PublishedDates() {}

  /** The normalised date, or empty when {@code value} is not an ISO date or date-time. */
  static Optional<String> normalise(String value) {
    String text = value.strip().replace(' ', 'T');
    try {
      if (text.length() == 10) {
        return Optional.of(LocalDate.parse(text).toString());
      }
      if (text.endsWith("Z") || hasOffset(text)) {
        Instant instant = OffsetDateTime.parse(text).toInstant();
        return Optional.of(DateTimeFormatter.ISO_INSTANT.format(instant));
      }
      LocalDateTime local = LocalDateTime.parse(text);
      return Optional.of(local.atOffset(ZoneOffset.UTC).toLocalDateTime().toString());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static boolean hasOffset(String text) {
    int t = text.indexOf('T');
    if (t < 0) {
      return false;
    }
    String time = text.substring(t);
    return time.indexOf('+') > 0 || time.lastIndexOf('-') > 0;
  }
}
