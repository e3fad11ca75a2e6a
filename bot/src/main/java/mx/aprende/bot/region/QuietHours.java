package mx.aprende.bot.region;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The local hours in which the bot never writes first (reminders, nudges), by default 21:00 to
 * 08:00. A window whose start is after its end crosses midnight; equal start and end mean no quiet
 * hours. Pure: the caller passes the instant (from its injected clock).
 *
 * @param start the local time quiet hours begin (inclusive)
 * @param end the local time they end (exclusive): the first allowed minute
 */
public record QuietHours(LocalTime start, LocalTime end) {
  /** 21:00 to 08:00, the window of the learner journey (issue 5). */
  public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

  /** Whether {@code instant} falls in quiet hours for someone living in {@code state}. */
  public boolean isQuiet(Instant instant, MexicanState state) {
    return isQuiet(instant, state.zone());
  }

  /** Whether {@code instant} falls in quiet hours in time zone {@code zone}. */
  public boolean isQuiet(Instant instant, ZoneId zone) {
    LocalTime local = instant.atZone(zone).toLocalTime();
    if (start.equals(end)) {
      return false;
    }
    if (start.isBefore(end)) {
      return !local.isBefore(start) && local.isBefore(end);
    }
    return !local.isBefore(start) || local.isBefore(end);
  }

  /** The first instant at or after {@code instant} outside quiet hours in {@code state}. */
  public Instant nextAllowed(Instant instant, MexicanState state) {
    return nextAllowed(instant, state.zone());
  }

  /** The first instant at or after {@code instant} outside quiet hours in {@code zone}. */
  public Instant nextAllowed(Instant instant, ZoneId zone) {
    if (!isQuiet(instant, zone)) {
      return instant;
    }
    LocalDateTime local = instant.atZone(zone).toLocalDateTime();
    LocalDate day = local.toLocalDate();
    boolean beforeMidnight = start.isAfter(end) && !local.toLocalTime().isBefore(start);
    LocalDate endDay = beforeMidnight ? day.plusDays(1) : day;
    // ZonedDateTime.of moves a time that a clock change skips forward, never back into the window
    return ZonedDateTime.of(endDay, end, zone).toInstant();
  }
}
