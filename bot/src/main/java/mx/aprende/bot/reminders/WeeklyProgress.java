package mx.aprende.bot.reminders;

import java.time.Instant;
import java.util.Optional;

/** What a learner did and mastered lately, for the weekly progress message. */
public interface WeeklyProgress {

  /**
   * What {@code learnerKey} did since {@code from}.
   *
   * @return empty when the learner answered no exercise since then: nothing to report
   */
  Optional<WeeklySummary> since(String learnerKey, Instant from);
}
