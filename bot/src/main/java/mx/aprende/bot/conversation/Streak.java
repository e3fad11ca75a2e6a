package mx.aprende.bot.conversation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Days in a row with some study, counted in the learner's own time zone. Gentle: a missed day
 * starts again at one, without reproach.
 *
 * @param days consecutive days ending on {@code lastDay}
 * @param lastDay the last day with study
 */
public record Streak(int days, Optional<LocalDate> lastDay) {

  public static final Streak NONE = new Streak(0, Optional.empty());

  /** The streak after studying on {@code day}. */
  Streak studied(LocalDate day) {
    if (lastDay.isEmpty()) {
      return new Streak(1, Optional.of(day));
    }
    LocalDate last = lastDay.get();
    if (!day.isAfter(last)) {
      return this;
    }
    return new Streak(day.equals(last.plusDays(1)) ? days + 1 : 1, Optional.of(day));
  }
}
