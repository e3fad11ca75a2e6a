package mx.aprende.bot.reminders;

import java.time.Instant;
import java.util.Optional;

/**
 * What this feature remembers of one learner: their reminder schedule, if any, and its own record
 * of proactive messages, which decides the daily cap, the three-unanswered stop and which nudge
 * comes next.
 *
 * @param learnerKey the learner's channel key
 * @param schedule the reminders the learner chose; empty for none
 * @param lastSent when the bot last wrote first
 * @param unanswered proactive messages sent since the learner last wrote (as of {@code lastSent})
 * @param nudgedAfterDays the last inactivity nudge sent (2, 7 or 21 days) since the learner last
 *     wrote; 0 for none
 * @param lastWeekly when the bot last sent the weekly progress; empty for never
 */
public record ReminderState(
    String learnerKey,
    Optional<Schedule> schedule,
    Optional<Instant> lastSent,
    int unanswered,
    int nudgedAfterDays,
    Optional<Instant> lastWeekly) {

  /** A learner the feature has not met. */
  public static ReminderState none(String learnerKey) {
    return new ReminderState(
        learnerKey, Optional.empty(), Optional.empty(), 0, 0, Optional.empty());
  }

  /** Whether the learner wrote after our last proactive message (it was answered). */
  boolean answeredBy(Instant lastInbound) {
    return lastSent.isEmpty() || lastInbound.isAfter(lastSent.get());
  }

  /**
   * Unanswered proactive messages, counting from the learner's last message at {@code lastInbound}.
   */
  int unansweredSince(Instant lastInbound) {
    return answeredBy(lastInbound) ? 0 : unanswered;
  }

  /** The last nudge sent since the learner's last message at {@code lastInbound}. */
  int nudgedSince(Instant lastInbound) {
    return answeredBy(lastInbound) ? 0 : nudgedAfterDays;
  }

  /** This state after sending at {@code at}; {@code nudgeDays} is 0 for a reminder. */
  ReminderState sent(Instant at, Instant lastInbound, int nudgeDays) {
    return new ReminderState(
        learnerKey,
        schedule,
        Optional.of(at),
        unansweredSince(lastInbound) + 1,
        Math.max(nudgeDays, nudgedSince(lastInbound)),
        lastWeekly);
  }

  /** This state after sending the weekly progress at {@code at}. */
  ReminderState sentWeekly(Instant at, Instant lastInbound) {
    ReminderState next = sent(at, lastInbound, 0);
    return new ReminderState(
        learnerKey,
        schedule,
        next.lastSent,
        next.unanswered,
        next.nudgedAfterDays,
        Optional.of(at));
  }
}
