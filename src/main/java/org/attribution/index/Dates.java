package org.attribution.index;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Orders the dates archives write: ISO dates ({@code 2024-05-01}), date-times with or without an
 * offset ({@code 2024-05-01T10:00:00Z}, WARC's form), and news-please's {@code 2024-05-01
 * 10:00:00}. A date without a time is the start of its day, and one without an offset is UTC.
 *
 * <p>Stateless and thread-safe.
 */
final class Dates {

  /** The sort key of a missing or unreadable date: after every real one. */
  static final long UNDATED = Long.MAX_VALUE;

  private static final DateTimeFormatter SPACED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

  private Dates() {}

  /** Epoch milliseconds of {@code date}, or {@link #UNDATED}. */
  static long sortKey(String date) {
    if (date == null || date.isBlank()) {
      return UNDATED;
    }
    String d = date.strip();
    try {
      if (d.length() == 10) {
        return LocalDate.parse(d).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
      }
      if (d.length() > 10 && d.charAt(10) == ' ') {
        return LocalDateTime.parse(d, SPACED).toInstant(ZoneOffset.UTC).toEpochMilli();
      }
      char last = d.charAt(d.length() - 1);
      boolean offset = last == 'Z' || d.lastIndexOf('+') > 10 || d.lastIndexOf('-') > 10;
      return offset
          ? OffsetDateTime.parse(d).toInstant().toEpochMilli()
          : LocalDateTime.parse(d).toInstant(ZoneOffset.UTC).toEpochMilli();
    } catch (DateTimeParseException e) {
      return UNDATED;
    }
  }
}
