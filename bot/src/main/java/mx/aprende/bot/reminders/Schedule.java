package mx.aprende.bot.reminders;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a learner wants to be reminded: on {@code days}, at {@code at} in their state's time zone.
 *
 * @param days the weekdays, at least one
 * @param at the local time
 */
public record Schedule(Set<DayOfWeek> days, LocalTime at) {

  /** Copies the days and rejects an empty set. */
  public Schedule {
    if (days.isEmpty()) {
      throw new IllegalArgumentException("a reminder schedule needs at least one day");
    }
    days = Set.copyOf(EnumSet.copyOf(days));
  }
}
