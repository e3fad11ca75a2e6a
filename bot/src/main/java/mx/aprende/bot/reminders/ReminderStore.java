package mx.aprende.bot.reminders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where reminder schedules and the record of proactive messages live (MongoDB in the bot). */
public interface ReminderStore {

  /** The learner's state; empty when the feature never met them. */
  Optional<ReminderState> find(String learnerKey);

  /** Sets or (with an empty schedule) removes the learner's reminders; keeps the send record. */
  void schedule(String learnerKey, Optional<Schedule> schedule);

  /**
   * Records a proactive message before it is sent, only if nobody recorded one since {@code
   * previousSend} (another instance, an earlier run): whoever records first sends, so a learner
   * never gets the same message twice.
   *
   * @return whether this caller may send
   */
  boolean recordSend(ReminderState next, Optional<Instant> previousSend);

  /** The keys of every learner with a schedule. */
  List<String> scheduled();

  /** Forgets the learner (data erasure). */
  void delete(String learnerKey);
}
